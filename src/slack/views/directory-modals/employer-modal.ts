import type { View } from '@slack/types';
import { employerSizes } from '../../../db/schema/index.js';
import { naicsSectorName } from '../../../domain/directory/naics.js';
import type { EmployerRecord, EmployerSize } from '../../../domain/directory-records/employers.js';
import { employerLimits } from '../../../domain/directory-records/employers.js';
import { callbackIds, employerBlocks } from '../../ids.js';
import { option } from '../blocks.js';
import type { ModalMetadata } from '../modal-metadata.js';
import { directoryModal, selectField, textField } from './fields.js';

export const employerSizeLabels: Record<EmployerSize, string> = {
  '1-9': '1–9 employees',
  '10-49': '10–49 employees',
  '50-249': '50–249 employees',
  '250-999': '250–999 employees',
  '1000+': '1,000 or more employees',
};

/** Renders the employer form, empty to add an employer or filled in to edit one. */
export function renderEmployerModal(modal: {
  metadata: ModalMetadata;
  employer?: EmployerRecord | undefined;
}): View {
  const { employer } = modal;

  return directoryModal({
    callbackId: callbackIds.employerForm,
    title: employer ? 'Edit employer' : 'New employer',
    metadata: modal.metadata,
    blocks: [
      textField({
        blockId: employerBlocks.name,
        label: 'Name',
        maxLength: employerLimits.name,
        placeholder: 'Business name',
        initial: employer?.name,
      }),
      textField({
        blockId: employerBlocks.naicsCode,
        label: 'NAICS code',
        optional: true,
        maxLength: 6,
        placeholder: '332312',
        hint: naicsHint(employer?.naicsCode),
        initial: employer?.naicsCode,
      }),
      selectField({
        blockId: employerBlocks.size,
        label: 'Size',
        optional: true,
        placeholder: 'Choose the number of employees',
        choices: employerSizes.map((size) => option(employerSizeLabels[size], size)),
        initial: employer?.size,
      }),
      textField({
        blockId: employerBlocks.address,
        label: 'Street address',
        optional: true,
        maxLength: employerLimits.address,
        placeholder: '1200 Shoreline Blvd, Port Alder, TX',
        initial: employer?.address,
      }),
      textField({
        blockId: employerBlocks.zip,
        label: 'ZIP code',
        optional: true,
        maxLength: 5,
        placeholder: '78374',
        hint: 'Five digits. Bridge places the employer on the map at the center of this ZIP code.',
        initial: employer?.zip,
      }),
    ],
  });
}

function naicsHint(code: string | null | undefined): string {
  const sector = code ? naicsSectorName(code) : undefined;
  const format =
    '2 to 6 digits of the 2022 North American Industry Classification System; the first two name the sector.';

  return sector
    ? `Sector: ${sector}. ${format}`
    : `${format} For example, 332312 is in Manufacturing.`;
}
