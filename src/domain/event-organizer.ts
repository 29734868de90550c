import { and, eq, gt, isNotNull, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Database } from '../db/client.js';
import type { PersonRole } from '../db/schema/index.js';
import { events, partnerships } from '../db/schema/index.js';
import type { AccessDecision } from './access.js';

/** The fields of an event that its organizer's tools read. */
export interface OrganizedEvent {
  id: string;
  partnershipId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  description: string | null;
  capacity: number | null;
  createdBy: string | null;
}

/** Returns one event of a partnership, or undefined when the id names none. */
export async function findOrganizedEvent(
  db: Database,
  query: { partnershipId: string; eventId: string },
): Promise<OrganizedEvent | undefined> {
  if (!z.uuid().safeParse(query.eventId).success) return undefined;

  const [event] = await db
    .select({
      id: events.id,
      partnershipId: events.partnershipId,
      title: events.title,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      venue: events.venue,
      description: events.description,
      capacity: events.capacity,
      createdBy: events.createdBy,
    })
    .from(events)
    .where(and(eq(events.id, query.eventId), eq(events.partnershipId, query.partnershipId)));

  return event;
}

/**
 * Decides whether a person may manage an event's booths and check-in: its organizer (the person
 * who created it) and the convener may.
 */
export function mayManageEvent(
  actor: { personId: string; role: PersonRole },
  event: Pick<OrganizedEvent, 'createdBy'>,
  work: string,
): AccessDecision {
  if (actor.role === 'convener' || actor.personId === event.createdBy) return { allowed: true };

  return {
    allowed: false,
    reason: `Only the event's organizer (the person who created it) or the convener can ${work}.`,
  };
}

/** Checks whether `now` falls on a day of the event, by the calendar of the time zone. */
export function isEventDay(
  event: Pick<OrganizedEvent, 'startsAt' | 'endsAt'>,
  now: Date,
  timeZone: string,
): boolean {
  const day = (instant: Date) => DateTime.fromJSDate(instant, { zone: timeZone }).toISODate() ?? '';
  const today = day(now);

  // ISO dates compare correctly as strings.
  return today >= day(event.startsAt) && today <= day(event.endsAt);
}

/**
 * Lists announced events whose first day began (midnight in the partnership's time zone) within
 * `windowMs` before `now`, so that their announcements can gain the "Check in" button.
 */
export async function listEventDaysBegun(
  db: Database,
  query: { now: Date; windowMs: number },
): Promise<Array<{ id: string; partnershipId: string }>> {
  const since = new Date(query.now.getTime() - query.windowMs);
  const localMidnight = sql`(date_trunc('day', ${events.startsAt} at time zone ${partnerships.timeZone}) at time zone ${partnerships.timeZone})`;

  return db
    .select({ id: events.id, partnershipId: events.partnershipId })
    .from(events)
    .innerJoin(partnerships, eq(partnerships.id, events.partnershipId))
    .where(
      and(
        isNotNull(events.messageTs),
        gt(events.endsAt, query.now),
        sql`${localMidnight} > ${since.toISOString()}::timestamptz`,
        sql`${localMidnight} <= ${query.now.toISOString()}::timestamptz`,
      ),
    );
}

/** Returns the fields of an event that its calendar file shows, by id alone. */
export async function findEventForCalendar(
  db: Database,
  eventId: string,
): Promise<
  Pick<OrganizedEvent, 'id' | 'title' | 'startsAt' | 'endsAt' | 'venue' | 'description'> | undefined
> {
  if (!z.uuid().safeParse(eventId).success) return undefined;

  const [event] = await db
    .select({
      id: events.id,
      title: events.title,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      venue: events.venue,
      description: events.description,
    })
    .from(events)
    .where(eq(events.id, eventId));

  return event;
}
