import type { WebClient } from '@slack/web-api';
import type { PromotedPerson } from '../domain/event-waitlist.js';
import { formatEventSpan } from '../domain/time.js';
import type { SlackDependencies } from './dependencies.js';
import { notifyPerson, textMessage } from './notify.js';
import { escapeMrkdwn } from './text.js';

/**
 * Sends each person moved from the waitlist to Going a direct message. A failed message is
 * logged and the others still go, because the place is already theirs.
 */
export async function notifyPromoted(
  deps: SlackDependencies,
  client: WebClient,
  context: { event: { id: string; title: string; startsAt: Date; endsAt: Date }; timeZone: string },
  promoted: readonly PromotedPerson[],
): Promise<void> {
  const { event, timeZone } = context;
  const when = formatEventSpan(event.startsAt, event.endsAt, timeZone);
  const text = `A place opened at *${escapeMrkdwn(event.title)}* (${when}), so you are now Going. If you cannot come after all, click Can't go on the announcement so that the next person gets the place.`;

  for (const person of promoted) {
    if (!person.slackUserId) {
      deps.logger.warn(
        { eventId: event.id, personId: person.personId },
        'Promoted person has no Slack user; no message sent',
      );
      continue;
    }

    try {
      await notifyPerson(client, deps.logger, { userId: person.slackUserId }, textMessage(text));
    } catch (error) {
      deps.logger.error(
        { err: error, eventId: event.id, personId: person.personId },
        'Sending a promoted person their message failed',
      );
    }
  }
}
