import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { eventBooths, events, meetingOutcomes, meetings, rsvps } from '../../db/schema/index.js';
import { toListed, totalRows } from './listed.js';
import type { HeldMeeting, Listed, UpcomingEvent } from './types.js';
import { DIGEST_LIST_MAX, UPCOMING_EVENT_DAYS } from './types.js';
import type { DigestWeek } from './week.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The outer event's id, qualified by hand: Drizzle leaves columns of a single-table select
 * unqualified, and inside a subquery an unqualified "id" would name the subquery's own row.
 */
const outerEventId = sql.raw('"events"."id"');

function rsvpCount(status: 'going' | 'maybe' | 'waitlisted') {
  return sql<number>`(select count(*) from ${rsvps} where ${rsvps.eventId} = ${outerEventId} and ${rsvps.status} = ${status})`.mapWith(
    Number,
  );
}

/**
 * Reads the events that start in the 14 days after the digest's moment, soonest first, with
 * their Going, Maybe and waitlisted counts and booths.
 */
export async function readUpcomingEvents(
  db: Database,
  query: { partnershipId: string; week: DigestWeek },
): Promise<Listed<UpcomingEvent>> {
  const horizon = new Date(query.week.end.getTime() + UPCOMING_EVENT_DAYS * DAY_MS);

  const rows = await db
    .select({
      id: events.id,
      title: events.title,
      kind: events.kind,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      capacity: events.capacity,
      going: rsvpCount('going'),
      maybe: rsvpCount('maybe'),
      waitlisted: rsvpCount('waitlisted'),
      booths:
        sql<number>`(select count(*) from ${eventBooths} where ${eventBooths.eventId} = ${outerEventId})`.mapWith(
          Number,
        ),
      total: totalRows,
    })
    .from(events)
    .where(
      and(
        eq(events.partnershipId, query.partnershipId),
        gte(events.startsAt, query.week.end),
        lt(events.startsAt, horizon),
      ),
    )
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(DIGEST_LIST_MAX);

  return toListed(rows, ({ total: _total, ...row }) => row);
}

/** Reads the meetings that started this week, oldest first, with their recorded outcomes. */
export async function readHeldMeetings(
  db: Database,
  query: { partnershipId: string; week: DigestWeek },
): Promise<Listed<HeldMeeting>> {
  const rows = await db
    .select({
      id: meetings.id,
      title: meetings.title,
      startsAt: meetings.startsAt,
      summary: meetingOutcomes.summary,
      decisions: meetingOutcomes.decisions,
      total: totalRows,
    })
    .from(meetings)
    .leftJoin(meetingOutcomes, eq(meetingOutcomes.meetingId, meetings.id))
    .where(
      and(
        eq(meetings.partnershipId, query.partnershipId),
        gte(meetings.startsAt, query.week.start),
        lt(meetings.startsAt, query.week.until),
      ),
    )
    .orderBy(asc(meetings.startsAt), asc(meetings.id))
    .limit(DIGEST_LIST_MAX);

  return toListed(rows, ({ total: _total, ...row }) => row);
}
