import type { KnownBlock } from '@slack/types';
import { actionIds } from '../ids.js';
import { mrkdwn, plainText } from '../text.js';

/** Where a page of a list starts and whether more rows follow it. */
export interface PagePosition {
  offset: number;
  pageSize: number;
  shown: number;
  hasMore: boolean;
}

/**
 * Renders "Showing 17–32" and the Previous and Next buttons under a page of a list, or nothing
 * when the whole list fits on one page. `valueFor` encodes the button value for an offset.
 */
export function renderPageControls(
  blockId: string,
  page: PagePosition,
  valueFor: (offset: number) => string,
): KnownBlock[] {
  if (page.offset === 0 && !page.hasMore) return [];

  const first = page.offset + 1;
  const last = page.offset + page.shown;
  const range = page.shown === 0 ? 'No more items' : `Showing ${first}–${last}`;
  const more = page.hasMore ? '; press Next for more' : '';
  const buttons = [];

  if (page.offset > 0) {
    buttons.push({
      type: 'button' as const,
      action_id: `${actionIds.listPage}_previous`,
      text: plainText('Previous'),
      value: valueFor(Math.max(0, page.offset - page.pageSize)),
    });
  }

  if (page.hasMore) {
    buttons.push({
      type: 'button' as const,
      action_id: `${actionIds.listPage}_next`,
      text: plainText('Next'),
      value: valueFor(page.offset + page.shown),
    });
  }

  return [
    { type: 'context', elements: [mrkdwn(`${range}${more}.`)] },
    { type: 'actions', block_id: blockId, elements: buttons },
  ];
}
