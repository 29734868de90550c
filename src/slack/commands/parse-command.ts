import type { OpportunityType } from '../../db/schema/index.js';
import { parseOpportunityType } from '../../domain/opportunities.js';
import type { DirectoryRecord } from '../ids.js';
import { truncate } from '../limits.js';
import { escapeMrkdwn } from '../text.js';
import type { DigestCommand } from './parse-digest-command.js';
import { parseDigestCommand } from './parse-digest-command.js';
import type { EventCommand } from './parse-event-command.js';
import { parseCheckInCommand } from './parse-event-command.js';
import type { GapsCommand } from './parse-gaps-command.js';
import { parseDemandCommand, parseGapsCommand } from './parse-gaps-command.js';
import type { ImpactCommand } from './parse-impact-command.js';
import { parseImpactCommand } from './parse-impact-command.js';
import type { MeetingCommand } from './parse-meeting-command.js';
import { parseMeetingCommand, parseMeetingsCommand } from './parse-meeting-command.js';
import type { OutreachCommand } from './parse-outreach-command.js';
import { parseCapacityCommand, parseOutreachCommand } from './parse-outreach-command.js';
import type { PlanCommand } from './parse-plan-command.js';
import {
  parseCommitteeCommand,
  parsePlanCommand,
  parseStoryCommand,
} from './parse-plan-command.js';
import type { ProximityCommand } from './parse-proximity-command.js';
import { parseProximityCommand } from './parse-proximity-command.js';
import type { RequestCommand } from './parse-request-command.js';
import { parseNewRequestCommand, parseRequestListCommand } from './parse-request-command.js';

export type BridgeCommand =
  | { kind: 'help' }
  | { kind: 'opportunity_new' }
  | { kind: 'opportunities'; type?: OpportunityType }
  | { kind: 'event_new' }
  | { kind: 'events' }
  | { kind: 'join' }
  | { kind: 'directory_add'; record: DirectoryRecord }
  | { kind: 'card'; card: CardKind; name: string }
  | { kind: 'find'; query: string }
  | { kind: 'settings' }
  | { kind: 'settings_stale_after'; days: string }
  | { kind: 'stale_contacts' }
  | { kind: 'reminders' }
  | Exclude<DigestCommand, { kind: 'invalid' }>
  | Exclude<EventCommand, { kind: 'invalid' }>
  | Exclude<PlanCommand, { kind: 'invalid' }>
  | Exclude<OutreachCommand, { kind: 'invalid' }>
  | Exclude<RequestCommand, { kind: 'invalid' }>
  | Exclude<GapsCommand, { kind: 'invalid' }>
  | Exclude<MeetingCommand, { kind: 'invalid' }>
  | Exclude<ImpactCommand, { kind: 'invalid' }>
  | Exclude<ProximityCommand, { kind: 'invalid' }>
  | { kind: 'invalid'; problem: string };

/** Records that `/bridge <kind> <name>` shows as a card. */
export type CardKind = 'employer' | 'program' | 'district';

/** The maximum length of a name or search text in a command; longer text is rejected. */
export const MAX_COMMAND_QUERY = 200;

/** Reads the text after `/bridge` into a command, or describes what is wrong with it. */
export function parseBridgeCommand(text: string): BridgeCommand {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const [first = '', ...rest] = words.map((word) => word.toLowerCase());
  const typedFirst = words[0] ?? '';
  const restText = rest.join(' ');

  switch (first) {
    case '':
    case 'help':
      return { kind: 'help' };
    case 'opportunity':
      return rest.length === 1 && rest[0] === 'new'
        ? { kind: 'opportunity_new' }
        : {
            kind: 'invalid',
            problem: 'To register an opportunity, type `/bridge opportunity new`.',
          };
    case 'opportunities':
      return parseOpportunitiesFilter(restText);
    case 'event':
      return rest.length === 1 && rest[0] === 'new'
        ? { kind: 'event_new' }
        : { kind: 'invalid', problem: 'To create an event, type `/bridge event new`.' };
    case 'checkin':
    case 'check-in':
      return parseCheckInCommand(words.slice(1));
    case 'events':
      return rest.length === 0
        ? { kind: 'events' }
        : { kind: 'invalid', problem: '`/bridge events` takes no options; type it on its own.' };
    case 'join':
      return rest.length === 0
        ? { kind: 'join' }
        : { kind: 'invalid', problem: '`/bridge join` takes no options; type it on its own.' };
    case 'employer':
    case 'program':
      return parseRecordCommand(first, words.slice(1));
    case 'contact':
    case 'need':
      return rest.length === 1 && rest[0] === 'add'
        ? { kind: 'directory_add', record: first }
        : { kind: 'invalid', problem: `To add a ${first}, type \`/bridge ${first} add\`.` };
    case 'district':
      return parseCardName('district', words.slice(1));
    case 'settings':
      return parseSettings(rest);
    case 'contacts':
      return rest.length === 1 && rest[0] === 'stale'
        ? { kind: 'stale_contacts' }
        : {
            kind: 'invalid',
            problem:
              'To list contacts nobody has confirmed lately, type `/bridge contacts stale`. To look someone up, type `/bridge find` and their name.',
          };
    case 'meeting':
      return parseMeetingCommand(rest);
    case 'meetings':
      return parseMeetingsCommand(rest);
    case 'committee':
      return parseCommitteeCommand(rest);
    case 'plan':
      return parsePlanCommand(rest);
    case 'story':
      return parseStoryCommand(rest);
    case 'outreach':
      return parseOutreachCommand(rest);
    case 'capacity':
      return parseCapacityCommand(words.slice(1));
    case 'request':
    case 'donation':
      return parseNewRequestCommand(first, rest);
    case 'requests':
    case 'donations':
    case 'pilots':
      return parseRequestListCommand(first, rest);
    case 'reminders':
      return rest.length === 0
        ? { kind: 'reminders' }
        : {
            kind: 'invalid',
            problem: '`/bridge reminders` takes no options; type it on its own.',
          };
    case 'digest':
      return parseDigestCommand(rest);
    case 'impact':
      return parseImpactCommand(rest);
    case 'nearby':
    case 'share':
      return parseProximityCommand(first, words.slice(1));
    case 'gaps':
      return parseGapsCommand(words.slice(1));
    case 'demand':
      return parseDemandCommand(words.slice(1));
    case 'find':
    case 'search':
      return parseFind(words.slice(1));
    default:
      return { kind: 'invalid', problem: `\`${quote(typedFirst)}\` is not a Bridge command.` };
  }
}

/** `/bridge employer add` opens the form; `/bridge employer <name>` shows a card. */
function parseRecordCommand(record: 'employer' | 'program', words: string[]): BridgeCommand {
  if (words.length === 1 && words[0]?.toLowerCase() === 'add') {
    return { kind: 'directory_add', record };
  }

  return parseCardName(record, words);
}

function parseCardName(card: CardKind, words: string[]): BridgeCommand {
  const name = words.join(' ');

  if (name === '') {
    const add = card === 'district' ? '' : ` To add one, type \`/bridge ${card} add\`.`;

    return {
      kind: 'invalid',
      problem: `Name the ${card} to show, such as \`/bridge ${card} ${cardExamples[card]}\`.${add}`,
    };
  }

  if (name.length > MAX_COMMAND_QUERY) {
    return {
      kind: 'invalid',
      problem: `That ${card} name is ${name.length} characters long; type at most ${MAX_COMMAND_QUERY}.`,
    };
  }

  return { kind: 'card', card, name };
}

const cardExamples: Record<CardKind, string> = {
  employer: 'Coastline Welding',
  program: 'Welding Technology',
  district: 'Port Alder ISD',
};

function parseSettings(words: string[]): BridgeCommand {
  if (words.length === 0) return { kind: 'settings' };

  const [setting, days, ...extra] = words;

  if (
    (setting === 'stale-after' || setting === 'stale') &&
    days !== undefined &&
    extra.length === 0
  ) {
    return { kind: 'settings_stale_after', days };
  }

  return {
    kind: 'invalid',
    problem:
      'Type `/bridge settings` to see the settings, or `/bridge settings stale-after 180` to mark contacts stale after 180 days without confirmation.',
  };
}

function parseFind(words: string[]): BridgeCommand {
  const query = words.join(' ');

  if (query === '') {
    return {
      kind: 'invalid',
      problem:
        'Type what to look for after `/bridge find`, such as `/bridge find welding` or `/bridge find 78401`.',
    };
  }

  if (query.length > MAX_COMMAND_QUERY) {
    return {
      kind: 'invalid',
      problem: `That search is ${query.length} characters long; type at most ${MAX_COMMAND_QUERY}.`,
    };
  }

  return { kind: 'find', query };
}

function parseOpportunitiesFilter(filter: string): BridgeCommand {
  if (filter === '') return { kind: 'opportunities' };

  const type = parseOpportunityType(filter);

  if (!type) {
    return {
      kind: 'invalid',
      problem: `\`${quote(filter)}\` is not an opportunity type. Try \`/bridge opportunities internship\`.`,
    };
  }

  return { kind: 'opportunities', type };
}

/** Makes typed text safe inside an inline code span of a reply. */
function quote(typed: string): string {
  return escapeMrkdwn(truncate(typed.replace(/`/g, "'"), 80));
}
