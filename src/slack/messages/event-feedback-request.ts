import { formatEventSpan } from '../../domain/time.js';
import { actionIds } from '../ids.js';
import { blockKitLimits } from '../limits.js';
import { escapeMrkdwnWithin, mrkdwn, plainText } from '../text.js';
import type { SlackMessage } from './help.js';

/** Renders the direct message that asks an attendee to rate an event they checked in at. */
export function renderFeedbackRequest(
  event: { id: string; title: string; startsAt: Date; endsAt: Date },
  timeZone: string,
): SlackMessage {
  const when = formatEventSpan(event.startsAt, event.endsAt, timeZone);
  const title = escapeMrkdwnWithin(event.title, blockKitLimits.sectionText / 2);
  const text = `Thank you for coming to *${title}* (${when}). How useful was it? Rate it from 1 to 5 and add a comment if you like; it takes a minute.`;

  return {
    text,
    blocks: [
      { type: 'section', text: mrkdwn(text) },
      {
        type: 'actions',
        block_id: `feedback:${event.id}`,
        elements: [
          {
            type: 'button',
            action_id: actionIds.eventFeedback,
            value: event.id,
            style: 'primary',
            text: plainText('Give feedback'),
          },
        ],
      },
    ],
  };
}
