import { claimEndedEvents, listCheckedIn } from '../domain/event-feedback.js';
import { renderFeedbackRequest } from '../slack/messages/event-feedback-request.js';
import type { JobContext, ScheduledJob } from './scheduler.js';

/**
 * Sends each ended event's checked-in attendees a direct message asking for feedback. Claiming
 * an event sets its feedback_requested_at only where it is still null, so each event's requests
 * go out once however often or concurrently the job runs.
 */
export const eventFeedbackJob: ScheduledJob = {
  name: 'event-feedback',
  schedule: '*/15 * * * *',
  run: requestEventFeedback,
};

async function requestEventFeedback({ deps, client }: JobContext, now: Date): Promise<void> {
  const claimed = await claimEndedEvents(deps.db, now);
  const logger = deps.logger.child({ job: 'event-feedback' });

  for (const event of claimed) {
    const attendees = await listCheckedIn(deps.db, event.id);
    const message = renderFeedbackRequest(event, event.timeZone);
    let sent = 0;

    // NOTE: the claim commits before the messages go, so a crash part-way leaves the rest of
    // this event's attendees without a request. A second request would be worse than none.
    for (const attendee of attendees) {
      if (!attendee.slackUserId) continue;

      try {
        await client.chat.postMessage({ channel: attendee.slackUserId, ...message });
        sent += 1;
      } catch (error) {
        logger.error(
          { err: error, eventId: event.id, personId: attendee.personId },
          'Sending a feedback request failed',
        );
      }
    }

    deps.announcements.schedule({ partnershipId: event.partnershipId, eventId: event.id, client });
    logger.info(
      { eventId: event.id, attendees: attendees.length, sent },
      'Requested event feedback',
    );
  }
}
