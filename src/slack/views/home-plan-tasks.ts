import type { KnownBlock } from '@slack/types';
import { taskStatuses } from '../../db/schema/index.js';
import type { PlanTask } from '../../domain/plan.js';
import { taskStatusLabels } from '../../domain/plan-task-form.js';
import { actionIds } from '../ids.js';
import { blockKitLimits } from '../limits.js';
import { describeTask } from '../messages/plan-task.js';
import { mrkdwn, plainText } from '../text.js';

/** The most of a person's open tasks the Home tab lists; each takes two blocks. */
export const HOME_PLAN_TASKS = 6;

/** A person's open plan tasks, as the Home tab shows them. */
export interface HomePlanTasks {
  tasks: PlanTask[];
  /** How many open tasks the person owns in all. */
  total: number;
  /** Today in the partnership's time zone, YYYY-MM-DD. */
  today: string;
}

/**
 * Appends "Your open tasks" to the Home tab's blocks: each task with buttons to set its status
 * and to edit it. The section takes only the blocks the tab has left of the 100 a view allows,
 * and a note such as "3 more: type /bridge plan" counts the tasks that did not fit.
 */
export function appendHomePlanTasks(
  blocks: KnownBlock[],
  section: HomePlanTasks | undefined,
): KnownBlock[] {
  if (!section || section.total === 0) return blocks;

  // A divider, a header and the closing note frame the tasks.
  const budget = blockKitLimits.blocksPerView - blocks.length - 3;

  if (budget < 0) return blocks;

  const fits = Math.min(HOME_PLAN_TASKS, section.tasks.length, Math.floor(budget / 2));
  const shown = section.tasks.slice(0, fits);
  const more = section.total - shown.length;
  const added: KnownBlock[] = [
    { type: 'divider' },
    { type: 'header', text: plainText('Your open tasks') },
  ];

  for (const task of shown) added.push(...renderHomeTask(task, section.today));

  added.push({
    type: 'context',
    elements: [
      mrkdwn(
        more > 0
          ? `${more} more: type \`/bridge plan\` for the whole plan.`
          : 'Type `/bridge plan` for the whole plan.',
      ),
    ],
  });

  return [...blocks, ...added];
}

function renderHomeTask(task: PlanTask, today: string): KnownBlock[] {
  const buttons = taskStatuses
    .filter((status) => status !== task.status && status !== 'not_started')
    .map((status) => ({
      type: 'button' as const,
      action_id: `${actionIds.planTaskStatus}_${status}`,
      text: plainText(taskStatusLabels[status]),
      value: task.id,
      ...(status === 'done' ? { style: 'primary' as const } : {}),
    }));

  return [
    { type: 'section', text: mrkdwn(describeTask(task, today)) },
    {
      type: 'actions',
      block_id: `home_task_${task.id}`,
      elements: [
        ...buttons,
        {
          type: 'button',
          action_id: actionIds.planTaskEdit,
          text: plainText('Edit'),
          value: task.id,
        },
      ],
    },
  ];
}
