import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import {
  appendHomeActionItems,
  HOME_ACTION_ITEMS,
} from '../../../../src/slack/views/home-action-items.js';

const divider: KnownBlock = { type: 'divider' };

function items(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    description: `Call employer ${index} & <confirm>`,
    dueOn: index === 0 ? '2027-02-01' : null,
    meetingTitle: 'Welding employers alignment',
  }));
}

describe('appendHomeActionItems', () => {
  it('adds nothing without open items', () => {
    const blocks = [divider];

    expect(appendHomeActionItems(blocks, { items: [], total: 0 })).toBe(blocks);
  });

  it('lists items with a Done button', () => {
    const blocks = appendHomeActionItems([], { items: items(2), total: 2 });
    const rendered = JSON.stringify(blocks);

    expect(blocks).toHaveLength(5);
    expect(rendered).toContain('Your action items');
    expect(rendered).toContain('action_item_done');
    expect(rendered).toContain('Call employer 0 &amp; &lt;confirm&gt; · due Feb 1, 2027');
  });

  it('stays within 100 blocks and counts the rest', () => {
    const full = Array.from({ length: 95 }, () => divider);
    const blocks = appendHomeActionItems(full, { items: items(HOME_ACTION_ITEMS), total: 12 });
    const note = JSON.stringify(blocks.at(-1));

    expect(blocks).toHaveLength(100);
    expect(note).toContain('10 more not shown here');
  });

  it('leaves a full tab unchanged', () => {
    const full = Array.from({ length: 98 }, () => divider);

    expect(appendHomeActionItems(full, { items: items(3), total: 3 })).toBe(full);
  });
});
