import type { KnownBlock, PlainTextOption } from '@slack/types';
import type { PlanPhase } from '../../db/schema/index.js';
import { taskStatuses } from '../../db/schema/index.js';
import type { PhaseProgress, PlanTask } from '../../domain/plan.js';
import { computeProgress, tasksNeedingAttention } from '../../domain/plan.js';
import { taskStatusLabels } from '../../domain/plan-task-form.js';
import type { TaskActor } from '../../domain/plan-task-updates.js';
import { mayChangeTask } from '../../domain/plan-task-updates.js';
import { phaseName, phaseNumber, planTemplate } from '../../domain/plan-template.js';
import { actionIds } from '../ids.js';
import type { PlanPage } from '../plan-values.js';
import { planPageValue, planTaskValue } from '../plan-values.js';
import { mrkdwn, plainText } from '../text.js';
import type { SlackMessage } from './help.js';
import { renderPageControls } from './page-buttons.js';
import { describeTask } from './plan-task.js';

/** Tasks per message. With headings, progress and buttons a page stays well under 50 blocks. */
export const TASKS_PER_MESSAGE = 15;

/** How many days ahead `/bridge plan` lists tasks as due soon. */
export const DUE_SOON_DAYS = 14;

export const PLAN_PAGE_BLOCK = 'plan_page';
export const PLAN_PHASES_BLOCK = 'plan_phases';

/** The widest progress bar, in cells; a phase with more tasks is scaled to it. */
const BAR_CELLS_MAX = 10;

export interface PlanView {
  tasks: PlanTask[];
  /** Today in the partnership's time zone, YYYY-MM-DD. */
  today: string;
  /** The reader; the task menu shows on the tasks they may change. */
  viewer: TaskActor;
  /** 0 for the whole plan, 1 to 6 for one phase; and where the page starts. */
  page: PlanPage;
}

/** Renders a bar such as `▓▓▓░░░ 3/6`: one cell per task, scaled to at most ten cells. */
export function progressBar(progress: { done: number; total: number }): string {
  const cells = Math.min(progress.total, BAR_CELLS_MAX);
  const filled = progress.total === 0 ? 0 : Math.round((progress.done / progress.total) * cells);

  return `${'▓'.repeat(filled)}${'░'.repeat(cells - filled)} ${progress.done}/${progress.total}`;
}

/**
 * Renders `/bridge plan`: progress per phase, then blocked tasks and tasks due within two weeks.
 * With a phase number, it renders that phase's tasks instead. Long lists page with Previous/Next.
 */
export function renderPlan(view: PlanView): SlackMessage {
  const progress = computeProgress(view.tasks);
  const phase = planTemplate[view.page.phase - 1]?.phase;

  return phase ? renderPhase(view, phase, progress) : renderOverview(view, progress);
}

function renderOverview(view: PlanView, progress: PhaseProgress[]): SlackMessage {
  const { blocked, dueSoon } = tasksNeedingAttention(view.tasks, view.today, DUE_SOON_DAYS);
  const attention = [...blocked, ...dueSoon];
  const { offset } = view.page;
  const shown = attention.slice(offset, offset + TASKS_PER_MESSAGE);
  const done = progress.reduce((sum, phase) => sum + phase.done, 0);
  const blocks: KnownBlock[] = [
    { type: 'header', text: plainText('Partnership plan') },
    { type: 'section', text: mrkdwn(progress.map(describePhaseProgress).join('\n')) },
    {
      type: 'context',
      elements: [mrkdwn(`${done} of ${view.tasks.length} tasks done. Progress counts done tasks.`)],
    },
  ];

  if (attention.length === 0) {
    blocks.push({
      type: 'section',
      text: mrkdwn(`No task is blocked or due in the next ${DUE_SOON_DAYS} days.`),
    });
  }

  shown.forEach((task, index) => {
    const previous = index === 0 ? undefined : shown[index - 1];

    if (task.status === 'blocked' && previous?.status !== 'blocked') {
      blocks.push(heading(`:no_entry: Blocked (${blocked.length})`));
    }

    if (task.status !== 'blocked' && (!previous || previous.status === 'blocked')) {
      blocks.push(
        heading(`:calendar: Overdue or due in the next ${DUE_SOON_DAYS} days (${dueSoon.length})`),
      );
    }

    blocks.push(renderTask(task, view));
  });

  blocks.push(...pageControls(view, shown.length, attention.length), phaseButtons(0));

  return { text: overviewText(progress, blocked.length, dueSoon.length), blocks };
}

function renderPhase(view: PlanView, phase: PlanPhase, progress: PhaseProgress[]): SlackMessage {
  const number = phaseNumber(phase);
  const inPhase = view.tasks.filter((task) => task.phase === phase);
  const phaseProgress = progress.find((entry) => entry.phase === phase);
  const { offset } = view.page;
  const shown = inPhase.slice(offset, offset + TASKS_PER_MESSAGE);
  const blocks: KnownBlock[] = [
    { type: 'header', text: plainText(`Phase ${number}: ${phaseName(phase)}`) },
    {
      type: 'section',
      text: mrkdwn(`\`${progressBar(phaseProgress ?? { done: 0, total: 0 })}\` tasks done`),
    },
  ];

  if (inPhase.length === 0) {
    blocks.push({ type: 'section', text: mrkdwn('This phase has no tasks.') });
  }

  for (const task of shown) blocks.push(renderTask(task, view));

  blocks.push(...pageControls(view, shown.length, inPhase.length), phaseButtons(number));

  const text = `Phase ${number}: ${phaseName(phase)}, ${phaseProgress?.done ?? 0} of ${inPhase.length} tasks done.`;

  return { text, blocks };
}

function describePhaseProgress(progress: PhaseProgress): string {
  const number = phaseNumber(progress.phase);
  const blocked = progress.blocked > 0 ? ` · :no_entry: ${progress.blocked} blocked` : '';

  return `\`${progressBar(progress)}\` *${number}. ${phaseName(progress.phase)}*${blocked}`;
}

function heading(text: string): KnownBlock {
  return { type: 'section', text: mrkdwn(`*${text}*`) };
}

/** Renders a task, with a menu to set its status or edit it for a reader who may change it. */
function renderTask(task: PlanTask, view: PlanView): KnownBlock {
  const block = {
    type: 'section' as const,
    block_id: `plan_task_${task.id}`,
    text: mrkdwn(describeTask(task, view.today)),
  };
  const decision = mayChangeTask(view.viewer, {
    ownerPersonId: task.owner?.id ?? null,
    title: task.title,
  });

  if (!decision.allowed) return block;

  const options: PlainTextOption[] = taskStatuses
    .filter((status) => status !== task.status)
    .map((status) => ({
      text: plainText(`Mark ${taskStatusLabels[status].toLowerCase()}`),
      value: planTaskValue(status, task.id, view.page),
    }));

  options.push({
    text: plainText('Edit owner, due date, evidence'),
    value: planTaskValue('edit', task.id, view.page),
  });

  return { ...block, accessory: { type: 'overflow', action_id: actionIds.planTaskMenu, options } };
}

function pageControls(view: PlanView, shown: number, total: number): KnownBlock[] {
  const { phase, offset } = view.page;

  return renderPageControls(
    PLAN_PAGE_BLOCK,
    { offset, pageSize: TASKS_PER_MESSAGE, shown, hasMore: offset + shown < total },
    (nextOffset) => planPageValue({ phase, offset: nextOffset }),
  );
}

/** Buttons for each phase's tasks, and for the whole plan when a phase is showing. */
function phaseButtons(current: number): KnownBlock {
  const phases = planTemplate
    .map((_entry, index) => index + 1)
    .filter((number) => number !== current);
  const targets = current === 0 ? phases : [0, ...phases];

  return {
    type: 'actions',
    block_id: PLAN_PHASES_BLOCK,
    elements: targets.map((number) => ({
      type: 'button' as const,
      action_id: `${actionIds.planPhase}_${number}`,
      text: plainText(number === 0 ? 'Whole plan' : `Phase ${number}`),
      value: planPageValue({ phase: number, offset: 0 }),
    })),
  };
}

function overviewText(progress: PhaseProgress[], blocked: number, dueSoon: number): string {
  const lines = progress.map(
    (phase) => `${phaseNumber(phase.phase)}. ${phaseName(phase.phase)}: ${progressBar(phase)}`,
  );

  return [
    'Partnership plan',
    ...lines,
    `${blocked} blocked, ${dueSoon} overdue or due in the next ${DUE_SOON_DAYS} days.`,
  ].join('\n');
}
