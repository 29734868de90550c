import type { View } from '@slack/types';
import { stakeholderGroups } from '../../db/schema/index.js';
import { stakeholderGroupLabels } from '../../domain/committee.js';
import { callbackIds, committeeSeatBlocks } from '../ids.js';
import { mrkdwn } from '../text.js';
import { option } from './blocks.js';
import { directoryModal, externalSelectField, selectField } from './directory-modals/fields.js';
import type { ModalMetadata } from './modal-metadata.js';

export const COMMITTEE_SEAT_TITLE = 'Add a committee seat';

/**
 * Renders the form that seats a person on the steering committee. The person picker searches
 * as the convener types, because a partnership can have more people than a menu holds.
 */
export function renderCommitteeSeatModal(metadata: ModalMetadata): View {
  return directoryModal({
    callbackId: callbackIds.committeeSeat,
    title: COMMITTEE_SEAT_TITLE,
    metadata,
    blocks: [
      {
        type: 'context',
        elements: [
          mrkdwn(
            'The committee needs at least one member from the chamber of commerce, the school districts and the workforce board.',
          ),
        ],
      },
      externalSelectField({
        blockId: committeeSeatBlocks.personId,
        label: 'Person',
        placeholder: 'Type part of a name',
        hint: 'Only people in this partnership are listed. Add a missing person with /bridge contact add.',
      }),
      selectField({
        blockId: committeeSeatBlocks.group,
        label: 'Stakeholder group',
        placeholder: 'Choose the group they represent',
        choices: stakeholderGroups.map((group) => option(stakeholderGroupLabels[group], group)),
      }),
    ],
  });
}
