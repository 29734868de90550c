import type { View } from '@slack/types';
import { donationLimits } from '../../domain/donation-form.js';
import { callbackIds, donationBlocks } from '../ids.js';
import { plainText } from '../text.js';
import { textInput } from './blocks.js';
import type { OrganizationPicker } from './directory-modals/fields.js';
import { organizationPickerField } from './directory-modals/fields.js';
import type { ModalMetadata } from './modal-metadata.js';
import { encodeModalMetadata } from './modal-metadata.js';
import type { ProgramPicker } from './request-modal.js';
import { programPickerField } from './request-modal.js';

/** Renders the `/bridge donation new` modal; `employer` preselects the person's own employer. */
export function renderDonationModal(modal: {
  employers: OrganizationPicker;
  employer?: { id: string; name: string } | undefined;
  programs: ProgramPicker;
  metadata: ModalMetadata;
}): View {
  return {
    type: 'modal',
    callback_id: callbackIds.donationNew,
    title: plainText('Equipment donation'),
    submit: plainText('Save'),
    close: plainText('Cancel'),
    private_metadata: encodeModalMetadata(modal.metadata),
    blocks: [
      organizationPickerField({
        blockId: donationBlocks.employerId,
        label: 'Employer',
        placeholder: 'Choose the donating employer',
        picker: modal.employers,
        initial: modal.employer,
      }),
      textInput({
        blockId: donationBlocks.description,
        label: 'Equipment',
        multiline: true,
        maxLength: donationLimits.description,
        placeholder: 'Two MIG welders, 2019 models, in working order',
      }),
      textInput({
        blockId: donationBlocks.quantity,
        label: 'Quantity',
        maxLength: 5,
        placeholder: 'Number of items, such as 2',
      }),
      programPickerField({
        blockId: donationBlocks.programId,
        label: 'For program',
        optional: true,
        hint: 'The program receiving the equipment, when it is known.',
        picker: modal.programs,
      }),
    ],
  };
}
