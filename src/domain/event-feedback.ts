import { and, avg, count, eq, gt, inArray, isNotNull, isNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.js';
import { eventFeedback, events, partnerships, people, rsvps } from '../db/schema/index.js';
import { recordChange } from './audit.js';
import { optionalText, parseForm } from './validation.js';

export const feedbackLimits = { comment: 1000, minRating: 1, maxRating: 5 };

/**
 * Ended events older than this get no feedback request, so that switching the job on does not
 * message people about events long past.
 */
export const FEEDBACK_LOOKBACK_MS = 7 * 24 * 60 * 60 * 1000;

const feedbackFormSchema = z.object({
  rating: z
    .string({ error: 'Choose a rating from 1 to 5.' })
    .regex(/^[1-5]$/, 'Choose a rating from 1 to 5.')
    .transform(Number),
  comment: optionalText('Comment', feedbackLimits.comment, { multiline: true }),
});

export type FeedbackInput = z.output<typeof feedbackFormSchema>;

/** Checks a filled-in feedback form: a rating of 1 to 5 and an optional comment. */
export function parseFeedbackForm(form: { rating: unknown; comment: unknown }) {
  return parseForm(feedbackFormSchema, form);
}

/** An ended event whose feedback request this run claimed. */
export interface ClaimedEvent {
  id: string;
  partnershipId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
}

/**
 * Marks ended events (within the lookback) as having had their feedback request, and returns
 * them. The update is conditional on `feedback_requested_at` being null, so of two runs at once
 * exactly one claims each event.
 */
export async function claimEndedEvents(db: Database, now: Date): Promise<ClaimedEvent[]> {
  const since = new Date(now.getTime() - FEEDBACK_LOOKBACK_MS);

  const claimed = await db
    .update(events)
    .set({ feedbackRequestedAt: now })
    .where(
      and(isNull(events.feedbackRequestedAt), lte(events.endsAt, now), gt(events.endsAt, since)),
    )
    .returning({
      id: events.id,
      partnershipId: events.partnershipId,
      title: events.title,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
    });
  const zones = await zonesOf(
    db,
    claimed.map((event) => event.partnershipId),
  );

  return claimed.map((event) => ({
    ...event,
    timeZone: zones.get(event.partnershipId) ?? 'UTC',
  }));
}

async function zonesOf(db: Database, partnershipIds: string[]): Promise<Map<string, string>> {
  if (partnershipIds.length === 0) return new Map();

  const rows = await db
    .select({ id: partnerships.id, timeZone: partnerships.timeZone })
    .from(partnerships)
    .where(inArray(partnerships.id, [...new Set(partnershipIds)]));

  return new Map(rows.map((row) => [row.id, row.timeZone]));
}

/** Lists the people who checked in at an event, with their Slack user ids. */
export async function listCheckedIn(
  db: Database,
  eventId: string,
): Promise<Array<{ personId: string; slackUserId: string | null }>> {
  return db
    .select({ personId: people.id, slackUserId: people.slackUserId })
    .from(rsvps)
    .innerJoin(people, eq(people.id, rsvps.personId))
    .where(and(eq(rsvps.eventId, eventId), isNotNull(rsvps.checkedInAt)));
}

export type FeedbackResult =
  | { outcome: 'saved'; created: boolean }
  | { outcome: 'not_found' }
  | { outcome: 'not_attended' };

/**
 * Stores a person's feedback on an event they checked in at; a second answer replaces the
 * first. Each change is audited.
 */
export async function saveFeedback(
  db: Database,
  input: {
    partnershipId: string;
    eventId: string;
    personId: string;
    feedback: FeedbackInput;
  },
): Promise<FeedbackResult> {
  if (!z.uuid().safeParse(input.eventId).success) return { outcome: 'not_found' };

  return db.transaction(async (tx) => {
    const [attended] = await tx
      .select({ checkedInAt: rsvps.checkedInAt })
      .from(rsvps)
      .innerJoin(events, eq(events.id, rsvps.eventId))
      .where(
        and(
          eq(rsvps.eventId, input.eventId),
          eq(rsvps.personId, input.personId),
          eq(events.partnershipId, input.partnershipId),
        ),
      );

    if (!attended?.checkedInAt) return { outcome: 'not_attended' };

    const [before] = await tx
      .select()
      .from(eventFeedback)
      .where(
        and(eq(eventFeedback.eventId, input.eventId), eq(eventFeedback.personId, input.personId)),
      );
    const values = { rating: input.feedback.rating, comment: input.feedback.comment ?? null };
    const [stored] = await tx
      .insert(eventFeedback)
      .values({ eventId: input.eventId, personId: input.personId, ...values })
      .onConflictDoUpdate({ target: [eventFeedback.eventId, eventFeedback.personId], set: values })
      .returning();

    await recordChange(tx, {
      partnershipId: input.partnershipId,
      actorPersonId: input.personId,
      channel: 'slack',
      action: before ? 'update' : 'create',
      entityType: 'event_feedback',
      entityId: stored?.id ?? '',
      before: before ?? null,
      after: stored ?? null,
    });

    return { outcome: 'saved', created: !before };
  });
}

/** Reads whether a person checked in at an event and their earlier feedback, if any. */
export async function findFeedback(
  db: Database,
  query: { eventId: string; personId: string },
): Promise<{ attended: boolean; previous?: { rating: number; comment: string | null } }> {
  const [rsvp] = await db
    .select({ checkedInAt: rsvps.checkedInAt })
    .from(rsvps)
    .where(and(eq(rsvps.eventId, query.eventId), eq(rsvps.personId, query.personId)));
  const [previous] = await db
    .select({ rating: eventFeedback.rating, comment: eventFeedback.comment })
    .from(eventFeedback)
    .where(
      and(eq(eventFeedback.eventId, query.eventId), eq(eventFeedback.personId, query.personId)),
    );

  return { attended: Boolean(rsvp?.checkedInAt), ...(previous ? { previous } : {}) };
}

/** The average rating of an event and the number of ratings. */
export interface FeedbackSummary {
  average: number;
  count: number;
}

/** Summarizes the feedback on an event; null when there is none yet. */
export async function summarizeFeedback(
  db: Database,
  eventId: string,
): Promise<FeedbackSummary | null> {
  const summaries = await summarizeFeedbackOf(db, [eventId]);

  return summaries.get(eventId) ?? null;
}

/** Summarizes the feedback on several events with one query, keyed by event id. */
export async function summarizeFeedbackOf(
  db: Database,
  eventIds: readonly string[],
): Promise<Map<string, FeedbackSummary>> {
  if (eventIds.length === 0) return new Map();

  const rows = await db
    .select({
      eventId: eventFeedback.eventId,
      average: avg(eventFeedback.rating).mapWith(Number),
      count: count(),
    })
    .from(eventFeedback)
    .where(inArray(eventFeedback.eventId, [...eventIds]))
    .groupBy(eventFeedback.eventId);

  return new Map(rows.map((row) => [row.eventId, { average: row.average, count: row.count }]));
}

/** Rounds an average rating to one decimal, as messages show it. */
export function formatAverage(average: number): string {
  return (Math.round(average * 10) / 10).toFixed(1);
}
