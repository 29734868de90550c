import type { View } from '@slack/types';
import { taskStatuses } from '../../db/schema/index.js';
import type { PlanTask } from '../../domain/plan.js';
import { EVIDENCE_MAX, taskStatusLabels } from '../../domain/plan-task-form.js';
import { phaseName, phaseNumber } from '../../domain/plan-template.js';
import { callbackIds, planTaskBlocks } from '../ids.js';
import { escapeMrkdwnWithin, mrkdwn } from '../text.js';
import { datePicker, option } from './blocks.js';
import {
  directoryModal,
  externalSelectField,
  selectField,
  textField,
} from './directory-modals/fields.js';
import type { ModalMetadata } from './modal-metadata.js';

export const PLAN_TASK_TITLE = 'Edit plan task';

/**
 * Renders the form that edits a plan task's owner, status, due date and evidence. The owner
 * picker searches as the person types, because a partnership can have more people than a menu holds.
 */
export function renderPlanTaskModal(task: PlanTask, metadata: ModalMetadata): View {
  const phase = `Phase ${phaseNumber(task.phase)}: ${phaseName(task.phase)}`;

  return directoryModal({
    callbackId: callbackIds.planTask,
    title: PLAN_TASK_TITLE,
    metadata: { ...metadata, recordId: task.id },
    blocks: [
      {
        type: 'section',
        text: mrkdwn(`*${escapeMrkdwnWithin(task.title, 500)}*\n${phase}`),
      },
      externalSelectField({
        blockId: planTaskBlocks.ownerPersonId,
        label: 'Owner',
        optional: true,
        placeholder: 'Type part of a name',
        hint: 'The owner updates the task. Leave it empty while nobody has taken it.',
        initial: task.owner ? option(task.owner.name, task.owner.id) : undefined,
      }),
      selectField({
        blockId: planTaskBlocks.status,
        label: 'Status',
        placeholder: 'Choose a status',
        choices: taskStatuses.map((status) => option(taskStatusLabels[status], status)),
        initial: task.status,
      }),
      datePicker({
        blockId: planTaskBlocks.dueOn,
        label: 'Due date',
        optional: true,
        ...(task.dueOn ? { initialDate: task.dueOn } : {}),
      }),
      textField({
        blockId: planTaskBlocks.evidence,
        label: 'Evidence',
        optional: true,
        multiline: true,
        maxLength: EVIDENCE_MAX,
        placeholder: 'A note, or a link such as https://example.org/minutes',
        hint: 'What shows the work is done: a short note or a link to minutes, a report or a post.',
        initial: task.evidence,
      }),
    ],
  });
}
