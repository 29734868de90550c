import { and, asc, count, eq, gte, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.js';
import type { EventKind, RsvpStatus } from '../db/schema/index.js';
import { events, rsvps } from '../db/schema/index.js';
import type { EventInput } from './event-form.js';

export type { EventForm, EventInput } from './event-form.js';
export { eventLimits, parseEventForm } from './event-form.js';

export interface RsvpCounts {
  going: number;
  maybe: number;
  notGoing: number;
}

export interface EventSummary {
  id: string;
  title: string;
  kind: EventKind;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  capacity: number | null;
  description: string | null;
  channelId: string | null;
  messageTs: string | null;
  counts: RsvpCounts;
  /** The RSVP of the person the list was made for, if any. */
  myRsvp: RsvpStatus | null;
}

/** Stores an event; a retried request with the same `sourceKey` returns the first row. */
export async function createEvent(
  db: Database,
  input: {
    partnershipId: string;
    createdBy: string;
    sourceKey: string;
    event: EventInput;
    now: Date;
  },
): Promise<{ id: string; created: boolean }> {
  const inserted = await db
    .insert(events)
    .values({
      ...input.event,
      partnershipId: input.partnershipId,
      createdBy: input.createdBy,
      sourceKey: input.sourceKey,
      createdAt: input.now,
    })
    .onConflictDoNothing({ target: events.sourceKey })
    .returning({ id: events.id });

  if (inserted[0]) return { id: inserted[0].id, created: true };

  const [existing] = await db
    .select({ id: events.id })
    .from(events)
    .where(eq(events.sourceKey, input.sourceKey));

  if (!existing) throw new Error(`Event with source key ${input.sourceKey} vanished`);

  return { id: existing.id, created: false };
}

/** Records where an event's announcement was posted, so RSVP counts can update it. */
export async function setEventAnnouncement(
  db: Database,
  input: { eventId: string; channelId: string; messageTs: string },
): Promise<void> {
  await db
    .update(events)
    .set({ channelId: input.channelId, messageTs: input.messageTs })
    .where(eq(events.id, input.eventId));
}

/** The outcome of an RSVP click: recorded, or the reason it was not. */
export type RsvpResult =
  | { outcome: 'recorded'; event: EventSummary }
  | { outcome: 'full'; event: EventSummary }
  | { outcome: 'ended'; event: EventSummary }
  | { outcome: 'not_found' };

/**
 * Records a person's RSVP for an event unless the event has ended or a new Going would pass
 * its capacity. A second RSVP from the same person replaces the first. The event row stays
 * locked from the check to the write, so simultaneous Going clicks cannot overfill the event.
 */
export async function recordRsvp(
  db: Database,
  input: {
    partnershipId: string;
    eventId: string;
    personId: string;
    status: RsvpStatus;
    now: Date;
  },
): Promise<RsvpResult> {
  if (!z.uuid().safeParse(input.eventId).success) return { outcome: 'not_found' };

  const outcome = await db.transaction(async (tx) => {
    const [event] = await tx
      .select({ endsAt: events.endsAt, capacity: events.capacity })
      .from(events)
      .where(and(eq(events.id, input.eventId), eq(events.partnershipId, input.partnershipId)))
      .for('update');

    if (!event) return 'not_found';
    if (event.endsAt <= input.now) return 'ended';

    if (input.status === 'going' && event.capacity !== null) {
      if (await isFullFor(tx, { ...input, capacity: event.capacity })) return 'full';
    }

    await tx
      .insert(rsvps)
      .values({ eventId: input.eventId, personId: input.personId, status: input.status })
      .onConflictDoUpdate({
        target: [rsvps.eventId, rsvps.personId],
        set: { status: input.status, updatedAt: sql`now()` },
      });

    return 'recorded';
  });

  if (outcome === 'not_found') return { outcome };

  const event = await getEvent(db, input);

  // The event may have been deleted between the commit and this read.
  if (!event) return { outcome: 'not_found' };

  return { outcome, event };
}

/** Checks whether the event has no place left for this person to be Going. */
async function isFullFor(
  db: Database,
  query: { eventId: string; personId: string; capacity: number },
): Promise<boolean> {
  const [current] = await db
    .select({ status: rsvps.status })
    .from(rsvps)
    .where(and(eq(rsvps.eventId, query.eventId), eq(rsvps.personId, query.personId)));

  // Someone already Going keeps their place when they click Going again.
  if (current?.status === 'going') return false;

  const [going] = await db
    .select({ total: count() })
    .from(rsvps)
    .where(and(eq(rsvps.eventId, query.eventId), eq(rsvps.status, 'going')));

  return (going?.total ?? 0) >= query.capacity;
}

/** Counts an event's RSVPs by status. */
export async function countRsvps(db: Database, eventId: string): Promise<RsvpCounts> {
  const totals = await db
    .select({ status: rsvps.status, total: count() })
    .from(rsvps)
    .where(eq(rsvps.eventId, eventId))
    .groupBy(rsvps.status);

  return tallyCounts(totals);
}

function tallyCounts(totals: Array<{ status: RsvpStatus; total: number }>): RsvpCounts {
  const counts: RsvpCounts = { going: 0, maybe: 0, notGoing: 0 };

  for (const { status, total } of totals) {
    if (status === 'going') counts.going = total;
    if (status === 'maybe') counts.maybe = total;
    if (status === 'not_going') counts.notGoing = total;
  }

  return counts;
}

const eventColumns = {
  id: events.id,
  title: events.title,
  kind: events.kind,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  venue: events.venue,
  capacity: events.capacity,
  description: events.description,
  channelId: events.channelId,
  messageTs: events.messageTs,
};

/**
 * Adds RSVP counts and the person's own RSVP to event rows, with two queries whatever the
 * number of events.
 */
async function withRsvps(
  db: Database,
  rows: Array<Omit<EventSummary, 'counts' | 'myRsvp'>>,
  personId: string | undefined,
): Promise<EventSummary[]> {
  if (rows.length === 0) return [];

  const eventIds = rows.map((row) => row.id);
  const totals = await db
    .select({ eventId: rsvps.eventId, status: rsvps.status, total: count() })
    .from(rsvps)
    .where(inArray(rsvps.eventId, eventIds))
    .groupBy(rsvps.eventId, rsvps.status);
  const mine = personId
    ? await db
        .select({ eventId: rsvps.eventId, status: rsvps.status })
        .from(rsvps)
        .where(and(inArray(rsvps.eventId, eventIds), eq(rsvps.personId, personId)))
    : [];

  return rows.map((row) => {
    const counts = tallyCounts(totals.filter((total) => total.eventId === row.id));
    const myRsvp = mine.find((answer) => answer.eventId === row.id)?.status ?? null;

    return { ...row, counts, myRsvp };
  });
}

/** Returns one event of a partnership with its counts and the person's own RSVP. */
export async function getEvent(
  db: Database,
  query: { partnershipId: string; eventId: string; personId?: string | undefined },
): Promise<EventSummary | undefined> {
  const rows = await db
    .select(eventColumns)
    .from(events)
    .where(and(eq(events.id, query.eventId), eq(events.partnershipId, query.partnershipId)));
  const [event] = await withRsvps(db, rows, query.personId);

  return event;
}

/** Lists events that have not ended, soonest first, with the person's own RSVP. */
export async function listUpcomingEvents(
  db: Database,
  query: {
    partnershipId: string;
    personId?: string | undefined;
    now: Date;
    limit: number;
    /** Rows to skip, for the pages after the first. */
    offset?: number;
  },
): Promise<EventSummary[]> {
  const rows = await db
    .select(eventColumns)
    .from(events)
    .where(and(eq(events.partnershipId, query.partnershipId), gte(events.endsAt, query.now)))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(query.limit)
    .offset(query.offset ?? 0);

  return withRsvps(db, rows, query.personId);
}
