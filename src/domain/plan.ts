import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.js';
import type { PlanPhase, TaskStatus } from '../db/schema/index.js';
import { people, planPhases, planTasks } from '../db/schema/index.js';
import { recordChange } from './audit.js';
import { planTemplate } from './plan-template.js';
import { isUuid } from './record-owners.js';

export interface PlanTask {
  id: string;
  phase: PlanPhase;
  position: number;
  title: string;
  status: TaskStatus;
  owner: { id: string; name: string; slackUserId: string | null } | null;
  /** YYYY-MM-DD, or null when no due date is set. */
  dueOn: string | null;
  evidence: string | null;
}

export interface PhaseProgress {
  phase: PlanPhase;
  done: number;
  total: number;
  blocked: number;
}

/**
 * Inserts the framework's tasks for a partnership that has none yet, and returns how many it
 * inserted (0 when the plan was already there). A transaction-level advisory lock on the
 * partnership makes concurrent loads take turns, so the tasks are inserted once.
 */
export async function loadPlanTemplate(
  db: Database,
  input: { partnershipId: string; actorPersonId: string | null },
): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`plan:${input.partnershipId}`}))`);

    const [existing] = await tx
      .select({ value: count() })
      .from(planTasks)
      .where(eq(planTasks.partnershipId, input.partnershipId));

    if ((existing?.value ?? 0) > 0) return 0;

    const rows = planTemplate.flatMap((entry) =>
      entry.tasks.map((title, index) => ({
        partnershipId: input.partnershipId,
        phase: entry.phase,
        position: index + 1,
        title,
      })),
    );

    await tx.insert(planTasks).values(rows);
    await recordChange(tx, {
      partnershipId: input.partnershipId,
      actorPersonId: input.actorPersonId,
      channel: 'system',
      action: 'create',
      entityType: 'plan',
      entityId: input.partnershipId,
      before: null,
      after: { tasks: rows.length, source: 'framework template' },
    });

    return rows.length;
  });
}

const owners = alias(people, 'task_owner');

const taskColumns = {
  id: planTasks.id,
  phase: planTasks.phase,
  position: planTasks.position,
  title: planTasks.title,
  status: planTasks.status,
  ownerId: owners.id,
  ownerName: owners.displayName,
  ownerSlackUserId: owners.slackUserId,
  dueOn: planTasks.dueOn,
  evidence: planTasks.evidence,
};

interface TaskRow extends Omit<PlanTask, 'owner'> {
  ownerId: string | null;
  ownerName: string | null;
  ownerSlackUserId: string | null;
}

function toPlanTask(row: TaskRow): PlanTask {
  const { ownerId, ownerName, ownerSlackUserId, ...task } = row;

  return {
    ...task,
    owner:
      ownerId && ownerName ? { id: ownerId, name: ownerName, slackUserId: ownerSlackUserId } : null,
  };
}

const phaseOrder = sql`array_position(${sql.raw(
  `array[${planPhases.map((phase) => `'${phase}'`).join(', ')}]::text[]`,
)}, ${planTasks.phase})`;

/** Returns every task of a partnership's plan, phase by phase in the framework's order. */
export async function listPlanTasks(db: Database, partnershipId: string): Promise<PlanTask[]> {
  const rows = await db
    .select(taskColumns)
    .from(planTasks)
    .leftJoin(owners, eq(owners.id, planTasks.ownerPersonId))
    .where(eq(planTasks.partnershipId, partnershipId))
    .orderBy(phaseOrder, asc(planTasks.position), asc(planTasks.id));

  return rows.map(toPlanTask);
}

/** Returns one task of the partnership, or undefined when it is not there. */
export async function getPlanTask(
  db: Database,
  input: { partnershipId: string; taskId: string },
): Promise<PlanTask | undefined> {
  if (!isUuid(input.taskId)) return undefined;

  const [row] = await db
    .select(taskColumns)
    .from(planTasks)
    .leftJoin(owners, eq(owners.id, planTasks.ownerPersonId))
    .where(and(eq(planTasks.id, input.taskId), eq(planTasks.partnershipId, input.partnershipId)));

  return row ? toPlanTask(row) : undefined;
}

/**
 * Returns a person's tasks that are not done: blocked first, then by due date (undated last),
 * at most `limit`, and how many there are in all.
 */
export async function listOpenTasksOwnedBy(
  db: Database,
  input: { partnershipId: string; personId: string; limit: number },
): Promise<{ tasks: PlanTask[]; total: number }> {
  const where = and(
    eq(planTasks.partnershipId, input.partnershipId),
    eq(planTasks.ownerPersonId, input.personId),
    ne(planTasks.status, 'done'),
  );

  const rows = await db
    .select(taskColumns)
    .from(planTasks)
    .leftJoin(owners, eq(owners.id, planTasks.ownerPersonId))
    .where(where)
    .orderBy(
      sql`case when ${planTasks.status} = 'blocked' then 0 else 1 end`,
      sql`${planTasks.dueOn} asc nulls last`,
      phaseOrder,
      asc(planTasks.position),
    )
    .limit(input.limit);
  const [counted] = await db.select({ value: count() }).from(planTasks).where(where);

  return { tasks: rows.map(toPlanTask), total: counted?.value ?? rows.length };
}

/** Counts done and blocked tasks per phase, for every phase of the framework in order. */
export function computeProgress(tasks: readonly PlanTask[]): PhaseProgress[] {
  return planPhases.map((phase) => {
    const inPhase = tasks.filter((task) => task.phase === phase);

    return {
      phase,
      total: inPhase.length,
      done: inPhase.filter((task) => task.status === 'done').length,
      blocked: inPhase.filter((task) => task.status === 'blocked').length,
    };
  });
}

/**
 * Returns the tasks that need attention: blocked ones first, then those not done that are
 * overdue or due within `days` days of `today` (YYYY-MM-DD), soonest first.
 */
export function tasksNeedingAttention(
  tasks: readonly PlanTask[],
  today: string,
  days: number,
): { blocked: PlanTask[]; dueSoon: PlanTask[] } {
  const horizon = addDays(today, days);
  const blocked = tasks.filter((task) => task.status === 'blocked');
  const dueSoon = tasks
    .filter(
      (task) =>
        task.status !== 'blocked' &&
        task.status !== 'done' &&
        task.dueOn !== null &&
        task.dueOn <= horizon,
    )
    .sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));

  return { blocked, dueSoon };
}

/** Adds whole days to a YYYY-MM-DD date. */
function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);

  return date.toISOString().slice(0, 10);
}
