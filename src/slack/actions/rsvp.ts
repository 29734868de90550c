import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { RsvpStatus } from '../../db/schema/index.js';
import type { EventSummary, RsvpResult } from '../../domain/events.js';
import { listUpcomingEvents, recordRsvp } from '../../domain/events.js';
import { rsvpStatusLabels } from '../../domain/labels.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { publishHome } from '../home.js';
import { actionIds } from '../ids.js';
import { EVENTS_PER_MESSAGE, renderEventList } from '../messages/events.js';
import { notifyPerson, textMessage } from '../notify.js';
import { escapeMrkdwn } from '../text.js';
import { notifyPromoted } from '../waitlist-messages.js';

const statusByAction: Record<string, RsvpStatus> = {
  [actionIds.rsvpGoing]: 'going',
  [actionIds.rsvpMaybe]: 'maybe',
  [actionIds.rsvpNotGoing]: 'not_going',
};

/** Records RSVPs from announcement, list and Home tab buttons, then refreshes what was clicked. */
export function registerRsvpActions(app: App, deps: SlackDependencies): void {
  const pattern = new RegExp(`^(${Object.keys(statusByAction).join('|')})$`);

  app.action<BlockAction<ButtonAction>>(pattern, async ({ ack, body, action, client, respond }) => {
    await ack();

    const status = statusByAction[action.action_id];

    if (!status) return;

    const actor = await resolveActor(deps, client, identityOfInteraction(body));
    const target = { userId: body.user.id, channelId: body.channel?.id };

    const result = await recordRsvp(deps.db, {
      partnershipId: actor.partnership.id,
      eventId: action.value ?? '',
      personId: actor.person.id,
      status,
      now: deps.now(),
    });

    if (result.outcome !== 'recorded') {
      await notifyPerson(client, deps.logger, target, textMessage(describeRejection(result)));
      return;
    }

    const { event } = result;

    deps.announcements.schedule({ partnershipId: actor.partnership.id, eventId: event.id, client });
    await notifyPromoted(
      deps,
      client,
      { event, timeZone: actor.partnership.timeZone },
      result.promoted,
    );

    const container = body.container as { type?: string; is_ephemeral?: boolean };

    if (result.waitlistPosition !== null) {
      const text = describeWaitlistPlace(event, result.waitlistPosition);
      await notifyPerson(client, deps.logger, target, textMessage(text));
    }

    if (container.type === 'view') {
      await publishHome(deps, client, actor);
    } else if (container.is_ephemeral) {
      const events = await listUpcomingEvents(deps.db, {
        partnershipId: actor.partnership.id,
        personId: actor.person.id,
        now: deps.now(),
        limit: EVENTS_PER_MESSAGE + 1,
      });
      await respond({
        replace_original: true,
        ...renderEventList({ events, timeZone: actor.partnership.timeZone }),
      });
    } else if (result.waitlistPosition === null) {
      const text = `Your RSVP for *${escapeMrkdwn(event.title)}*: ${rsvpStatusLabels[result.status]}.`;
      await notifyPerson(client, deps.logger, target, textMessage(text));
    }
  });
}

/** Explains to the person who clicked why their RSVP was not recorded. */
function describeRejection(result: Exclude<RsvpResult, { outcome: 'recorded' }>): string {
  switch (result.outcome) {
    case 'not_found':
      return 'That event no longer exists, so your RSVP was not recorded.';
    case 'ended':
      return 'That event has ended, so RSVPs are closed.';
  }
}

function describeWaitlistPlace(event: EventSummary, position: number): string {
  return `*${escapeMrkdwn(event.title)}* is full (capacity ${event.capacity}), so you are on the waitlist at place ${position}. Bridge will send you a message if a place opens; click Maybe or Can't go to leave the waitlist.`;
}
