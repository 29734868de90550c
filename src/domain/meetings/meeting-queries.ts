import { and, asc, count, desc, eq, exists, gte, inArray, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { InviteResponse, MeetingKind } from '../../db/schema/index.js';
import { meetingInvitees, meetings, organizations, people } from '../../db/schema/index.js';
import { isUuid } from '../record-owners.js';

export interface ResponseCounts {
  accepted: number;
  declined: number;
  pending: number;
}

export interface MeetingSummary {
  id: string;
  title: string;
  kind: MeetingKind;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  districtId: string | null;
  districtName: string | null;
  createdBy: string | null;
  channelId: string | null;
  messageTs: string | null;
  calendarToken: string;
  counts: ResponseCounts;
  /** The invitation of the person the list was made for, if they are invited. */
  myResponse: InviteResponse | null;
}

const meetingColumns = {
  id: meetings.id,
  title: meetings.title,
  kind: meetings.kind,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
  location: meetings.location,
  districtId: meetings.districtId,
  districtName: organizations.name,
  createdBy: meetings.createdBy,
  channelId: meetings.channelId,
  messageTs: meetings.messageTs,
  calendarToken: meetings.calendarToken,
};

type MeetingRow = Omit<MeetingSummary, 'counts' | 'myResponse'>;

/** Adds response counts and the person's own response, with two queries for any number of rows. */
async function withResponses(
  db: Database,
  rows: MeetingRow[],
  personId: string | undefined,
): Promise<MeetingSummary[]> {
  if (rows.length === 0) return [];

  const ids = rows.map((row) => row.id);
  const totals = await db
    .select({
      meetingId: meetingInvitees.meetingId,
      response: meetingInvitees.response,
      total: count(),
    })
    .from(meetingInvitees)
    .where(inArray(meetingInvitees.meetingId, ids))
    .groupBy(meetingInvitees.meetingId, meetingInvitees.response);
  const mine = personId
    ? await db
        .select({ meetingId: meetingInvitees.meetingId, response: meetingInvitees.response })
        .from(meetingInvitees)
        .where(and(inArray(meetingInvitees.meetingId, ids), eq(meetingInvitees.personId, personId)))
    : [];

  return rows.map((row) => {
    const counts: ResponseCounts = { accepted: 0, declined: 0, pending: 0 };

    for (const total of totals) {
      if (total.meetingId === row.id) counts[total.response] = total.total;
    }

    const myResponse = mine.find((invite) => invite.meetingId === row.id)?.response ?? null;

    return { ...row, counts, myResponse };
  });
}

/** Returns one meeting of a partnership with its counts and the person's own response. */
export async function getMeeting(
  db: Database,
  query: { partnershipId: string; meetingId: string; personId?: string | undefined },
): Promise<MeetingSummary | undefined> {
  if (!isUuid(query.meetingId)) return undefined;

  const rows = await db
    .select(meetingColumns)
    .from(meetings)
    .leftJoin(organizations, eq(organizations.id, meetings.districtId))
    .where(and(eq(meetings.id, query.meetingId), eq(meetings.partnershipId, query.partnershipId)));
  const [meeting] = await withResponses(db, rows, query.personId);

  return meeting;
}

/** Returns a meeting by its calendar token, for the .ics route; any other string finds none. */
export async function getMeetingByCalendarToken(
  db: Database,
  query: { meetingId: string; token: string },
): Promise<MeetingRow | undefined> {
  if (!isUuid(query.meetingId) || !/^[0-9a-f]{64}$/.test(query.token)) return undefined;

  const [row] = await db
    .select(meetingColumns)
    .from(meetings)
    .leftJoin(organizations, eq(organizations.id, meetings.districtId))
    .where(and(eq(meetings.id, query.meetingId), eq(meetings.calendarToken, query.token)));

  return row;
}

/**
 * Lists meetings that have not ended and that the person organized or is invited to, soonest
 * first. For the convener it lists every meeting of the partnership.
 */
export async function listUpcomingMeetings(
  db: Database,
  query: {
    partnershipId: string;
    personId: string;
    seesAll: boolean;
    now: Date;
    limit: number;
    offset?: number;
  },
): Promise<MeetingSummary[]> {
  const invited = exists(
    db
      .select({ one: sql`1` })
      .from(meetingInvitees)
      .where(
        and(
          eq(meetingInvitees.meetingId, meetings.id),
          eq(meetingInvitees.personId, query.personId),
        ),
      ),
  );
  const rows = await db
    .select(meetingColumns)
    .from(meetings)
    .leftJoin(organizations, eq(organizations.id, meetings.districtId))
    .where(
      and(
        eq(meetings.partnershipId, query.partnershipId),
        gte(meetings.endsAt, query.now),
        query.seesAll ? undefined : or(eq(meetings.createdBy, query.personId), invited),
      ),
    )
    .orderBy(asc(meetings.startsAt), asc(meetings.id))
    .limit(query.limit)
    .offset(query.offset ?? 0);

  return withResponses(db, rows, query.personId);
}

/**
 * Lists meetings that have started, latest first, for choosing one whose outcome to record:
 * those the person organized or was invited to, or all of them for the convener.
 */
export async function listRecentMeetings(
  db: Database,
  query: { partnershipId: string; personId: string; seesAll: boolean; now: Date; limit: number },
): Promise<Array<{ id: string; title: string; startsAt: Date }>> {
  const invited = exists(
    db
      .select({ one: sql`1` })
      .from(meetingInvitees)
      .where(
        and(
          eq(meetingInvitees.meetingId, meetings.id),
          eq(meetingInvitees.personId, query.personId),
        ),
      ),
  );

  return db
    .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt })
    .from(meetings)
    .where(
      and(
        eq(meetings.partnershipId, query.partnershipId),
        lt(meetings.startsAt, query.now),
        query.seesAll ? undefined : or(eq(meetings.createdBy, query.personId), invited),
      ),
    )
    .orderBy(desc(meetings.startsAt), asc(meetings.id))
    .limit(query.limit);
}

export interface Invitee {
  id: string;
  personId: string;
  displayName: string;
  organizationName: string | null;
  slackUserId: string | null;
  response: InviteResponse;
  channelId: string | null;
  messageTs: string | null;
}

/** Lists a meeting's invitees by name. */
export async function listInvitees(db: Database, meetingId: string): Promise<Invitee[]> {
  return db
    .select({
      id: meetingInvitees.id,
      personId: meetingInvitees.personId,
      displayName: people.displayName,
      organizationName: organizations.name,
      slackUserId: people.slackUserId,
      response: meetingInvitees.response,
      channelId: meetingInvitees.channelId,
      messageTs: meetingInvitees.messageTs,
    })
    .from(meetingInvitees)
    .innerJoin(people, eq(people.id, meetingInvitees.personId))
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .where(eq(meetingInvitees.meetingId, meetingId))
    .orderBy(asc(sql`lower(${people.displayName})`), asc(people.id));
}

/** Returns a person's name and Slack id, such as a meeting organizer's. */
export async function getPersonName(
  db: Database,
  personId: string,
): Promise<{ displayName: string; slackUserId: string | null } | undefined> {
  const [person] = await db
    .select({ displayName: people.displayName, slackUserId: people.slackUserId })
    .from(people)
    .where(eq(people.id, personId));

  return person;
}
