import { and, asc, eq, gt, inArray, isNotNull, lte } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Database } from '../../db/client.js';
import type { RsvpStatus } from '../../db/schema/index.js';
import { events, partnerships, people, rsvps } from '../../db/schema/index.js';
import { receivesReminder } from './preferences.js';

/** Local time on the day before an event from which its reminders go out. */
export const EVENT_REMINDER_TIME = { hour: 9, minute: 0 } as const;

/**
 * How far ahead of `now` an event may start and still have its reminders due. The latest
 * opening is 09:00 on the day before an event at 23:59, about 39 hours ahead, and a daylight
 * saving change adds one hour, so 48 hours covers every case.
 */
const LOOKAHEAD_MS = 48 * 60 * 60 * 1000;

/** One person to remind of one event. */
export interface DueEventReminder {
  partnershipId: string;
  timeZone: string;
  event: {
    id: string;
    title: string;
    startsAt: Date;
    endsAt: Date;
    venue: string | null;
    /** The channel of the event's announcement, once it is posted. */
    channelId: string | null;
  };
  personId: string;
  slackUserId: string;
  rsvp: Extract<RsvpStatus, 'going' | 'maybe'>;
}

/** Returns the instant an event's reminders start to go out: 09:00 local on the day before it. */
export function eventReminderOpensAt(startsAt: Date, timeZone: string): Date {
  return DateTime.fromJSDate(startsAt, { zone: timeZone })
    .minus({ days: 1 })
    .set({ ...EVENT_REMINDER_TIME, second: 0, millisecond: 0 })
    .toJSDate();
}

/**
 * Lists the reminders due at `now`: for each event that has not started and whose reminders
 * opened, every person with a Slack id who RSVPed Going or Maybe and has not turned event
 * reminders off or snoozed them. Reminders already sent are listed again, and deliverOnce skips them.
 */
export async function listDueEventReminders(db: Database, now: Date): Promise<DueEventReminder[]> {
  const rows = await db
    .select({
      partnershipId: events.partnershipId,
      timeZone: partnerships.timeZone,
      event: {
        id: events.id,
        title: events.title,
        startsAt: events.startsAt,
        endsAt: events.endsAt,
        venue: events.venue,
        channelId: events.channelId,
      },
      personId: people.id,
      slackUserId: people.slackUserId,
      rsvp: rsvps.status,
    })
    .from(events)
    .innerJoin(partnerships, eq(partnerships.id, events.partnershipId))
    .innerJoin(rsvps, eq(rsvps.eventId, events.id))
    .innerJoin(people, eq(people.id, rsvps.personId))
    .where(
      and(
        gt(events.startsAt, now),
        lte(events.startsAt, new Date(now.getTime() + LOOKAHEAD_MS)),
        inArray(rsvps.status, ['going', 'maybe']),
        isNotNull(people.slackUserId),
        receivesReminder(people.id, 'event_reminder', now),
      ),
    )
    .orderBy(asc(events.startsAt), asc(events.id), asc(people.id));

  return rows.flatMap((row) => {
    const { slackUserId, rsvp } = row;
    const opened = eventReminderOpensAt(row.event.startsAt, row.timeZone) <= now;

    if (!opened || !slackUserId || (rsvp !== 'going' && rsvp !== 'maybe')) return [];

    return [{ ...row, slackUserId, rsvp }];
  });
}
