import type { KnownBlock } from '@slack/types';
import type { OpenActionItem } from '../../domain/meetings/action-items.js';
import { formatDate } from '../../domain/time.js';
import { actionIds } from '../ids.js';
import { blockKitLimits } from '../limits.js';
import { escapeMrkdwnWithin, mrkdwn, plainText } from '../text.js';

/** The most of a person's open action items the Home tab lists; each takes one block. */
export const HOME_ACTION_ITEMS = 8;

/** A person's open action items from meetings, as the Home tab shows them. */
export interface HomeActionItems {
  items: OpenActionItem[];
  /** How many open action items the person owns in all. */
  total: number;
}

/**
 * Appends "Your action items" to the Home tab's blocks, each with a Done button. The section
 * takes only the blocks the tab has left of the 100 a view allows, and a closing note counts
 * the items that did not fit.
 */
export function appendHomeActionItems(
  blocks: KnownBlock[],
  section: HomeActionItems | undefined,
): KnownBlock[] {
  if (!section || section.total === 0) return blocks;

  // A divider, a header and the closing note frame the items.
  const budget = blockKitLimits.blocksPerView - blocks.length - 3;

  if (budget < 0) return blocks;

  const shown = section.items.slice(0, Math.min(HOME_ACTION_ITEMS, budget));
  const more = section.total - shown.length;
  const added: KnownBlock[] = [
    { type: 'divider' },
    { type: 'header', text: plainText('Your action items') },
    ...shown.map(renderActionItem),
    {
      type: 'context',
      elements: [
        mrkdwn(
          more > 0
            ? `${more} more not shown here; they appear as you mark these done.`
            : 'Action items come from meeting outcomes. Press Done when one is finished.',
        ),
      ],
    },
  ];

  return [...blocks, ...added];
}

function renderActionItem(item: OpenActionItem): KnownBlock {
  const due = item.dueOn ? ` · due ${formatDate(item.dueOn)}` : '';
  const meeting = item.meetingTitle ? `\nFrom ${escapeMrkdwnWithin(item.meetingTitle, 200)}` : '';

  return {
    type: 'section',
    block_id: `home_action_item_${item.id}`,
    text: mrkdwn(`${escapeMrkdwnWithin(item.description, 600)}${due}${meeting}`),
    accessory: {
      type: 'button',
      action_id: actionIds.actionItemDone,
      text: plainText('Done'),
      value: item.id,
      style: 'primary',
    },
  };
}
