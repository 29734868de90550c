import type { View } from '@slack/types';
import { meetingKinds } from '../../db/schema/index.js';
import { meetingKindLabels, meetingLimits } from '../../domain/meetings/meeting-form.js';
import { callbackIds, meetingBlocks } from '../ids.js';
import { blockKitLimits } from '../limits.js';
import { plainText } from '../text.js';
import { datePicker, input, option, staticSelect, textInput, timePicker } from './blocks.js';
import type { OrganizationPicker } from './directory-modals/fields.js';
import { organizationPickerField } from './directory-modals/fields.js';
import type { ModalMetadata } from './modal-metadata.js';
import { encodeModalMetadata } from './modal-metadata.js';

/** Renders a multi-select whose options Bridge sends as the person types. */
function multiExternalSelect(options: {
  blockId: string;
  label: string;
  placeholder: string;
  hint: string;
}) {
  return input(
    { blockId: options.blockId, label: options.label, optional: true, hint: options.hint },
    {
      type: 'multi_external_select',
      placeholder: plainText(options.placeholder),
      min_query_length: 0,
      max_selected_items: blockKitLimits.optionsPerSelect,
    },
  );
}

/** Renders the "new meeting" modal; times are read in the partnership's time zone. */
export function renderMeetingModal(modal: {
  metadata: ModalMetadata;
  districts: OrganizationPicker;
}): View {
  const zone = modal.metadata.timeZone;

  return {
    type: 'modal',
    callback_id: callbackIds.meetingNew,
    title: plainText('New meeting'),
    submit: plainText('Create'),
    close: plainText('Cancel'),
    private_metadata: encodeModalMetadata(modal.metadata),
    blocks: [
      textInput({
        blockId: meetingBlocks.title,
        label: 'Title',
        maxLength: meetingLimits.title,
        placeholder: 'Welding employers alignment',
      }),
      staticSelect({
        blockId: meetingBlocks.kind,
        label: 'Kind',
        placeholder: 'Choose a kind',
        choices: meetingKinds.map((kind) => option(meetingKindLabels[kind], kind)),
      }),
      datePicker({ blockId: meetingBlocks.startDate, label: 'Date' }),
      timePicker({
        blockId: meetingBlocks.startTime,
        label: 'Start time',
        hint: `Time in ${zone}.`,
      }),
      datePicker({
        blockId: meetingBlocks.endDate,
        label: 'End date',
        optional: true,
        hint: 'Leave empty when the meeting ends on its start date.',
      }),
      timePicker({ blockId: meetingBlocks.endTime, label: 'End time', hint: `Time in ${zone}.` }),
      textInput({
        blockId: meetingBlocks.location,
        label: 'Place or link',
        optional: true,
        maxLength: meetingLimits.location,
      }),
      organizationPickerField({
        blockId: meetingBlocks.districtId,
        label: 'School district it concerns',
        optional: true,
        placeholder: 'Choose a district',
        picker: modal.districts,
        hint: "Employers that do not answer in time are handed to this district's CTE contact.",
      }),
      multiExternalSelect({
        blockId: meetingBlocks.personIds,
        label: 'Invite people',
        placeholder: 'Type a name',
        hint: 'Each person with Slack gets a direct message with Accept and Decline.',
      }),
      multiExternalSelect({
        blockId: meetingBlocks.organizationIds,
        label: 'Invite whole organizations',
        placeholder: 'Type an organization',
        hint: 'Every person of each organization is invited.',
      }),
    ],
  };
}
