import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { events, people, rsvps } from '../db/schema/index.js';
import { recordChange } from './audit.js';
import { escapeLikePattern, SEARCH_TEXT_MAX } from './organization-search.js';

/** A person Going to an event who has not checked in yet. */
export interface Attendee {
  personId: string;
  displayName: string;
}

/**
 * Finds people Going to an event who have not checked in, by name containing `text` (blank
 * matches all), with how many matched and how many have already checked in.
 */
export async function listAttendeesToCheckIn(
  db: Database,
  query: { eventId: string; text?: string; limit: number },
): Promise<{ attendees: Attendee[]; total: number; checkedIn: number }> {
  const typed = (query.text ?? '').trim().slice(0, SEARCH_TEXT_MAX).toLowerCase();
  const pattern = `%${escapeLikePattern(typed)}%`;
  const where = and(
    eq(rsvps.eventId, query.eventId),
    eq(rsvps.status, 'going'),
    isNull(rsvps.checkedInAt),
    typed ? sql`lower(${people.displayName}) like ${pattern} escape '\\'` : undefined,
  );

  const attendees = await db
    .select({ personId: people.id, displayName: people.displayName })
    .from(rsvps)
    .innerJoin(people, eq(people.id, rsvps.personId))
    .where(where)
    .orderBy(asc(sql`lower(${people.displayName})`), asc(people.id))
    .limit(query.limit);
  const [matched] = await db
    .select({ value: count() })
    .from(rsvps)
    .innerJoin(people, eq(people.id, rsvps.personId))
    .where(where);
  const [checkedIn] = await db
    .select({ value: count() })
    .from(rsvps)
    .where(and(eq(rsvps.eventId, query.eventId), sql`${rsvps.checkedInAt} is not null`));

  return { attendees, total: matched?.value ?? 0, checkedIn: checkedIn?.value ?? 0 };
}

export interface CheckInResult {
  /** People Going who are now checked in. */
  checkedIn: number;
  /** People who were not Going and are now recorded as Going and checked in. */
  walkIns: number;
  /** People who had checked in before; nothing changed for them. */
  already: number;
}

/**
 * Marks people as checked in at an event and audits each change. Someone who was not Going
 * (a walk-in) is recorded as Going too, even past capacity, because they are there. The event
 * row is locked as recordRsvp locks it, so check-ins and RSVP clicks apply one after another.
 * Returns undefined when the event is not the partnership's.
 */
export async function checkInPeople(
  db: Database,
  input: {
    partnershipId: string;
    eventId: string;
    actorPersonId: string;
    personIds: readonly string[];
    now: Date;
  },
): Promise<CheckInResult | undefined> {
  const personIds = [...new Set(input.personIds)];

  return db.transaction(async (tx) => {
    const [event] = await tx
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.id, input.eventId), eq(events.partnershipId, input.partnershipId)))
      .for('update');

    if (!event) return undefined;

    const result: CheckInResult = { checkedIn: 0, walkIns: 0, already: 0 };
    const members =
      personIds.length === 0
        ? []
        : await tx
            .select({ id: people.id })
            .from(people)
            .where(
              and(eq(people.partnershipId, input.partnershipId), inArray(people.id, personIds)),
            );

    for (const { id: personId } of members) {
      const change = await checkInOne(tx, { ...input, personId });
      result[change] += 1;
    }

    return result;
  });
}

async function checkInOne(
  tx: Database,
  input: {
    partnershipId: string;
    eventId: string;
    actorPersonId: string;
    personId: string;
    now: Date;
  },
): Promise<keyof CheckInResult> {
  const [current] = await tx
    .select()
    .from(rsvps)
    .where(and(eq(rsvps.eventId, input.eventId), eq(rsvps.personId, input.personId)));

  if (current?.status === 'going' && current.checkedInAt) return 'already';

  const [stored] = await tx
    .insert(rsvps)
    .values({
      eventId: input.eventId,
      personId: input.personId,
      status: 'going',
      checkedInAt: input.now,
    })
    .onConflictDoUpdate({
      target: [rsvps.eventId, rsvps.personId],
      set: { status: 'going', waitlistedAt: null, checkedInAt: input.now, updatedAt: sql`now()` },
    })
    .returning();

  await recordChange(tx, {
    partnershipId: input.partnershipId,
    actorPersonId: input.actorPersonId,
    channel: 'slack',
    action: current ? 'update' : 'create',
    entityType: 'rsvp',
    entityId: stored?.id ?? '',
    before: current ? { status: current.status, checkedInAt: current.checkedInAt } : null,
    after: { status: 'going', checkedInAt: input.now, personId: input.personId },
  });

  return current?.status === 'going' ? 'checkedIn' : 'walkIns';
}
