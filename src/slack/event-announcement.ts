import type { Database } from '../db/client.js';
import { listBooths } from '../domain/event-booths.js';
import { summarizeFeedback } from '../domain/event-feedback.js';
import type { EventSummary } from '../domain/events.js';
import { renderEventAnnouncement } from './messages/events.js';
import type { SlackMessage } from './messages/help.js';

/** Sources of an announcement's parts besides the event row. */
export interface AnnouncementSources {
  db: Database;
  now: () => Date;
  /** The event's .ics link; undefined when Bridge has no address to serve it at. */
  calendarUrl?: ((eventId: string) => string | undefined) | undefined;
}

/** Reads an event's booths and feedback, then renders its announcement as of now. */
export async function buildAnnouncement(
  sources: AnnouncementSources,
  event: EventSummary,
  timeZone: string,
): Promise<SlackMessage> {
  const booths = await listBooths(sources.db, event.id);
  const feedback = await summarizeFeedback(sources.db, event.id);

  return renderEventAnnouncement(event, timeZone, {
    booths,
    feedback,
    calendarUrl: sources.calendarUrl?.(event.id),
    now: sources.now(),
    timeZone,
  });
}
