import type { View } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { checkBlocks } from '../../../../src/local/web-api/block-kit-blocks.js';
import { renderCapacityModal } from '../../../../src/slack/views/capacity-modal.js';
import {
  renderOutreachContactModal,
  renderOutreachUpdateModal,
} from '../../../../src/slack/views/outreach-modals.js';

const metadata = { timeZone: 'America/Chicago', recordId: 'employer-1' };

function blockIds(view: View): Array<string | undefined> {
  return view.blocks.map((block) => block.block_id);
}

function elementOf(view: View, blockId: string): Record<string, unknown> | undefined {
  const block = view.blocks.find((candidate) => candidate.block_id === blockId);

  if (block?.type !== 'input' || !('element' in block)) return undefined;

  return block.element as unknown as Record<string, unknown>;
}

describe('renderOutreachContactModal', () => {
  it('asks for stage and follow-up from outreach staff', () => {
    const view = renderOutreachContactModal({
      employerName: 'Coastline Welding & Fabrication',
      stage: 'contacted',
      mayUpdateOutreach: true,
      today: '2027-01-11',
      metadata,
    });

    expect(view.callback_id).toBe('outreach_contact');
    expect(blockIds(view)).toEqual([
      undefined,
      'channel',
      'contactedOn',
      'summary',
      'stage',
      'nextFollowUpOn',
    ]);
    expect(elementOf(view, 'contactedOn')?.initial_date).toBe('2027-01-11');
    expect(JSON.parse(view.private_metadata ?? '{}')).toEqual(metadata);
    expect(checkBlocks(view.blocks, '/blocks', 100).messages).toEqual([]);
  });

  it('leaves stage and follow-up out for employer staff', () => {
    const view = renderOutreachContactModal({
      employerName: 'Coastline Welding & Fabrication',
      stage: 'contacted',
      mayUpdateOutreach: false,
      today: '2027-01-11',
      metadata,
    });

    expect(blockIds(view)).toEqual([undefined, 'channel', 'contactedOn', 'summary']);
  });
});

describe('renderOutreachUpdateModal', () => {
  it('prefills stage, owner and follow-up', () => {
    const view = renderOutreachUpdateModal({
      employerName: 'Coastline Welding & Fabrication',
      outreach: {
        stage: 'interested',
        owner: { id: 'person-1', name: 'Alicia Gomez', slackUserId: 'U0LOCAL05' },
        lastContactOn: '2027-01-08',
        nextFollowUpOn: '2027-01-20',
        followUpOverdue: false,
        contacts: { rows: [], total: 0 },
      },
      metadata,
    });

    expect(elementOf(view, 'stage')?.initial_option).toMatchObject({ value: 'interested' });
    expect(elementOf(view, 'outreachOwner')).toMatchObject({
      type: 'users_select',
      initial_user: 'U0LOCAL05',
    });
    expect(elementOf(view, 'nextFollowUpOn')?.initial_date).toBe('2027-01-20');
    expect(checkBlocks(view.blocks, '/blocks', 100).messages).toEqual([]);
  });
});

describe('renderCapacityModal', () => {
  it('prefills the latest answers', () => {
    const view = renderCapacityModal({
      employerName: 'Coastline Welding & Fabrication',
      survey: {
        interns: 2,
        apprentices: 0,
        mentors: 1,
        jobShadows: 0,
        tourGroupSize: 15,
        guestSpeakers: 3,
        equipment: 'Lathe',
        seasons: ['spring'],
        careerClusters: ['Construction'],
        answeredByName: 'Marcus Lee',
        onBehalf: false,
        updatedAt: new Date('2027-01-05T15:00:00Z'),
      },
      onBehalf: true,
      metadata,
    });

    expect(view.callback_id).toBe('capacity_survey');
    expect(elementOf(view, 'interns')?.initial_value).toBe('2');
    expect(elementOf(view, 'apprentices')?.initial_value).toBe('0');
    expect(elementOf(view, 'guestSpeakers')?.initial_value).toBe('3');
    expect(elementOf(view, 'equipment')?.initial_value).toBe('Lathe');
    expect(elementOf(view, 'seasons')?.initial_options).toEqual([
      { text: { type: 'plain_text', text: 'Spring', emoji: true }, value: 'spring' },
    ]);
    expect(elementOf(view, 'careerClusters')?.options).toHaveLength(14);
    expect(elementOf(view, 'careerClusters')?.initial_options).toEqual([
      { text: { type: 'plain_text', text: 'Construction', emoji: true }, value: 'Construction' },
    ]);
    expect(JSON.stringify(view.blocks[0])).toContain('on its behalf');
    expect(checkBlocks(view.blocks, '/blocks', 100).messages).toEqual([]);
  });

  it('starts a new survey at zero', () => {
    const view = renderCapacityModal({
      employerName: 'Coastline Welding & Fabrication',
      survey: null,
      onBehalf: false,
      metadata,
    });

    expect(elementOf(view, 'interns')?.initial_value).toBe('0');
    expect(elementOf(view, 'seasons')?.initial_options).toBeUndefined();
    expect(JSON.stringify(view.blocks[0])).toContain(
      'What can *Coastline Welding &amp; Fabrication* offer',
    );
  });
});
