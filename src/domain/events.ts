import { and, asc, count, eq, gte, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.js';
import type { EventKind, RsvpStatus } from '../db/schema/index.js';
import { eventKinds, events, rsvps } from '../db/schema/index.js';
import { instantFromLocal } from './time.js';
import { optionalText, parseForm, requiredText } from './validation.js';

export const eventLimits = { title: 150, description: 3000, venue: 200, capacity: 100_000 };

const localDate = z
  .string({ error: 'Choose a date.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose a date such as 2027-03-15.');
const localTime = z
  .string({ error: 'Choose a time.' })
  .regex(/^\d{2}:\d{2}$/, 'Choose a time such as 09:30.');

const eventFormSchema = z
  .object({
    title: requiredText('Title', eventLimits.title),
    kind: z.enum(eventKinds, { error: 'Choose the kind of event.' }),
    startDate: localDate,
    startTime: localTime,
    endDate: localDate.nullish(),
    endTime: localTime,
    venue: optionalText('Venue', eventLimits.venue),
    capacity: z
      .string()
      .nullish()
      .transform((value) => value?.trim() || undefined)
      .pipe(
        z
          .string()
          .regex(/^-?\d+$/, 'Capacity must be a whole number such as 120, or empty for no limit.')
          .transform(Number)
          .pipe(
            z
              .number()
              .min(1, 'Capacity must be at least 1, or empty for no limit.')
              .max(eventLimits.capacity, `Capacity must be at most ${eventLimits.capacity}.`),
          )
          .optional(),
      ),
    description: optionalText('Description', eventLimits.description),
    channelId: z
      .string({ error: 'Choose the channel for the announcement.' })
      .min(1, 'Choose the channel for the announcement.'),
    timeZone: z.string(),
    now: z.date(),
  })
  .transform((form, context) => {
    const startsAt = instantFromLocal(form.startDate, form.startTime, form.timeZone);
    const endsAt = instantFromLocal(form.endDate ?? form.startDate, form.endTime, form.timeZone);

    if (!startsAt) {
      context.addIssue({
        code: 'custom',
        path: ['startDate'],
        message: 'Start is not a real date and time.',
      });
      return z.NEVER;
    }

    if (!endsAt) {
      context.addIssue({
        code: 'custom',
        path: ['endTime'],
        message: 'End is not a real date and time.',
      });
      return z.NEVER;
    }

    if (startsAt <= form.now) {
      context.addIssue({
        code: 'custom',
        path: ['startDate'],
        message: 'Start is in the past; choose a later date or time.',
      });
    }

    if (endsAt <= startsAt) {
      context.addIssue({
        code: 'custom',
        path: ['endTime'],
        message: 'End is not after the start; choose a later end time.',
      });
    }

    const { startDate, startTime, endDate, endTime, timeZone, now, ...rest } = form;

    return { ...rest, startsAt, endsAt };
  });

export type EventInput = z.output<typeof eventFormSchema>;

type EventFormField =
  | 'title'
  | 'kind'
  | 'startDate'
  | 'startTime'
  | 'endDate'
  | 'endTime'
  | 'venue'
  | 'capacity'
  | 'description'
  | 'channelId';

/** Raw form values by field, as a surface read them, with the zone and clock to read them by. */
export type EventForm = Partial<Record<EventFormField, unknown>> & { timeZone: string; now: Date };

/** Checks a filled-in event form; dates and times are wall-clock values in `timeZone`. */
export function parseEventForm(form: EventForm) {
  return parseForm(eventFormSchema, form);
}

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

/**
 * Records a person's answer for an event. One RSVP per person per event: a second answer
 * replaces the first in a single statement, so simultaneous clicks lose nothing.
 */
export async function recordRsvp(
  db: Database,
  input: { partnershipId: string; eventId: string; personId: string; status: RsvpStatus },
): Promise<EventSummary | undefined> {
  if (!z.uuid().safeParse(input.eventId).success) return undefined;

  const event = await getEvent(db, {
    partnershipId: input.partnershipId,
    eventId: input.eventId,
    personId: input.personId,
  });

  if (!event) return undefined;

  await db
    .insert(rsvps)
    .values({ eventId: input.eventId, personId: input.personId, status: input.status })
    .onConflictDoUpdate({
      target: [rsvps.eventId, rsvps.personId],
      set: { status: input.status, updatedAt: sql`now()` },
    });

  return { ...event, myRsvp: input.status, counts: await countRsvps(db, input.eventId) };
}

/** Counts an event's RSVPs by answer. */
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
 * Adds RSVP counts and the person's own answer to event rows, with two queries whatever the
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
  query: { partnershipId: string; personId?: string | undefined; now: Date; limit: number },
): Promise<EventSummary[]> {
  const rows = await db
    .select(eventColumns)
    .from(events)
    .where(and(eq(events.partnershipId, query.partnershipId), gte(events.endsAt, query.now)))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(query.limit);

  return withRsvps(db, rows, query.personId);
}
