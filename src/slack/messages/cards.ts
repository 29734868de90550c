import type { KnownBlock, SectionBlock } from '@slack/types';
import type { ContactSummary } from '../../domain/cards/contacts.js';
import type { CardCandidate, CardRecord, MatchKind } from '../../domain/cards/match.js';
import { MAX_CARD_CANDIDATES } from '../../domain/cards/match.js';
import { formatDate, todayIn } from '../../domain/time.js';
import { MAX_COMMAND_QUERY } from '../commands/parse-command.js';
import { actionIds, cardValue, directoryRecordValue, SLASH_COMMAND } from '../ids.js';
import { blockKitLimits, truncate } from '../limits.js';
import { escapeMrkdwn, escapeMrkdwnWithin, mrkdwn, plainText } from '../text.js';
import type { SlackMessage } from './help.js';

/**
 * How many rows of each list a card shows. A card with every list full stays well under the 50
 * blocks of a message: contacts take one section each, the other lists share one section.
 */
export const cardLimits = {
  contacts: 10,
  needs: 8,
  opportunities: 8,
  possiblePartners: 5,
  campuses: 12,
  programsPerCampus: 6,
} as const;

/** Characters a name may take inside a line of a list or a command suggestion. */
export const nameMax = 100;

/** The buttons a card's reader may use, decided by the access rules before rendering. */
export interface CardPermissions {
  /** Shows "Edit" (and, on an employer, "Add a need" and "Add a contact") for the card's record. */
  editRecord: boolean;
  /** Contacts whose row gets its own "Edit" button. */
  editableContactIds: ReadonlySet<string>;
}

/** Text typed after the command, shown when the card is only the closest match to it. */
export interface CardIntro {
  closestMatchFor?: string | undefined;
}

export const recordNouns: Record<CardRecord, { one: string; plural: string }> = {
  employer: { one: 'employer', plural: 'employers' },
  program: { one: 'program', plural: 'programs' },
  district: { one: 'district', plural: 'districts' },
};

/** Renders a `/bridge …` command inside a code span, keeping typed text literal. */
export function commandSpan(command: string): string {
  return `\`${SLASH_COMMAND} ${escapeMrkdwn(command.replace(/`/g, "'"))}\``;
}

/**
 * Renders `/bridge find <words>`, the command named under a cut list to show the rest. Words
 * that do not fit in a command are left off from the end. A name cut that way still finds its
 * rows, because a search needs only the typed words in a name and not the whole name.
 */
export function findCommand(words: string): string {
  return commandSpan(`find ${fitCommandText(words)}`);
}

/**
 * Keeps the leading whole words of `text` that fit within MAX_COMMAND_QUERY characters as Slack
 * sends them, with `&`, `<` and `>` as HTML entities. A first word too long on its own is cut.
 */
function fitCommandText(text: string): string {
  const words = text.trim().split(/\s+/);
  let fitted = '';

  for (const word of words) {
    const longer = fitted === '' ? word : `${fitted} ${word}`;

    if (slackEncodedLength(longer) > MAX_COMMAND_QUERY) break;

    fitted = longer;
  }

  if (fitted !== '') return fitted;

  let cut = '';

  for (const character of words[0] ?? '') {
    if (slackEncodedLength(`${cut}${character}`) > MAX_COMMAND_QUERY) break;

    cut += character;
  }

  return cut;
}

/** Length of text as Slack sends it in a slash command, which parseBridgeCommand checks. */
function slackEncodedLength(text: string): number {
  return text.replace(/&/g, '&amp;').replace(/[<>]/g, '&lt;').length;
}

/** Renders the card's title, with a note when the name was not typed exactly. */
export function cardHeading(name: string, intro: CardIntro): KnownBlock[] {
  const blocks: KnownBlock[] = [
    { type: 'header', text: plainText(truncate(name, blockKitLimits.headerText)) },
  ];

  if (intro.closestMatchFor !== undefined) {
    const typed = escapeMrkdwnWithin(intro.closestMatchFor, nameMax);
    blocks.push(context(`Closest match for “${typed}”.`));
  }

  return blocks;
}

export function context(text: string): KnownBlock {
  return { type: 'context', elements: [mrkdwn(text)] };
}

/**
 * Builds a mrkdwn section. Callers size their escaped parts to fit, so the cut here is only a last
 * guard against a Slack rejection.
 */
export function section(text: string): SectionBlock {
  return { type: 'section', text: mrkdwn(truncate(text, blockKitLimits.sectionText)) };
}

/** Formats a bold list title with the number of rows in all, such as "*Contacts* (12)". */
export function listTitle(title: string, total: number): string {
  return total > 0 ? `*${title}* (${total})` : `*${title}*`;
}

/** Says how many rows a cut list leaves out and which command shows them, or nothing. */
export function moreNote(
  shown: number,
  total: number,
  noun: string,
  command: string,
): KnownBlock[] {
  const hidden = total - shown;

  if (hidden <= 0) return [];

  return [context(`${hidden} more ${noun} not shown. See them with ${command}.`)];
}

export function button(text: string, actionId: string, value: string) {
  return {
    type: 'button' as const,
    text: plainText(truncate(text, blockKitLimits.buttonText)),
    action_id: actionId,
    value,
  };
}

/**
 * Renders contacts as one section each, with an "Edit" button on the rows the reader may edit
 * and a stale mark on details never confirmed or confirmed too long ago.
 */
export function contactSections(input: {
  contacts: ContactSummary[];
  total: number;
  permissions: CardPermissions;
  timeZone: string;
  /** The command that lists every contact, for the note under a cut list. */
  moreCommand: string;
  showOrganization: boolean;
}): KnownBlock[] {
  const shown = input.contacts.slice(0, cardLimits.contacts);
  const blocks: KnownBlock[] = [section(listTitle('Contacts', input.total))];

  if (shown.length === 0) {
    blocks.push(context('No contacts yet.'));
    return blocks;
  }

  for (const contact of shown) {
    const block = section(describeContact(contact, input));

    if (input.permissions.editableContactIds.has(contact.id)) {
      block.accessory = button(
        'Edit',
        actionIds.directoryEdit,
        directoryRecordValue('contact', contact.id),
      );
    }

    blocks.push(block);
  }

  blocks.push(...moreNote(shown.length, input.total, 'contacts', input.moreCommand));

  return blocks;
}

function describeContact(
  contact: ContactSummary,
  options: { timeZone: string; showOrganization: boolean },
): string {
  const name = `*${escapeMrkdwnWithin(contact.name, 150)}*`;
  const title = contact.title ? `, ${escapeMrkdwnWithin(contact.title, 150)}` : '';
  const organization =
    options.showOrganization && contact.organizationName
      ? ` · ${escapeMrkdwnWithin(contact.organizationName, 150)}`
      : '';
  const reach = [contact.email, contact.phone]
    .filter((value): value is string => Boolean(value))
    .map((value) => escapeMrkdwnWithin(value, 260));
  const lines = [`${name}${title}${organization}`];

  lines.push(reach.length > 0 ? reach.join(' · ') : 'No email or phone recorded');

  if (contact.stale)
    lines.push(`:warning: ${describeStale(contact.confirmedAt, options.timeZone)}`);

  return lines.join('\n');
}

function describeStale(confirmedAt: Date | null, timeZone: string): string {
  if (confirmedAt === null) return 'Stale: never confirmed';

  return `Stale: last confirmed ${formatDate(todayIn(timeZone, confirmedAt))}`;
}

/**
 * Replies to a name that matches several records with a "Show" button for each candidate, and
 * the command for each in the plain text.
 */
export function renderCardCandidates(input: {
  record: CardRecord;
  typed: string;
  candidates: CardCandidate[];
  total: number;
  kind: MatchKind;
}): SlackMessage {
  const noun = recordNouns[input.record];
  const typed = escapeMrkdwnWithin(input.typed, nameMax);
  const shown = input.candidates.slice(0, MAX_CARD_CANDIDATES);
  const intro =
    input.kind === 'similar'
      ? `No ${noun.one} is named “${typed}”. These names are close; choose one:`
      : `${input.total} ${noun.plural} match “${typed}”; choose one:`;
  const blocks: KnownBlock[] = [section(intro)];

  for (const candidate of shown) {
    const block = section(describeCandidate(candidate));
    block.accessory = button(
      'Show',
      actionIds.directoryCard,
      cardValue(input.record, candidate.id),
    );
    blocks.push(block);
  }

  const hidden = input.total - shown.length;

  if (hidden > 0) {
    const more = `${hidden} more ${noun.plural} match. Type more of the name, or list them all with ${findCommand(input.typed)}.`;
    blocks.push(context(more));
  }

  return { text: `${intro}\n${candidateLines(input.record, shown).join('\n')}`, blocks };
}

/**
 * Lists the candidates for the plain text, each with the command that shows it. A name shared by
 * several candidates, such as one program at two campuses, gets no command, since typing it
 * would list the same candidates again.
 */
function candidateLines(record: CardRecord, candidates: CardCandidate[]): string[] {
  const names = candidates.map((candidate) => candidate.name.toLowerCase());

  return candidates.map((candidate) => {
    const line = `• ${describeCandidate(candidate)}`;
    const name = candidate.name.toLowerCase();

    if (names.indexOf(name) !== names.lastIndexOf(name)) return line;

    return `${line}: ${commandSpan(`${record} ${truncate(candidate.name, nameMax)}`)}`;
  });
}

function describeCandidate(candidate: CardCandidate): string {
  const name = `*${escapeMrkdwnWithin(candidate.name, nameMax)}*`;

  return candidate.campusName
    ? `${name} at ${escapeMrkdwnWithin(candidate.campusName, nameMax)}`
    : name;
}

/** Replies to a name that matches nothing. */
export function renderNoCardMatch(record: CardRecord, typed: string): SlackMessage {
  const noun = recordNouns[record].one;
  const text = `No ${noun} matches “${escapeMrkdwnWithin(typed, nameMax)}”. Check the spelling, or search the whole directory with ${findCommand(typed)}.`;

  return { text, blocks: [section(text)] };
}

/** Replies when a record was removed after its name matched or its button was sent. */
export function renderCardGone(record: CardRecord): SlackMessage {
  const noun = recordNouns[record].one;
  const text = `That ${noun} is no longer in the directory. Search for it again with ${commandSpan('find <words>')}.`;

  return { text, blocks: [section(text)] };
}
