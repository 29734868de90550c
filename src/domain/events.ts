import { and, asc, count, eq, gte, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.js';
import type { EventKind, RsvpStatus } from '../db/schema/index.js';
import { events, rsvps } from '../db/schema/index.js';
import { recordChange } from './audit.js';
import type { EventInput } from './event-form.js';
import type { PromotedPerson } from './event-waitlist.js';
import {
  countGoing,
  countWaitlisted,
  nextWaitlistTime,
  promoteFromWaitlist,
  waitlistPosition,
} from './event-waitlist.js';

export type { EventForm, EventInput } from './event-form.js';
export { eventLimits, parseEventForm } from './event-form.js';

export interface RsvpCounts {
  going: number;
  maybe: number;
  notGoing: number;
  waitlisted: number;
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
  const inserted = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(events)
      .values({
        ...input.event,
        partnershipId: input.partnershipId,
        createdBy: input.createdBy,
        sourceKey: input.sourceKey,
        createdAt: input.now,
      })
      .onConflictDoNothing({ target: events.sourceKey })
      .returning();

    if (row) {
      await recordChange(tx, {
        partnershipId: input.partnershipId,
        actorPersonId: input.createdBy,
        channel: 'slack',
        action: 'create',
        entityType: 'event',
        entityId: row.id,
        before: null,
        after: row,
      });
    }

    return row;
  });

  if (inserted) return { id: inserted.id, created: true };

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
  | {
      outcome: 'recorded';
      /** The stored status: a Going on a full event is stored as `waitlisted`. */
      status: RsvpStatus;
      /** The person's place on the waitlist (1 is next), when they are on it. */
      waitlistPosition: number | null;
      /** People this change moved from the waitlist to Going; each is returned once. */
      promoted: PromotedPerson[];
      event: EventSummary;
    }
  | { outcome: 'ended'; event: EventSummary }
  | { outcome: 'not_found' };

type LockedOutcome =
  | { outcome: 'not_found' | 'ended' }
  | {
      outcome: 'recorded';
      status: RsvpStatus;
      waitlistPosition: number | null;
      promoted: PromotedPerson[];
    };

/**
 * Records a person's RSVP for an event unless the event has ended. A second RSVP from the same
 * person replaces the first. A Going on a full event, or while others wait, becomes a waitlist
 * place. When a Going person changes their RSVP, the earliest waitlisted people take the free
 * places. The event row stays locked from the check to the write, so simultaneous clicks can
 * neither overfill the event nor give one place to two people.
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

  const locked = await db.transaction(async (tx): Promise<LockedOutcome> => {
    const [event] = await tx
      .select({ endsAt: events.endsAt, capacity: events.capacity })
      .from(events)
      .where(and(eq(events.id, input.eventId), eq(events.partnershipId, input.partnershipId)))
      .for('update');

    if (!event) return { outcome: 'not_found' };
    if (event.endsAt <= input.now) return { outcome: 'ended' };

    const status = await storeRsvp(tx, { ...input, capacity: event.capacity });
    const promoted = await promoteFromWaitlist(tx, {
      partnershipId: input.partnershipId,
      eventId: input.eventId,
      capacity: event.capacity,
      actorPersonId: input.personId,
    });
    const position = status === 'waitlisted' ? await waitlistPosition(tx, input) : null;

    return { outcome: 'recorded', status, waitlistPosition: position, promoted };
  });

  if (locked.outcome === 'not_found') return { outcome: 'not_found' };

  const event = await getEvent(db, input);

  // The event may have been deleted between the commit and this read.
  if (!event) return { outcome: 'not_found' };
  if (locked.outcome === 'ended') return { outcome: 'ended', event };

  return { ...locked, event };
}

/**
 * Writes the person's RSVP, turning a Going into a waitlist place when the event has no free
 * place, and audits the change. Returns the stored status. Call it with the event row locked.
 */
async function storeRsvp(
  tx: Database,
  input: {
    partnershipId: string;
    eventId: string;
    personId: string;
    status: RsvpStatus;
    capacity: number | null;
    now: Date;
  },
): Promise<RsvpStatus> {
  const [current] = await tx
    .select({ id: rsvps.id, status: rsvps.status, waitlistedAt: rsvps.waitlistedAt })
    .from(rsvps)
    .where(and(eq(rsvps.eventId, input.eventId), eq(rsvps.personId, input.personId)));
  const status = await decideStatus(tx, { ...input, current: current?.status });

  if (current?.status === status) return status;

  const waitlistedAt =
    status === 'waitlisted' ? await nextWaitlistTime(tx, input.eventId, input.now) : null;
  const [stored] = await tx
    .insert(rsvps)
    .values({ eventId: input.eventId, personId: input.personId, status, waitlistedAt })
    .onConflictDoUpdate({
      target: [rsvps.eventId, rsvps.personId],
      set: { status, waitlistedAt, updatedAt: sql`now()` },
    })
    .returning({ id: rsvps.id });

  await recordChange(tx, {
    partnershipId: input.partnershipId,
    actorPersonId: input.personId,
    channel: 'slack',
    action: current ? 'update' : 'create',
    entityType: 'rsvp',
    entityId: stored?.id ?? '',
    before: current ? { status: current.status } : null,
    after: { eventId: input.eventId, personId: input.personId, status, waitlistedAt },
  });

  return status;
}

/** Decides what a requested status becomes: a Going waits when no place is free for it. */
async function decideStatus(
  tx: Database,
  input: {
    eventId: string;
    status: RsvpStatus;
    capacity: number | null;
    current: RsvpStatus | undefined;
  },
): Promise<RsvpStatus> {
  if (input.status !== 'going' || input.capacity === null) return input.status;

  // Someone already Going keeps their place, and someone waiting keeps their place in line.
  if (input.current === 'going' || input.current === 'waitlisted') return input.current;

  const going = await countGoing(tx, input.eventId);
  const waiting = await countWaitlisted(tx, input.eventId);

  return going >= input.capacity || waiting > 0 ? 'waitlisted' : 'going';
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
  const counts: RsvpCounts = { going: 0, maybe: 0, notGoing: 0, waitlisted: 0 };

  for (const { status, total } of totals) {
    if (status === 'going') counts.going = total;
    if (status === 'maybe') counts.maybe = total;
    if (status === 'not_going') counts.notGoing = total;
    if (status === 'waitlisted') counts.waitlisted = total;
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
