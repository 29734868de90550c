import type { View } from '@slack/types';
import { eventKinds } from '../../db/schema/index.js';
import { eventLimits } from '../../domain/events.js';
import { eventKindLabels } from '../../domain/labels.js';
import { callbackIds, eventBlocks } from '../ids.js';
import { plainText } from '../text.js';
import { datePicker, input, option, staticSelect, textInput, timePicker } from './blocks.js';
import type { ModalMetadata } from './modal-metadata.js';
import { encodeModalMetadata } from './modal-metadata.js';

/** Renders the "new career event" modal; times are read in the partnership's time zone. */
export function renderEventModal(modal: { metadata: ModalMetadata }): View {
  const zone = modal.metadata.timeZone;

  return {
    type: 'modal',
    callback_id: callbackIds.eventNew,
    title: plainText('New event'),
    submit: plainText('Create'),
    close: plainText('Cancel'),
    private_metadata: encodeModalMetadata(modal.metadata),
    blocks: [
      textInput({
        blockId: eventBlocks.title,
        label: 'Title',
        maxLength: eventLimits.title,
        placeholder: 'Spring WBL showcase',
      }),
      staticSelect({
        blockId: eventBlocks.kind,
        label: 'Kind',
        placeholder: 'Choose a kind',
        choices: eventKinds.map((kind) => option(eventKindLabels[kind], kind)),
      }),
      datePicker({ blockId: eventBlocks.startDate, label: 'Start date' }),
      timePicker({ blockId: eventBlocks.startTime, label: 'Start time', hint: `Time in ${zone}.` }),
      datePicker({
        blockId: eventBlocks.endDate,
        label: 'End date',
        optional: true,
        hint: 'Leave empty when the event ends on its start date.',
      }),
      timePicker({ blockId: eventBlocks.endTime, label: 'End time', hint: `Time in ${zone}.` }),
      textInput({
        blockId: eventBlocks.venue,
        label: 'Venue',
        optional: true,
        maxLength: eventLimits.venue,
      }),
      textInput({
        blockId: eventBlocks.capacity,
        label: 'Capacity',
        optional: true,
        maxLength: 6,
        hint: 'Leave empty for no limit.',
      }),
      textInput({
        blockId: eventBlocks.description,
        label: 'Description',
        optional: true,
        multiline: true,
        maxLength: eventLimits.description,
      }),
      input(
        {
          blockId: eventBlocks.channelId,
          label: 'Announce in',
          hint: 'Bridge posts the event here with RSVP buttons.',
        },
        {
          type: 'conversations_select',
          placeholder: plainText('Choose a channel'),
          filter: { include: ['public', 'private'], exclude_bot_users: true },
          ...(isChannelId(modal.metadata.channelId)
            ? { initial_conversation: modal.metadata.channelId }
            : {}),
        },
      ),
    ],
  };
}

/** A modal shown at once while the real one loads, so the trigger id never expires. */
export function renderLoadingModal(title: string): View {
  return {
    type: 'modal',
    callback_id: callbackIds.loading,
    title: plainText(title),
    close: plainText('Cancel'),
    blocks: [{ type: 'section', text: plainText('Loading…') }],
  };
}

/** Public and private channel ids start with C or G; direct messages (D) cannot be chosen. */
function isChannelId(id: string | undefined): boolean {
  return id !== undefined && /^[CG][A-Z0-9]+$/.test(id);
}
