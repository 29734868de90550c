import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Application } from 'express';
import type { Database } from '../db/client.js';
import { findEventForCalendar } from '../domain/event-organizer.js';
import { renderIcs } from '../domain/ics.js';
import type { Logger } from '../logger.js';

/**
 * Computes the token of an event's calendar link: an HMAC-SHA256 of the event id under a key
 * derived from `secret` for this one use, so that links cannot be guessed without the secret
 * and no column has to store them.
 */
export function eventCalendarToken(secret: string, eventId: string): string {
  const key = createHmac('sha256', secret).update('bridge event calendar links').digest();

  return createHmac('sha256', key).update(eventId).digest('base64url').slice(0, 32);
}

/** Returns the path of an event's calendar file, with its token. */
export function eventCalendarPath(secret: string, eventId: string): string {
  return `/calendar/events/${eventId}.ics?token=${eventCalendarToken(secret, eventId)}`;
}

function tokenMatches(secret: string, eventId: string, token: string): boolean {
  const expected = Buffer.from(eventCalendarToken(secret, eventId));
  const given = Buffer.from(token);

  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * Serves GET /calendar/events/<id>.ics?token=<token> as an iCalendar file. A wrong or missing
 * token gets the same 404 as an unknown id, so the route reveals nothing about other events.
 */
export function addEventCalendarRoute(
  express: Application,
  options: { db: Database; logger: Logger; now: () => Date; secret: string },
): void {
  express.get('/calendar/events/:file', async (request, response) => {
    const eventId = /^(.+)\.ics$/.exec(request.params.file)?.[1] ?? '';
    const token = typeof request.query.token === 'string' ? request.query.token : '';
    const notFound = () =>
      response.status(404).type('text/plain').send('Calendar file not found. Check the link.');

    if (!tokenMatches(options.secret, eventId, token)) {
      notFound();
      return;
    }

    try {
      const event = await findEventForCalendar(options.db, eventId);

      if (!event) {
        notFound();
        return;
      }

      const ics = renderIcs({
        uid: `event-${event.id}@bridge`,
        title: event.title,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        location: event.venue,
        description: event.description,
        now: options.now(),
      });

      response
        .status(200)
        .type('text/calendar; charset=utf-8')
        .set('Content-Disposition', `attachment; filename="event-${event.id}.ics"`)
        .set('Cache-Control', 'private, no-store')
        .send(ics);
    } catch (error) {
      options.logger.error({ err: error, eventId }, 'Serving an event calendar file failed');
      response.status(500).type('text/plain').send('Bridge could not read the event; try again.');
    }
  });
}
