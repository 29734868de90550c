import type { View } from '@slack/types';
import { wblTypes } from '../../../db/schema/index.js';
import { careerClusters, isCareerCluster } from '../../../domain/career-clusters.js';
import { joinList } from '../../../domain/directory-records/form-fields.js';
import type { ProgramRecord } from '../../../domain/directory-records/programs.js';
import { programLimits } from '../../../domain/directory-records/programs.js';
import { opportunityTypeLabels } from '../../../domain/labels.js';
import { callbackIds, programBlocks } from '../../ids.js';
import { blockKitLimits } from '../../limits.js';
import { option } from '../blocks.js';
import type { ModalMetadata } from '../modal-metadata.js';
import type { OrganizationPicker } from './fields.js';
import {
  checkboxField,
  directoryModal,
  organizationPickerField,
  selectField,
  textField,
} from './fields.js';

const grades = ['6', '7', '8', '9', '10', '11', '12'];
const gradeChoices = grades.map((grade) => option(`Grade ${grade}`, grade));
const wblChoices = wblTypes.map((type) => option(opportunityTypeLabels[type], type));

/** Renders the program form, empty to add a program or filled in to edit one. */
export function renderProgramModal(modal: {
  metadata: ModalMetadata;
  campuses: OrganizationPicker;
  program?: ProgramRecord | undefined;
}): View {
  const { program } = modal;
  const campus = program ? { id: program.campusId, name: program.campusName } : undefined;
  const cluster = program && isCareerCluster(program.careerCluster) ? program.careerCluster : null;

  return directoryModal({
    callbackId: callbackIds.programForm,
    title: program ? 'Edit program' : 'New program',
    metadata: modal.metadata,
    blocks: [
      organizationPickerField({
        blockId: programBlocks.campusId,
        label: 'Campus',
        placeholder: 'Choose the campus',
        picker: modal.campuses,
        initial: campus,
      }),
      textField({
        blockId: programBlocks.name,
        label: 'Program name',
        maxLength: programLimits.name,
        placeholder: 'Welding Technology',
        initial: program?.name,
      }),
      selectField({
        blockId: programBlocks.careerCluster,
        label: 'Career cluster',
        placeholder: 'Choose a career cluster',
        choices: careerClusters.map((name) => option(name, name)),
        initial: cluster,
      }),
      textField({
        blockId: programBlocks.cipCode,
        label: 'CIP code',
        optional: true,
        maxLength: 7,
        placeholder: '48.0508',
        hint: 'Classification of Instructional Programs code: two digits, a point, four digits.',
        initial: program?.cipCode,
      }),
      textField({
        blockId: programBlocks.socCodes,
        label: 'SOC codes',
        optional: true,
        maxLength: programLimits.socCodes * 9,
        placeholder: '51-4121, 47-2211',
        hint: 'Occupations the program prepares for, separated by commas.',
        initial: program ? program.socCodes.join(', ') : undefined,
      }),
      ...gradeFields(program),
      textField({
        blockId: programBlocks.enrollment,
        label: 'Enrollment',
        optional: true,
        maxLength: 6,
        placeholder: '45',
        hint: 'Students enrolled this school year.',
        initial: program?.enrollment,
      }),
      textField({
        blockId: programBlocks.certifications,
        label: 'Certifications',
        optional: true,
        multiline: true,
        maxLength: blockKitLimits.plainTextInputMaxLength,
        placeholder: 'AWS SENSE Level 1\nOSHA 10-Hour General Industry',
        hint: 'Industry certifications students can earn, one per line or separated by commas.',
        initial: program ? joinList(program.certifications) : undefined,
      }),
      checkboxField({
        blockId: programBlocks.wblOffered,
        label: 'Work-based learning offered',
        optional: true,
        choices: wblChoices,
        initial: program?.wblOffered ?? [],
      }),
      checkboxField({
        blockId: programBlocks.wblMissing,
        label: 'Work-based learning missing',
        optional: true,
        hint: 'Kinds the program lacks and would like employers to offer.',
        choices: wblChoices,
        initial: program?.wblMissing ?? [],
      }),
    ],
  });
}

function gradeFields(program: ProgramRecord | undefined) {
  return [
    selectField({
      blockId: programBlocks.lowestGrade,
      label: 'Lowest grade',
      optional: true,
      placeholder: 'Choose a grade',
      choices: gradeChoices,
      initial: program?.lowestGrade?.toString(),
    }),
    selectField({
      blockId: programBlocks.highestGrade,
      label: 'Highest grade',
      optional: true,
      placeholder: 'Choose a grade',
      choices: gradeChoices,
      initial: program?.highestGrade?.toString(),
    }),
  ];
}
