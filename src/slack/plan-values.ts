import type { TaskStatus } from '../db/schema/index.js';
import { taskStatuses } from '../db/schema/index.js';
import { isUuid } from '../domain/record-owners.js';

/** Action of a task's menu option: a status to set, or `edit` to open the edit form. */
export type TaskMenuAction = TaskStatus | 'edit';

/** Plan message and page a click came from. Phase 0 is the whole plan, 1 to 6 one phase. */
export interface PlanPage {
  phase: number;
  offset: number;
}

/** The largest offset a plan page button carries; anything larger is not a real button's. */
const MAX_OFFSET = 10_000;

/**
 * Builds the value of a task's menu option, such as `done:<task id>:0:15`. Slack allows 150
 * characters in an option value, and this takes at most 63.
 */
export function planTaskValue(action: TaskMenuAction, taskId: string, page: PlanPage): string {
  return `${action}:${taskId}:${page.phase}:${page.offset}`;
}

/** Reads a task menu value; anything Bridge did not write reads as undefined. */
export function parsePlanTaskValue(
  value: string,
): { action: TaskMenuAction; taskId: string; page: PlanPage } | undefined {
  const [action, taskId, phase, offset, ...rest] = value.split(':');
  const page = parsePlanPage(phase, offset);

  if (rest.length > 0 || !taskId || !isUuid(taskId) || !page) return undefined;
  if (action !== 'edit' && !taskStatuses.includes(action as TaskStatus)) return undefined;

  return { action: action as TaskMenuAction, taskId, page };
}

/** Builds the value of a plan page button, such as `3:15` for phase 3 from its 16th task. */
export function planPageValue(page: PlanPage): string {
  return `${page.phase}:${page.offset}`;
}

/** Reads a plan page button's value; anything Bridge did not write reads as undefined. */
export function parsePlanPageValue(value: string | undefined): PlanPage | undefined {
  const [phase, offset, ...rest] = (value ?? '').split(':');

  return rest.length > 0 ? undefined : parsePlanPage(phase, offset);
}

function parsePlanPage(phase: string | undefined, offset: string | undefined) {
  if (!phase || !offset || !/^[0-6]$/.test(phase) || !/^\d{1,5}$/.test(offset)) return undefined;

  const page = { phase: Number(phase), offset: Number(offset) };

  return page.offset <= MAX_OFFSET ? page : undefined;
}
