import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { PlanPhase, TaskStatus } from '../../db/schema/index.js';
import { auditLog, planPhases, planTasks } from '../../db/schema/index.js';
import type { MovedTask, PhaseDigest } from './types.js';
import type { DigestWeek } from './week.js';

/**
 * Reads each phase's done, blocked and total tasks, and the tasks whose status changed this
 * week according to the audit log. A task that changed and changed back is left out.
 */
export async function readPhaseProgress(
  db: Database,
  query: { partnershipId: string; week: DigestWeek },
): Promise<PhaseDigest[]> {
  const fromStatus = sql<TaskStatus | null>`(array_agg(${auditLog.before} ->> 'status' order by ${auditLog.createdAt}))[1]`;

  const [counts, moved] = await Promise.all([
    db
      .select({
        phase: planTasks.phase,
        total: sql<number>`count(*)`.mapWith(Number),
        done: sql<number>`count(*) filter (where ${planTasks.status} = 'done')`.mapWith(Number),
        blocked: sql<number>`count(*) filter (where ${planTasks.status} = 'blocked')`.mapWith(
          Number,
        ),
      })
      .from(planTasks)
      .where(eq(planTasks.partnershipId, query.partnershipId))
      .groupBy(planTasks.phase),
    db
      .select({
        id: planTasks.id,
        phase: planTasks.phase,
        position: planTasks.position,
        title: planTasks.title,
        status: planTasks.status,
        from: fromStatus,
      })
      .from(auditLog)
      .innerJoin(planTasks, eq(planTasks.id, auditLog.entityId))
      .where(
        and(
          eq(auditLog.partnershipId, query.partnershipId),
          eq(auditLog.entityType, 'plan_task'),
          gte(auditLog.createdAt, query.week.start),
          lt(auditLog.createdAt, query.week.until),
          sql`(${auditLog.after} -> 'status') is not null`,
        ),
      )
      .groupBy(planTasks.id)
      .orderBy(planTasks.position, planTasks.id),
  ]);

  return planPhases.map((phase) => {
    const counted = counts.find((row) => row.phase === phase);

    return {
      phase,
      total: counted?.total ?? 0,
      done: counted?.done ?? 0,
      blocked: counted?.blocked ?? 0,
      moved: movedIn(phase, moved),
    };
  });
}

function movedIn(
  phase: PlanPhase,
  rows: Array<{
    id: string;
    phase: PlanPhase;
    title: string;
    status: TaskStatus;
    from: TaskStatus | null;
  }>,
): MovedTask[] {
  return rows
    .filter((row) => row.phase === phase && row.from !== row.status)
    .map((row) => ({ id: row.id, title: row.title, from: row.from, to: row.status }));
}
