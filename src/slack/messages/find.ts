import type { KnownBlock } from '@slack/types';
import { z } from 'zod';
import type { SearchPage } from '../../domain/search.js';
import { MAX_QUERY_LENGTH } from '../../domain/search.js';
import { actionIds, SLASH_COMMAND } from '../ids.js';
import { truncate } from '../limits.js';
import { escapeMrkdwn, mrkdwn, plainText } from '../text.js';
import { renderResultLine, renderResultText } from './find-result.js';
import type { SlackMessage } from './help.js';

/**
 * Results shown in one message. Twenty keep a reply readable on one screen, and with the
 * heading and the page controls they take 23 of the 50 blocks a message may have.
 */
export const FIND_RESULTS_PER_MESSAGE = 20;

/** Block id of the Previous and Next buttons under search results. */
export const FIND_PAGE_BLOCK = 'find_page';

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

  const lines = page.results.map(renderResultLine);

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

/** Shows typed text in a code span, so `*` and `_` stay literal, with backticks replaced. */
function quoteQuery(query: string): string {
  return `\`${escapeMrkdwn(truncate(query.replace(/`/g, "'"), QUOTED_QUERY_MAX))}\``;
}
