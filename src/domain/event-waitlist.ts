import { and, asc, count, desc, eq, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { people, rsvps } from '../db/schema/index.js';
import { recordChange } from './audit.js';

/** A database or an open transaction. */
type Reader = Pick<Database, 'select' | 'update' | 'insert'>;

/** A waitlisted person who was given a place, with the Slack user to send the news to. */
export interface PromotedPerson {
  personId: string;
  slackUserId: string | null;
}

/** Counts the people Going to an event. */
export async function countGoing(db: Reader, eventId: string): Promise<number> {
  const [going] = await db
    .select({ total: count() })
    .from(rsvps)
    .where(and(eq(rsvps.eventId, eventId), eq(rsvps.status, 'going')));

  return going?.total ?? 0;
}

/**
 * Returns the time to store for a new waitlist place: `now`, or 1 ms after the latest place when
 * that is later. Two people who join in the same millisecond (or under a fixed test clock) still
 * get distinct times, so the waitlist order is the order of joining. Call it with the event row
 * locked, so that no other place is added between the read and the write.
 */
export async function nextWaitlistTime(db: Reader, eventId: string, now: Date): Promise<Date> {
  const [latest] = await db
    .select({ at: rsvps.waitlistedAt })
    .from(rsvps)
    .where(
      and(
        eq(rsvps.eventId, eventId),
        eq(rsvps.status, 'waitlisted'),
        isNotNull(rsvps.waitlistedAt),
      ),
    )
    .orderBy(desc(rsvps.waitlistedAt))
    .limit(1);
  const after = latest?.at ? latest.at.getTime() + 1 : 0;

  return new Date(Math.max(now.getTime(), after));
}

/** Counts the people waiting for a place, so that a new Going queues behind them. */
export async function countWaitlisted(db: Reader, eventId: string): Promise<number> {
  const [waiting] = await db
    .select({ total: count() })
    .from(rsvps)
    .where(and(eq(rsvps.eventId, eventId), eq(rsvps.status, 'waitlisted')));

  return waiting?.total ?? 0;
}

/** Returns a person's waitlist position (1 is promoted next), or null when they are not on it. */
export async function waitlistPosition(
  db: Reader,
  query: { eventId: string; personId: string },
): Promise<number | null> {
  const [mine] = await db
    .select({ id: rsvps.id, waitlistedAt: rsvps.waitlistedAt, status: rsvps.status })
    .from(rsvps)
    .where(and(eq(rsvps.eventId, query.eventId), eq(rsvps.personId, query.personId)));

  if (mine?.status !== 'waitlisted' || !mine.waitlistedAt) return null;

  const [ahead] = await db
    .select({ total: count() })
    .from(rsvps)
    .where(
      and(
        eq(rsvps.eventId, query.eventId),
        eq(rsvps.status, 'waitlisted'),
        or(
          lt(rsvps.waitlistedAt, mine.waitlistedAt),
          and(eq(rsvps.waitlistedAt, mine.waitlistedAt), lt(rsvps.id, mine.id)),
        ),
      ),
    );

  return (ahead?.total ?? 0) + 1;
}

/**
 * Moves the earliest waitlisted people to Going while the event has free places, and writes an
 * audit row for each. Call it in the transaction that freed the place, with the event row locked,
 * so that each place goes to exactly one person and each promotion is returned exactly once.
 */
export async function promoteFromWaitlist(
  tx: Reader,
  input: {
    partnershipId: string;
    eventId: string;
    capacity: number | null;
    /** The person whose change freed the place; null for jobs. */
    actorPersonId: string | null;
  },
): Promise<PromotedPerson[]> {
  // Without a capacity every waitlisted person has a place.
  const free =
    input.capacity === null ? null : input.capacity - (await countGoing(tx, input.eventId));

  if (free !== null && free <= 0) return [];

  const query = tx
    .select({ id: rsvps.id, personId: rsvps.personId, slackUserId: people.slackUserId })
    .from(rsvps)
    .innerJoin(people, eq(people.id, rsvps.personId))
    .where(and(eq(rsvps.eventId, input.eventId), eq(rsvps.status, 'waitlisted')))
    .orderBy(asc(rsvps.waitlistedAt), asc(rsvps.id))
    .$dynamic();
  const waiting = free === null ? await query : await query.limit(free);

  for (const place of waiting) {
    await tx
      .update(rsvps)
      .set({ status: 'going', waitlistedAt: null, updatedAt: sql`now()` })
      .where(eq(rsvps.id, place.id));
    await recordChange(tx, {
      partnershipId: input.partnershipId,
      actorPersonId: input.actorPersonId,
      channel: 'waitlist',
      action: 'update',
      entityType: 'rsvp',
      entityId: place.id,
      before: { status: 'waitlisted' },
      after: { status: 'going', promotedFromWaitlist: true },
    });
  }

  return waiting.map(({ personId, slackUserId }) => ({ personId, slackUserId }));
}
