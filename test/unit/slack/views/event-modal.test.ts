import { describe, expect, it } from 'vitest';
import { callbackIds, eventBlocks } from '../../../../src/slack/ids.js';
import { renderEventModal, renderLoadingModal } from '../../../../src/slack/views/event-modal.js';

interface InputBlock {
  type: 'input';
  block_id: string;
  hint?: { text: string };
  element: { type: string; action_id: string; initial_conversation?: string };
}

function inputsOf(view: ReturnType<typeof renderEventModal>): Map<string, InputBlock> {
  const inputs = view.blocks.filter((block) => block.type === 'input') as unknown as InputBlock[];

  return new Map(inputs.map((block) => [block.block_id, block]));
}

function channelPicker(channelId: string | undefined) {
  const view = renderEventModal({ metadata: { timeZone: 'America/Chicago', channelId } });

  return inputsOf(view).get(eventBlocks.channelId)?.element;
}

describe('renderEventModal', () => {
  const view = renderEventModal({ metadata: { timeZone: 'Asia/Tokyo', channelId: 'C0EVENTS' } });
  const inputs = inputsOf(view);

  it('uses the event callback id', () => {
    expect(view.callback_id).toBe(callbackIds.eventNew);
  });

  it('has an input for every field', () => {
    expect([...inputs.keys()].sort()).toEqual(Object.values(eventBlocks).sort());
  });

  it('names the time zone for times', () => {
    expect(inputs.get(eventBlocks.startTime)?.hint?.text).toBe('Time in Asia/Tokyo.');
  });

  it.each([
    ['a public channel', 'C0EVENTS'],
    ['a private channel', 'G0PRIVATE'],
  ])('preselects %s', (_case, channelId) => {
    expect(channelPicker(channelId)?.initial_conversation).toBe(channelId);
  });

  it.each([
    ['a direct message', 'D0DIRECT'],
    ['no channel', undefined],
    ['a lowercase id', 'c0events'],
  ])('preselects nothing for %s', (_case, channelId) => {
    expect(channelPicker(channelId)).not.toHaveProperty('initial_conversation');
  });

  it('offers conversations only', () => {
    expect(channelPicker('C0EVENTS')?.type).toBe('conversations_select');
  });
});

describe('renderLoadingModal', () => {
  it('renders a loading view', () => {
    expect(renderLoadingModal('New event')).toEqual({
      type: 'modal',
      callback_id: callbackIds.loading,
      title: { type: 'plain_text', text: 'New event', emoji: true },
      close: { type: 'plain_text', text: 'Cancel', emoji: true },
      blocks: [{ type: 'section', text: { type: 'plain_text', text: 'Loading…', emoji: true } }],
    });
  });
});
