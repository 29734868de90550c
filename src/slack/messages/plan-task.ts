import type { TaskStatus } from '../../db/schema/index.js';
import type { PlanTask } from '../../domain/plan.js';
import { evidenceProblem, taskStatusLabels } from '../../domain/plan-task-form.js';
import { phaseNumber } from '../../domain/plan-template.js';
import { formatDate } from '../../domain/time.js';
import { escapeMrkdwn, escapeMrkdwnWithin } from '../text.js';

export const taskStatusEmoji: Record<TaskStatus, string> = {
  not_started: ':white_circle:',
  in_progress: ':large_blue_circle:',
  done: ':white_check_mark:',
  blocked: ':no_entry:',
};

/** Characters of a task's title and of its evidence shown in a list. */
const TITLE_MAX = 300;
const EVIDENCE_SHOWN_MAX = 300;

/**
 * Describes a task in mrkdwn: its title, then status, owner, due date and phase, then its
 * evidence. A due date before `today` on an unfinished task is marked overdue.
 */
export function describeTask(task: PlanTask, today: string): string {
  const parts = [
    `${taskStatusEmoji[task.status]} ${taskStatusLabels[task.status]}`,
    task.owner ? `Owner: ${escapeMrkdwnWithin(task.owner.name, 100)}` : 'No owner',
    task.dueOn
      ? `Due ${formatDate(task.dueOn)}${isOverdue(task, today) ? ' (overdue)' : ''}`
      : 'No due date',
    `Phase ${phaseNumber(task.phase)}`,
  ];
  const lines = [`*${escapeMrkdwnWithin(task.title, TITLE_MAX)}*`, parts.join(' · ')];

  if (task.evidence) lines.push(`Evidence: ${describeEvidence(task.evidence)}`);

  return lines.join('\n');
}

export function isOverdue(task: PlanTask, today: string): boolean {
  return task.dueOn !== null && task.dueOn < today && task.status !== 'done';
}

/** Renders evidence: a link as a clickable link, and a note as escaped text. */
function describeEvidence(evidence: string): string {
  const isLink = /^https?:\/\//i.test(evidence) && evidenceProblem(evidence) === undefined;

  if (!isLink) return escapeMrkdwnWithin(evidence, EVIDENCE_SHOWN_MAX);

  const target = escapeMrkdwn(new URL(evidence).href).replace(/\|/g, '%7C');

  return `<${target}|${escapeMrkdwnWithin(evidence, 80)}>`;
}
