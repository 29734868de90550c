import { listEventDaysBegun } from '../domain/event-organizer.js';
import type { JobContext, ScheduledJob } from './scheduler.js';

/**
 * How far back the job looks for events whose day began. It is four runs long, so an
 * announcement still gains its "Check in" button when a few runs are missed; updating one twice
 * changes nothing.
 */
const LOOKBACK_MS = 60 * 60 * 1000;

/** Refreshes announcements when their event's day begins, so that "Check in" shows. */
export const eventDayJob: ScheduledJob = {
  name: 'event-day',
  schedule: '*/15 * * * *',
  run: refreshEventDayAnnouncements,
};

async function refreshEventDayAnnouncements({ deps, client }: JobContext, now: Date) {
  const begun = await listEventDaysBegun(deps.db, { now, windowMs: LOOKBACK_MS });

  for (const event of begun) {
    deps.announcements.schedule({ partnershipId: event.partnershipId, eventId: event.id, client });
  }
}
