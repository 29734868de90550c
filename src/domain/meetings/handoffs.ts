import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import {
  employerHandoffs,
  meetingInvitees,
  meetings,
  organizations,
  partnerships,
  people,
} from '../../db/schema/index.js';
import { recordChange } from '../audit.js';
import { listConveners } from '../roles.js';
import { moveEmployerStage } from './outcomes.js';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** An employer that has not responded to a meeting invitation in time. */
export interface DueHandoff {
  partnershipId: string;
  meetingId: string;
  employerId: string;
}

/**
 * Finds employers invited to a meeting (through any of their people) none of whose people has
 * responded `meeting_response_days` days after the first invitation, and that were not handed
 * off for that meeting yet.
 */
export async function findDueHandoffs(db: Database, now: Date): Promise<DueHandoff[]> {
  return db
    .select({
      partnershipId: meetings.partnershipId,
      meetingId: meetings.id,
      employerId: organizations.id,
    })
    .from(meetingInvitees)
    .innerJoin(meetings, eq(meetings.id, meetingInvitees.meetingId))
    .innerJoin(partnerships, eq(partnerships.id, meetings.partnershipId))
    .innerJoin(people, eq(people.id, meetingInvitees.personId))
    .innerJoin(
      organizations,
      and(eq(organizations.id, people.organizationId), eq(organizations.kind, 'employer')),
    )
    .leftJoin(
      employerHandoffs,
      and(
        eq(employerHandoffs.meetingId, meetings.id),
        eq(employerHandoffs.employerId, organizations.id),
      ),
    )
    .where(isNull(employerHandoffs.id))
    .groupBy(
      meetings.partnershipId,
      meetings.id,
      organizations.id,
      partnerships.meetingResponseDays,
    )
    .having(
      and(
        sql`bool_and(${meetingInvitees.response} = 'pending')`,
        sql`min(${meetingInvitees.invitedAt})
          + make_interval(days => ${partnerships.meetingResponseDays})
          <= ${now.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(asc(meetings.id), asc(organizations.id));
}

export interface ContactDetails {
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
}

/** The result of a handoff, for the messages sent after its transaction commits. */
export interface CompletedHandoff {
  meetingTitle: string;
  employerName: string;
  districtName: string | null;
  employerContacts: ContactDetails[];
  /** The district's CTE contacts (or its staff) who have a Slack id and receive the details. */
  recipients: Array<{ name: string; slackUserId: string }>;
  /** Whether the district has such people at all, reachable in Slack or not. */
  districtHasContacts: boolean;
  convenerSlackIds: string[];
}

/**
 * Hands one employer's contact details to the CTE contact of the meeting's district: inserts
 * the handoff's unique row, sets the employer's outreach stage to unresponsive and audits both,
 * in one transaction. Returns undefined when the handoff already happened (a second or
 * concurrent run) or when one of the employer's people responded in the meantime.
 */
export async function performHandoff(
  db: Database,
  due: DueHandoff,
  now: Date,
): Promise<CompletedHandoff | undefined> {
  return db.transaction(async (tx) => {
    const [meeting] = await tx
      .select({ title: meetings.title, districtId: meetings.districtId })
      .from(meetings)
      .where(eq(meetings.id, due.meetingId));

    if (!meeting || (await employerAnswered(tx, due))) return undefined;

    const contacts = meeting.districtId ? await findCteContacts(tx, meeting.districtId) : [];
    const recipients = contacts.flatMap((contact) =>
      contact.slackUserId
        ? [{ id: contact.id, name: contact.name, slackUserId: contact.slackUserId }]
        : [],
    );
    const [handoff] = await tx
      .insert(employerHandoffs)
      .values({
        ...due,
        districtId: meeting.districtId,
        sentToPersonId: recipients[0]?.id ?? null,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning();

    if (!handoff) return undefined;

    await recordChange(tx, {
      partnershipId: due.partnershipId,
      actorPersonId: null,
      channel: 'job',
      action: 'create',
      entityType: 'employer_handoff',
      entityId: handoff.id,
      before: null,
      after: handoff,
    });
    await moveEmployerStage(tx, {
      partnershipId: due.partnershipId,
      employerId: due.employerId,
      stage: 'unresponsive',
      actorPersonId: null,
      now,
    });

    return {
      meetingTitle: meeting.title,
      ...(await describeEmployer(tx, due.employerId)),
      districtName: meeting.districtId ? await organizationName(tx, meeting.districtId) : null,
      recipients: recipients.map(({ name, slackUserId }) => ({ name, slackUserId })),
      districtHasContacts: contacts.length > 0,
      convenerSlackIds: (await listConveners(tx, due.partnershipId)).map((c) => c.slackUserId),
    };
  });
}

/**
 * Reports whether any of the employer's invitees answered. The invitation rows are locked, so an
 * Accept being saved at this moment is waited for and seen, and never overtaken by the handoff.
 */
async function employerAnswered(tx: Transaction, due: DueHandoff): Promise<boolean> {
  const invitations = await tx
    .select({ response: meetingInvitees.response })
    .from(meetingInvitees)
    .innerJoin(people, eq(people.id, meetingInvitees.personId))
    .where(
      and(eq(meetingInvitees.meetingId, due.meetingId), eq(people.organizationId, due.employerId)),
    )
    .for('update', { of: meetingInvitees });

  return invitations.some((invitation) => invitation.response !== 'pending');
}

/**
 * Returns the district's CTE contacts: people of the district or its campuses whose title
 * names CTE (or career and technical education). Without any, the district's staff serve.
 */
async function findCteContacts(tx: Transaction, districtId: string) {
  const ofDistrict = or(
    eq(people.organizationId, districtId),
    eq(organizations.parentId, districtId),
  );
  const columns = { id: people.id, name: people.displayName, slackUserId: people.slackUserId };
  const byName = [asc(sql`lower(${people.displayName})`), asc(people.id)];
  const cte = await tx
    .select(columns)
    .from(people)
    .innerJoin(organizations, eq(organizations.id, people.organizationId))
    .where(
      and(
        ofDistrict,
        sql`(${people.title} ~* '\\mCTE\\M' or ${people.title} ~* 'career and technical')`,
      ),
    )
    .orderBy(...byName);

  if (cte.length > 0) return cte;

  return tx
    .select(columns)
    .from(people)
    .innerJoin(organizations, eq(organizations.id, people.organizationId))
    .where(and(ofDistrict, eq(people.role, 'district')))
    .orderBy(...byName);
}

async function describeEmployer(tx: Transaction, employerId: string) {
  const employerContacts = await tx
    .select({
      name: people.displayName,
      title: people.title,
      email: people.email,
      phone: people.phone,
    })
    .from(people)
    .where(eq(people.organizationId, employerId))
    .orderBy(asc(sql`lower(${people.displayName})`), asc(people.id));

  return { employerName: await organizationName(tx, employerId), employerContacts };
}

async function organizationName(tx: Transaction, id: string): Promise<string> {
  const [row] = await tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, id));

  return row?.name ?? 'an organization that was deleted';
}
