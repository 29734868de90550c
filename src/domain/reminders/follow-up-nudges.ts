import { and, asc, eq, isNotNull, lt } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { OutreachStage } from '../../db/schema/index.js';
import { employerOutreach, organizations, people } from '../../db/schema/index.js';
import { listPartnershipsPastTime } from './local-day.js';
import { receivesReminder } from './preferences.js';

/** Local time from which the day's follow-up nudges go out. */
export const FOLLOW_UP_NUDGE_TIME = '08:00';

export interface OverdueFollowUp {
  employerId: string;
  employerName: string;
  stage: OutreachStage;
  nextFollowUpOn: string;
}

/** One outreach owner's nudge for one local day, with every employer whose follow-up passed. */
export interface DueFollowUpNudge {
  partnershipId: string;
  /** The partnership's local date, which is also the delivery period. */
  today: string;
  personId: string;
  slackUserId: string;
  employers: OverdueFollowUp[];
}

/**
 * Lists, for each partnership whose local time is past FOLLOW_UP_NUDGE_TIME, the outreach owners
 * of employers whose next follow-up date is before today (the pipeline's "overdue"), oldest
 * first. Owners without a Slack id, or who turned nudges off or snoozed them, are left out.
 */
export async function listDueFollowUpNudges(db: Database, now: Date): Promise<DueFollowUpNudge[]> {
  const days = await listPartnershipsPastTime(db, now, FOLLOW_UP_NUDGE_TIME);
  const nudges: DueFollowUpNudge[] = [];

  for (const day of days) {
    const rows = await db
      .select({
        employerId: employerOutreach.employerId,
        employerName: organizations.name,
        stage: employerOutreach.stage,
        nextFollowUpOn: employerOutreach.nextFollowUpOn,
        personId: people.id,
        slackUserId: people.slackUserId,
      })
      .from(employerOutreach)
      .innerJoin(organizations, eq(organizations.id, employerOutreach.employerId))
      .innerJoin(people, eq(people.id, employerOutreach.ownerPersonId))
      .where(
        and(
          eq(employerOutreach.partnershipId, day.partnershipId),
          lt(employerOutreach.nextFollowUpOn, day.today),
          isNotNull(people.slackUserId),
          receivesReminder(people.id, 'follow_up_nudge', now),
        ),
      )
      .orderBy(asc(people.id), asc(employerOutreach.nextFollowUpOn), asc(organizations.name));

    nudges.push(...groupByOwner(day, rows));
  }

  return nudges;
}

interface FollowUpRow extends Omit<OverdueFollowUp, 'nextFollowUpOn'> {
  nextFollowUpOn: string | null;
  personId: string;
  slackUserId: string | null;
}

function groupByOwner(
  day: { partnershipId: string; today: string },
  rows: FollowUpRow[],
): DueFollowUpNudge[] {
  const byOwner = new Map<string, DueFollowUpNudge>();

  for (const { personId, slackUserId, nextFollowUpOn, ...employer } of rows) {
    if (!slackUserId || !nextFollowUpOn) continue;

    const nudge = byOwner.get(personId) ?? {
      partnershipId: day.partnershipId,
      today: day.today,
      personId,
      slackUserId,
      employers: [],
    };
    nudge.employers.push({ ...employer, nextFollowUpOn });
    byOwner.set(personId, nudge);
  }

  return [...byOwner.values()];
}
