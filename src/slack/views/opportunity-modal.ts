import type { View } from '@slack/types';
import { opportunityTypes } from '../../db/schema/index.js';
import { careerClusters } from '../../domain/career-clusters.js';
import { opportunityTypeLabels } from '../../domain/labels.js';
import { opportunityLimits } from '../../domain/opportunities.js';
import { callbackIds, opportunityBlocks } from '../ids.js';
import { plainText } from '../text.js';
import { datePicker, input, option, staticSelect, textInput } from './blocks.js';
import { organizationPickerField } from './directory-modals/fields.js';
import type { ModalMetadata } from './modal-metadata.js';
import { encodeModalMetadata } from './modal-metadata.js';

export interface OpportunityModalInput {
  employers: Array<{ id: string; name: string }>;
  /** Total employers in the partnership; above 100 the picker searches as the person types. */
  employerTotal: number;
  metadata: ModalMetadata;
}

/** Renders the "register an opportunity" modal. */
export function renderOpportunityModal(modal: OpportunityModalInput): View {
  return {
    type: 'modal',
    callback_id: callbackIds.opportunityNew,
    title: plainText('New opportunity'),
    submit: plainText('Save'),
    close: plainText('Cancel'),
    private_metadata: encodeModalMetadata(modal.metadata),
    blocks: [...employerBlocks(modal), ...opportunityFormBlocks()],
  };
}

/**
 * Renders the employer picker and a field for an employer not yet in the partnership. Without
 * any employers only the field is shown, and it is required.
 */
function employerBlocks(modal: OpportunityModalInput) {
  const hasEmployers = modal.employers.length > 0;
  const newEmployer = textInput({
    blockId: opportunityBlocks.newEmployerName,
    label: hasEmployers ? 'Or a new employer' : 'Employer',
    optional: hasEmployers,
    maxLength: opportunityLimits.employerName,
    placeholder: 'Business name',
    hint: hasEmployers
      ? 'Type a name only when the employer is not in the list; Bridge adds it.'
      : 'This partnership has no employers yet; Bridge adds the one you name.',
  });

  if (!hasEmployers) return [newEmployer];

  return [
    organizationPickerField({
      blockId: opportunityBlocks.employerId,
      label: 'Employer',
      optional: true,
      placeholder: 'Choose the employer',
      picker: { choices: modal.employers, total: modal.employerTotal },
    }),
    newEmployer,
  ];
}

function opportunityFormBlocks() {
  return [
    staticSelect({
      blockId: opportunityBlocks.type,
      label: 'Type',
      placeholder: 'Choose a type',
      choices: opportunityTypes.map((type) => option(opportunityTypeLabels[type], type)),
    }),
    textInput({
      blockId: opportunityBlocks.title,
      label: 'Title',
      maxLength: opportunityLimits.title,
      placeholder: 'Summer welding internship',
    }),
    textInput({
      blockId: opportunityBlocks.description,
      label: 'Description',
      optional: true,
      multiline: true,
      maxLength: opportunityLimits.description,
    }),
    staticSelect({
      blockId: opportunityBlocks.careerCluster,
      label: 'Career cluster',
      placeholder: 'Choose a career cluster',
      choices: careerClusters.map((cluster) => option(cluster, cluster)),
    }),
    textInput({
      blockId: opportunityBlocks.slots,
      label: 'Slots',
      maxLength: 5,
      placeholder: 'Number of students, such as 4',
    }),
    input(
      { blockId: opportunityBlocks.paid, label: 'Paid', optional: true },
      { type: 'checkboxes', options: [option('Students are paid', 'paid')] },
    ),
    input(
      {
        blockId: opportunityBlocks.isPilot,
        label: 'Pilot program',
        optional: true,
        hint: 'Only internships, apprenticeships and mentorships can be pilots.',
      },
      { type: 'checkboxes', options: [option('This opportunity is a pilot program', 'pilot')] },
    ),
    datePicker({ blockId: opportunityBlocks.startsOn, label: 'Start date', optional: true }),
    datePicker({ blockId: opportunityBlocks.endsOn, label: 'End date', optional: true }),
    textInput({
      blockId: opportunityBlocks.location,
      label: 'Location',
      optional: true,
      maxLength: opportunityLimits.location,
      placeholder: 'Street address, campus or "remote"',
    }),
  ];
}
