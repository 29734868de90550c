import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import type { PersonRole, TaskStatus } from '../db/schema/index.js';
import { people, planTasks } from '../db/schema/index.js';
import type { AccessDecision } from './access.js';
import { recordChange } from './audit.js';
import { ValidationError } from './errors.js';
import type { PlanTask } from './plan.js';
import { getPlanTask } from './plan.js';
import type { TaskForm } from './plan-task-form.js';
import { taskFields } from './plan-task-form.js';
import { isUuid } from './record-owners.js';

export interface TaskActor {
  personId: string;
  role: PersonRole;
}

export type TaskUpdateResult =
  | { outcome: 'updated' | 'unchanged'; task: PlanTask }
  | { outcome: 'not_found' }
  | { outcome: 'not_allowed'; reason: string };

/**
 * Decides whether a person may change a task: the convener changes any task, and a task's
 * owner changes their own. Everyone else is refused with the reason.
 */
export function mayChangeTask(
  actor: TaskActor,
  task: { ownerPersonId: string | null; ownerName?: string | null; title: string },
): AccessDecision {
  if (actor.role === 'convener') return { allowed: true };
  if (task.ownerPersonId !== null && task.ownerPersonId === actor.personId) {
    return { allowed: true };
  }

  const title = shorten(task.title);
  const reason =
    task.ownerPersonId === null
      ? `“${title}” has no owner yet, so only the convener can change it. Ask the convener to assign it to you.`
      : `“${title}” belongs to ${task.ownerName ?? 'another person'}; only its owner or the convener can change it.`;

  return { allowed: false, reason };
}

interface UpdateInput {
  partnershipId: string;
  actor: TaskActor;
  taskId: string;
  now: Date;
}

/** Sets a task's status when the person may change the task; the change is audited. */
export function updateTaskStatus(
  db: Database,
  input: UpdateInput & { status: TaskStatus },
): Promise<TaskUpdateResult> {
  return changeTask(db, input, (current) => ({ ...current, status: input.status }));
}

/**
 * Sets a task's owner, status, due date and evidence when the person may change the task.
 * Throws ValidationError, keyed by taskFields, for an owner outside the partnership.
 */
export function updateTaskDetails(
  db: Database,
  input: UpdateInput & { form: TaskForm },
): Promise<TaskUpdateResult> {
  return changeTask(db, input, () => ({ ...input.form }), input.form.ownerPersonId);
}

type StoredFields = TaskForm;

async function changeTask(
  db: Database,
  input: UpdateInput,
  change: (current: StoredFields) => StoredFields,
  newOwnerId?: string | null,
): Promise<TaskUpdateResult> {
  if (!isUuid(input.taskId)) return { outcome: 'not_found' };

  const stored = await db.transaction(async (tx) => {
    const current = await lockTask(tx, input);

    if (!current) return { outcome: 'not_found' as const };

    const decision = mayChangeTask(input.actor, current);

    if (!decision.allowed) return { outcome: 'not_allowed' as const, reason: decision.reason };
    if (newOwnerId) await checkOwner(tx, input.partnershipId, newOwnerId);

    const before: StoredFields = {
      ownerPersonId: current.ownerPersonId,
      status: current.status,
      dueOn: current.dueOn,
      evidence: current.evidence,
    };
    const after = change(before);

    if (sameFields(before, after)) return { outcome: 'unchanged' as const };

    await tx
      .update(planTasks)
      .set({ ...after, updatedAt: input.now })
      .where(eq(planTasks.id, input.taskId));
    await recordChange(tx, {
      partnershipId: input.partnershipId,
      actorPersonId: input.actor.personId,
      channel: 'slack',
      action: 'update',
      entityType: 'plan_task',
      entityId: input.taskId,
      before: changedOnly(before, after),
      after: changedOnly(after, before),
    });

    return { outcome: 'updated' as const };
  });

  if (stored.outcome === 'not_found' || stored.outcome === 'not_allowed') return stored;

  const task = await getPlanTask(db, input);

  return task ? { outcome: stored.outcome, task } : { outcome: 'not_found' };
}

async function lockTask(db: Database, input: UpdateInput) {
  const [row] = await db
    .select({
      title: planTasks.title,
      ownerPersonId: planTasks.ownerPersonId,
      status: planTasks.status,
      dueOn: planTasks.dueOn,
      evidence: planTasks.evidence,
    })
    .from(planTasks)
    .where(and(eq(planTasks.id, input.taskId), eq(planTasks.partnershipId, input.partnershipId)))
    .for('update');

  if (!row) return undefined;

  const [owner] = row.ownerPersonId
    ? await db
        .select({ name: people.displayName })
        .from(people)
        .where(eq(people.id, row.ownerPersonId))
    : [];

  return { ...row, ownerName: owner?.name ?? null };
}

async function checkOwner(db: Database, partnershipId: string, personId: string): Promise<void> {
  const [owner] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.partnershipId, partnershipId)));

  if (!owner) {
    throw new ValidationError({
      [taskFields.ownerPersonId]:
        'That person is not in this partnership. Type part of their name and choose them from the list.',
    });
  }
}

function sameFields(a: StoredFields, b: StoredFields): boolean {
  return (Object.keys(a) as Array<keyof StoredFields>).every((key) => a[key] === b[key]);
}

/** Keeps only the fields whose value differs from `other`, so an audit row shows the change. */
function changedOnly(fields: StoredFields, other: StoredFields): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).filter(([key, value]) => other[key as keyof StoredFields] !== value),
  );
}

function shorten(title: string): string {
  return title.length > 80 ? `${title.slice(0, 79)}…` : title;
}
