import { and, eq } from 'drizzle-orm';
import type { DateTime } from 'luxon';
import type { Database } from '../db/client.js';
import type { PlanPhase, TaskStatus } from '../db/schema/index.js';
import { planTasks } from '../db/schema/index.js';
import { loadPlanTemplate } from '../domain/plan.js';

/** Owners, statuses and due dates of demo plan tasks, which are found by phase and position. */
const demoTaskProgress: Array<{
  phase: PlanPhase;
  position: number;
  ownerSlackUserId: string;
  status: TaskStatus;
  dueInDays: number;
  evidence?: string;
}> = [
  {
    phase: 'establishment',
    position: 1,
    ownerSlackUserId: 'U0LOCAL01',
    status: 'done',
    dueInDays: -30,
    evidence: 'Committee seated at the kickoff meeting: chamber, two districts and the board.',
  },
  {
    phase: 'establishment',
    position: 2,
    ownerSlackUserId: 'U0LOCAL01',
    status: 'done',
    dueInDays: -14,
    evidence: 'https://gulfbendworkforce.example.org/partnership/kickoff-notes',
  },
  {
    phase: 'establishment',
    position: 3,
    ownerSlackUserId: 'U0LOCAL05',
    status: 'in_progress',
    dueInDays: 10,
  },
  {
    phase: 'establishment',
    position: 4,
    ownerSlackUserId: 'U0LOCAL03',
    status: 'in_progress',
    dueInDays: 5,
  },
  {
    phase: 'establishment',
    position: 5,
    ownerSlackUserId: 'U0LOCAL03',
    status: 'blocked',
    dueInDays: 20,
    evidence: 'Waiting for campus addresses from Mesquite Flats ISD.',
  },
  {
    phase: 'alignment_of_needs',
    position: 1,
    ownerSlackUserId: 'U0LOCAL01',
    status: 'not_started',
    dueInDays: 12,
  },
  {
    phase: 'alignment_of_needs',
    position: 5,
    ownerSlackUserId: 'U0LOCAL01',
    status: 'in_progress',
    dueInDays: 30,
  },
  {
    phase: 'program_development',
    position: 2,
    ownerSlackUserId: 'U0LOCAL02',
    status: 'not_started',
    dueInDays: 45,
  },
];

/**
 * Loads the framework's plan for the demo partnership and gives a few tasks owners, statuses
 * and due dates, so that the demo plan shows progress, blocked work and tasks due soon.
 */
export async function insertDemoPlan(
  db: Database,
  input: { partnershipId: string; slackMemberIds: Map<string, string>; today: DateTime },
): Promise<void> {
  await loadPlanTemplate(db, { partnershipId: input.partnershipId, actorPersonId: null });

  for (const task of demoTaskProgress) {
    await db
      .update(planTasks)
      .set({
        ownerPersonId: input.slackMemberIds.get(task.ownerSlackUserId) ?? null,
        status: task.status,
        dueOn: input.today.plus({ days: task.dueInDays }).toISODate(),
        evidence: task.evidence ?? null,
      })
      .where(
        and(
          eq(planTasks.partnershipId, input.partnershipId),
          eq(planTasks.phase, task.phase),
          eq(planTasks.position, task.position),
        ),
      );
  }
}
