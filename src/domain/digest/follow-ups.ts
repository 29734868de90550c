import { and, asc, desc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import {
  actionItems,
  auditLog,
  employerOutreach,
  organizations,
  people,
  successStories,
} from '../../db/schema/index.js';
import { personRef, toListed, totalRows } from './listed.js';
import type { ApprovedStory, DueActionItem, EmployerFollowUp, Listed } from './types.js';
import { ACTION_ITEM_DAYS, DIGEST_LIST_MAX } from './types.js';
import type { DigestWeek } from './week.js';

const ownerColumns = {
  personId: people.id,
  personName: people.displayName,
  personSlackUserId: people.slackUserId,
};

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);

  return date.toISOString().slice(0, 10);
}

/** Reads open action items that are overdue or due in the next 7 days, overdue first. */
export async function readDueActionItems(
  db: Database,
  query: { partnershipId: string; week: DigestWeek },
): Promise<Listed<DueActionItem>> {
  const { today } = query.week;

  const rows = await db
    .select({
      id: actionItems.id,
      description: actionItems.description,
      dueOn: sql<string>`${actionItems.dueOn}::text`,
      overdue: sql<boolean>`${actionItems.dueOn} < ${today}::date`,
      ...ownerColumns,
      total: totalRows,
    })
    .from(actionItems)
    .innerJoin(people, eq(people.id, actionItems.ownerPersonId))
    .where(
      and(
        eq(actionItems.partnershipId, query.partnershipId),
        eq(actionItems.status, 'open'),
        lte(actionItems.dueOn, addDays(today, ACTION_ITEM_DAYS)),
      ),
    )
    .orderBy(asc(actionItems.dueOn), asc(people.displayName), asc(actionItems.id))
    .limit(DIGEST_LIST_MAX);

  return toListed(rows, (row) => ({
    id: row.id,
    description: row.description,
    dueOn: row.dueOn,
    overdue: Boolean(row.overdue),
    owner: { id: row.personId, name: row.personName, slackUserId: row.personSlackUserId },
  }));
}

/**
 * Reads employers whose next follow-up date has passed, oldest first. Employers that declined
 * or were marked unresponsive are left out, because no follow-up with them is expected.
 */
export async function readAwaitingFollowUp(
  db: Database,
  query: { partnershipId: string; week: DigestWeek },
): Promise<Listed<EmployerFollowUp>> {
  const rows = await db
    .select({
      employerId: organizations.id,
      name: organizations.name,
      nextFollowUpOn: employerOutreach.nextFollowUpOn,
      ...ownerColumns,
      total: totalRows,
    })
    .from(employerOutreach)
    .innerJoin(organizations, eq(organizations.id, employerOutreach.employerId))
    .leftJoin(people, eq(people.id, employerOutreach.ownerPersonId))
    .where(
      and(
        eq(employerOutreach.partnershipId, query.partnershipId),
        lt(employerOutreach.nextFollowUpOn, query.week.today),
        sql`${employerOutreach.stage} not in ('declined', 'unresponsive')`,
      ),
    )
    .orderBy(asc(employerOutreach.nextFollowUpOn), asc(organizations.name))
    .limit(DIGEST_LIST_MAX);

  return toListed(rows, (row) => ({
    employerId: row.employerId,
    name: row.name,
    nextFollowUpOn: row.nextFollowUpOn,
    owner: personRef(row),
  }));
}

/**
 * Reads employers that are unresponsive now and whose outreach record moved to that stage this
 * week, by the audit log.
 */
export async function readWentUnresponsive(
  db: Database,
  query: { partnershipId: string; week: DigestWeek },
): Promise<Listed<EmployerFollowUp>> {
  const movedThisWeek = sql`exists (
    select 1 from ${auditLog}
    where ${auditLog.partnershipId} = ${query.partnershipId}
      and ${auditLog.entityType} = 'employer_outreach'
      and ${auditLog.entityId} = ${employerOutreach.employerId}
      and ${auditLog.createdAt} >= ${query.week.start.toISOString()}::timestamptz
      and ${auditLog.createdAt} < ${query.week.until.toISOString()}::timestamptz
      and ${auditLog.after} ->> 'stage' = 'unresponsive'
      and (${auditLog.before} is null or ${auditLog.before} ->> 'stage' is distinct from 'unresponsive')
  )`;

  const rows = await db
    .select({
      employerId: organizations.id,
      name: organizations.name,
      nextFollowUpOn: employerOutreach.nextFollowUpOn,
      ...ownerColumns,
      total: totalRows,
    })
    .from(employerOutreach)
    .innerJoin(organizations, eq(organizations.id, employerOutreach.employerId))
    .leftJoin(people, eq(people.id, employerOutreach.ownerPersonId))
    .where(
      and(
        eq(employerOutreach.partnershipId, query.partnershipId),
        eq(employerOutreach.stage, 'unresponsive'),
        movedThisWeek,
      ),
    )
    .orderBy(asc(organizations.name), asc(organizations.id))
    .limit(DIGEST_LIST_MAX);

  return toListed(rows, (row) => ({
    employerId: row.employerId,
    name: row.name,
    nextFollowUpOn: row.nextFollowUpOn,
    owner: personRef(row),
  }));
}

/** Reads the newest story approved this week, or null when none was. */
export async function readStoryOfTheWeek(
  db: Database,
  query: { partnershipId: string; week: DigestWeek },
): Promise<ApprovedStory | null> {
  const [row] = await db
    .select({ id: successStories.id, title: successStories.title, story: successStories.story })
    .from(successStories)
    .where(
      and(
        eq(successStories.partnershipId, query.partnershipId),
        eq(successStories.status, 'approved'),
        gte(successStories.decidedAt, query.week.start),
        lt(successStories.decidedAt, query.week.until),
      ),
    )
    .orderBy(desc(successStories.decidedAt), asc(successStories.id))
    .limit(1);

  return row ?? null;
}
