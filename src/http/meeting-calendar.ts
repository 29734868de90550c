import type { Application } from 'express';
import type { Database } from '../db/client.js';
import { renderIcs } from '../domain/ics.js';
import { meetingKindLabels } from '../domain/meetings/meeting-form.js';
import { getMeetingByCalendarToken } from '../domain/meetings/meeting-queries.js';
import type { Logger } from '../logger.js';

/** Returns the path of a meeting's calendar file, whose token makes the link unguessable. */
export function meetingCalendarPath(meeting: { id: string; calendarToken: string }): string {
  return `/calendar/meetings/${meeting.id}.ics?token=${meeting.calendarToken}`;
}

/**
 * Serves GET /calendar/meetings/<id>.ics?token=<calendar token> as an iCalendar file. A wrong,
 * missing or other meeting's token gets the same 404 as an unknown id, so the route reveals
 * nothing about meetings the link was not made for.
 */
export function addMeetingCalendarRoute(
  express: Application,
  options: { db: Database; logger: Logger; now: () => Date },
): void {
  express.get('/calendar/meetings/:file', async (request, response) => {
    const meetingId = /^(.+)\.ics$/.exec(request.params.file)?.[1] ?? '';
    const token = typeof request.query.token === 'string' ? request.query.token : '';

    try {
      const meeting = await getMeetingByCalendarToken(options.db, { meetingId, token });

      if (!meeting) {
        response.status(404).type('text/plain').send('Calendar file not found. Check the link.');
        return;
      }

      const details = [
        meetingKindLabels[meeting.kind],
        meeting.districtName ? `School district: ${meeting.districtName}` : undefined,
      ];
      const ics = renderIcs({
        uid: `meeting-${meeting.id}@bridge`,
        title: meeting.title,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        location: meeting.location,
        description: details.filter(Boolean).join('\n'),
        now: options.now(),
      });

      response
        .status(200)
        .type('text/calendar; charset=utf-8')
        .set('Content-Disposition', `attachment; filename="meeting-${meeting.id}.ics"`)
        .set('Cache-Control', 'private, no-store')
        .send(ics);
    } catch (error) {
      options.logger.error({ err: error, meetingId }, 'Serving a meeting calendar file failed');
      response.status(500).type('text/plain').send('Bridge could not read the meeting; try again.');
    }
  });
}
