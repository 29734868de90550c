import type { OpportunityType } from '../../db/schema/index.js';
import { parseOpportunityType } from '../../domain/opportunities.js';
import { truncate } from '../limits.js';
import { escapeMrkdwn } from '../text.js';

export type BridgeCommand =
  | { kind: 'help' }
  | { kind: 'opportunity_new' }
  | { kind: 'opportunities'; type?: OpportunityType }
  | { kind: 'event_new' }
  | { kind: 'events' }
  | { kind: 'invalid'; problem: string };

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
    case 'events':
      return rest.length === 0
        ? { kind: 'events' }
        : { kind: 'invalid', problem: '`/bridge events` takes no options; type it on its own.' };
    default:
      return { kind: 'invalid', problem: `\`${quote(typedFirst)}\` is not a Bridge command.` };
  }
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
