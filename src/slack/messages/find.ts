import type { KnownBlock } from '@slack/types';
import { z } from 'zod';
import { organizationKindLabels } from '../../domain/access.js';
import { naicsSectorName } from '../../domain/directory/naics.js';
import { opportunityTypeLabels } from '../../domain/labels.js';
import type {
  OpportunityResult,
  OrganizationResult,
  PersonResult,
  ProgramResult,
  SearchPage,
  SearchResult,
} from '../../domain/search.js';
import { MAX_QUERY_LENGTH } from '../../domain/search.js';
import { formatDate } from '../../domain/time.js';
import { actionIds, SLASH_COMMAND } from '../ids.js';
import { truncate } from '../limits.js';
import { escapeMrkdwn, escapeMrkdwnWithin, mrkdwn, plainText } from '../text.js';
import type { SlackMessage } from './help.js';

/**
 * Results shown in one message. Twenty keep a reply readable on one screen, and with the
 * heading and the page controls they take 23 of the 50 blocks a message may have.
 */
export const FIND_RESULTS_PER_MESSAGE = 20;

/** Block id of the Previous and Next buttons under search results. */
export const FIND_PAGE_BLOCK = 'find_page';

/** Characters each name may take in a result, well within a section's 3000. */
const NAME_MAX = 300;

/** Characters of the query repeated in the reply's heading. */
const QUOTED_QUERY_MAX = 100;

const findPageValue = z.object({
  list: z.literal('find'),
  query: z.string().min(1).max(MAX_QUERY_LENGTH),
  offset: z.number().int().min(0).max(100_000),
});

/** The search and offset that a page button of the search results carries. */
export interface FindPage {
  query: string;
  offset: number;
}

/** Encodes a page button's value as JSON `{list: 'find', query, offset}`. */
export function encodeFindPage(page: FindPage): string {
  return JSON.stringify({ list: 'find', query: page.query, offset: page.offset });
}

/** Reads a page button's value; a value that no search page button carries reads as undefined. */
export function parseFindPage(value: string | undefined): FindPage | undefined {
  try {
    const parsed = findPageValue.safeParse(JSON.parse(value ?? ''));

    return parsed.success ? { query: parsed.data.query, offset: parsed.data.offset } : undefined;
  } catch {
    return undefined;
  }
}

/** Renders one page of `/bridge find` results, ranked, with page controls when there are more. */
export function renderFindResults(input: { query: string; page: SearchPage }): SlackMessage {
  const { page } = input;
  const quoted = quoteQuery(input.query);

  if (page.total === 0) {
    const text = `No matches for ${quoted}. Check the spelling, or search with fewer words: one word of a name, a career cluster, a sector such as \`health care\`, or a ZIP code.`;

    return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
  }

  if (page.results.length === 0) {
    const text = `No more matches for ${quoted}. Type \`${SLASH_COMMAND} find\` again to start over.`;

    return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
  }

  const heading = `*${page.total} ${page.total === 1 ? 'match' : 'matches'}* for ${quoted}, best first`;
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(heading) }];

  for (const result of page.results) {
    blocks.push({ type: 'section', text: mrkdwn(renderResultText(result)) });
  }

  blocks.push(...renderPageControls(input.query, page));

  const lines = page.results.map((result) => {
    const description = describeResult(result);
    const line = `• ${escapeMrkdwn(result.title)} (${kindLabel(result)})`;

    return description ? `${line}: ${description}` : line;
  });

  return { text: `${heading}:\n${lines.join('\n')}`, blocks };
}

/** Renders "Showing 21–40 of 57" with Previous and Next, or nothing when all fit on one page. */
function renderPageControls(query: string, page: SearchPage): KnownBlock[] {
  const first = page.offset + 1;
  const last = page.offset + page.results.length;

  if (page.offset === 0 && last >= page.total) return [];

  const buttons = [];

  if (page.offset > 0) {
    const offset = Math.max(0, page.offset - FIND_RESULTS_PER_MESSAGE);
    buttons.push({
      type: 'button' as const,
      action_id: `${actionIds.listPage}_previous`,
      text: plainText('Previous'),
      value: encodeFindPage({ query, offset }),
    });
  }

  if (last < page.total) {
    buttons.push({
      type: 'button' as const,
      action_id: `${actionIds.listPage}_next`,
      text: plainText('Next'),
      value: encodeFindPage({ query, offset: last }),
    });
  }

  return [
    { type: 'context', elements: [mrkdwn(`Showing ${first}–${last} of ${page.total}.`)] },
    { type: 'actions', block_id: FIND_PAGE_BLOCK, elements: buttons },
  ];
}

/** Renders a result's name and kind, its essentials, and the command that shows its card. */
export function renderResultText(result: SearchResult): string {
  const name = `*${escapeMrkdwnWithin(result.title, NAME_MAX)}*`;
  const lines = [`${name} · ${kindLabel(result)}`, describeResult(result)];
  const next = nextStep(result);

  if (next) lines.push(`Card: ${next}`);

  return lines.filter(Boolean).join('\n');
}

function kindLabel(result: SearchResult): string {
  switch (result.kind) {
    case 'organization':
      return capitalize(organizationKindLabels[result.organizationKind].one);
    case 'person':
      return 'Contact';
    case 'program':
      return 'Program';
    case 'opportunity':
      return `${opportunityTypeLabels[result.opportunityType]} opportunity`;
  }
}

/** Returns the essentials of a result as escaped mrkdwn, parts joined by " · ". */
function describeResult(result: SearchResult): string {
  const parts = (() => {
    switch (result.kind) {
      case 'organization':
        return describeOrganization(result);
      case 'person':
        return describePerson(result);
      case 'program':
        return describeProgram(result);
      case 'opportunity':
        return describeOpportunity(result);
    }
  })();

  return parts
    .filter((part) => part !== null && part !== '')
    .map((part) => escapeMrkdwnWithin(part as string, NAME_MAX))
    .join(' · ');
}

function describeOrganization(result: OrganizationResult): Array<string | null> {
  const sector = result.naicsCode ? (naicsSectorName(result.naicsCode) ?? null) : null;
  const district = result.organizationKind === 'campus' && result.parentName;

  return [
    district ? `Campus of ${result.parentName}` : null,
    sector,
    location(result.zip, result.place),
  ];
}

function describePerson(result: PersonResult): Array<string | null> {
  const role = [result.personTitle, result.organizationName].filter(Boolean).join(' at ');

  return [role, staleness(result)];
}

function staleness(result: PersonResult): string | null {
  if (!result.stale) return null;
  if (!result.confirmedOn) return '⚠ Not confirmed yet';

  return `⚠ Stale: last confirmed ${formatDate(result.confirmedOn)}`;
}

function describeProgram(result: ProgramResult): Array<string | null> {
  const campus = result.districtName
    ? `${result.campusName} (${result.districtName})`
    : result.campusName;

  return [campus, result.careerCluster, location(result.campusZip, result.campusPlace)];
}

function describeOpportunity(result: OpportunityResult): Array<string | null> {
  const status = result.status === 'open' ? null : capitalize(result.status);

  return [result.employerName, result.careerCluster, status];
}

function location(zip: string | null, place: string | null): string | null {
  if (zip && place) return `${place} ${zip}`;

  return zip;
}

/** Returns the `/bridge` command that shows the result's card, or undefined when none fits. */
function nextStep(result: SearchResult): string | undefined {
  switch (result.kind) {
    case 'organization':
      if (result.organizationKind === 'employer') return cardCommand('employer', result.title);
      if (result.organizationKind === 'school_district') {
        return cardCommand('district', result.title);
      }
      if (result.organizationKind === 'campus' && result.parentName) {
        return cardCommand('district', result.parentName);
      }
      return undefined;
    case 'person':
      if (result.organizationKind === 'employer' && result.organizationName) {
        return cardCommand('employer', result.organizationName);
      }
      if (result.organizationKind === 'school_district' && result.organizationName) {
        return cardCommand('district', result.organizationName);
      }
      return undefined;
    case 'program':
      return cardCommand('program', result.title);
    case 'opportunity':
      return cardCommand('employer', result.employerName);
  }
}

/** Formats a card command in a code span; names too long for the command get none. */
function cardCommand(card: 'employer' | 'program' | 'district', name: string): string | undefined {
  if (Array.from(name).length > MAX_QUERY_LENGTH) return undefined;

  return `\`${SLASH_COMMAND} ${card} ${escapeMrkdwn(name.replace(/`/g, "'"))}\``;
}

/** Shows typed text in a code span, so `*` and `_` stay literal, with backticks replaced. */
function quoteQuery(query: string): string {
  return `\`${escapeMrkdwn(truncate(query.replace(/`/g, "'"), QUOTED_QUERY_MAX))}\``;
}

function capitalize(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
