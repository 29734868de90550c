import type { View } from '@slack/types';
import { joinList } from '../../../domain/directory-records/form-fields.js';
import type { NeedRecord } from '../../../domain/directory-records/needs.js';
import { needLimits } from '../../../domain/directory-records/needs.js';
import { callbackIds, needBlocks } from '../../ids.js';
import { blockKitLimits } from '../../limits.js';
import type { ModalMetadata } from '../modal-metadata.js';
import type { OrganizationPicker } from './fields.js';
import { directoryModal, organizationPickerField, textField } from './fields.js';

/** Renders the industry need form, empty to add a need or filled in to edit one. */
export function renderNeedModal(modal: {
  metadata: ModalMetadata;
  employers: OrganizationPicker;
  need?: NeedRecord | undefined;
  /** The employer a new need starts with, such as the person's own. */
  employer?: { id: string; name: string } | undefined;
}): View {
  const { need } = modal;
  const employer = need ? { id: need.employerId, name: need.employerName } : modal.employer;

  return directoryModal({
    callbackId: callbackIds.needForm,
    title: need ? 'Edit industry need' : 'New industry need',
    metadata: modal.metadata,
    blocks: [
      organizationPickerField({
        blockId: needBlocks.employerId,
        label: 'Employer',
        placeholder: 'Choose the employer',
        picker: modal.employers,
        initial: employer,
      }),
      textField({
        blockId: needBlocks.occupationTitle,
        label: 'Occupation',
        maxLength: needLimits.occupationTitle,
        placeholder: 'Welder',
        initial: need?.occupationTitle,
      }),
      textField({
        blockId: needBlocks.socCode,
        label: 'SOC code',
        optional: true,
        maxLength: 7,
        placeholder: '51-4121',
        hint: 'Standard Occupational Classification code: two digits, a hyphen, four digits.',
        initial: need?.socCode,
      }),
      textField({
        blockId: needBlocks.skills,
        label: 'Skills',
        optional: true,
        multiline: true,
        maxLength: blockKitLimits.plainTextInputMaxLength,
        placeholder: 'Blueprint reading, MIG welding, Shop safety',
        hint: 'Separated by commas, or one per line when a skill contains a comma.',
        initial: need ? joinList(need.skills) : undefined,
      }),
      textField({
        blockId: needBlocks.openingsPerYear,
        label: 'Openings per year',
        optional: true,
        maxLength: 6,
        placeholder: '12',
        initial: need?.openingsPerYear,
      }),
      textField({
        blockId: needBlocks.timeFrame,
        label: 'Time frame',
        optional: true,
        maxLength: needLimits.timeFrame,
        placeholder: 'Next 12 months',
        initial: need?.timeFrame,
      }),
    ],
  });
}
