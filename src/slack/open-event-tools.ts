import type { View } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { listBooths } from '../domain/event-booths.js';
import { listAttendeesToCheckIn } from '../domain/event-checkin.js';
import { findFeedback } from '../domain/event-feedback.js';
import { findEventByTitle } from '../domain/event-match.js';
import type { OrganizedEvent } from '../domain/event-organizer.js';
import { findOrganizedEvent, isEventDay, mayManageEvent } from '../domain/event-organizer.js';
import { formatEventSpan } from '../domain/time.js';
import type { Actor, SlackIdentity } from './actor.js';
import { resolveActor } from './actor.js';
import type { SlackDependencies } from './dependencies.js';
import { blockKitLimits } from './limits.js';
import { openModalThenFill } from './open-modals.js';
import { escapeMrkdwn } from './text.js';
import {
  renderBoothsModal,
  renderCheckInModal,
  renderEventChoiceModal,
  renderFeedbackModal,
  renderNoticeModal,
} from './views/event-tool-modals.js';

export interface EventToolRequest {
  triggerId: string;
  identity: SlackIdentity;
  channelId?: string | undefined;
  /** Set when the click came from a modal, which then changes in place. */
  viewId?: string | undefined;
}

const gone = 'That event no longer exists. Type `/bridge events` to see the upcoming ones.';

/**
 * Opens a modal at once when there is a trigger, or changes the modal the click came from, and
 * fills it with what `render` returns.
 */
async function showModal(
  client: WebClient,
  request: EventToolRequest,
  title: string,
  render: () => Promise<View>,
): Promise<void> {
  if (request.viewId) {
    await client.views.update({ view_id: request.viewId, view: await render() });
    return;
  }

  await openModalThenFill(client, title, request.triggerId, render);
}

/** Opens the booths modal of an event for its organizer or the convener. */
export async function openBoothsModal(
  deps: SlackDependencies,
  client: WebClient,
  request: EventToolRequest & { eventId: string },
): Promise<void> {
  await showModal(client, request, 'Booths', async () => {
    const actor = await resolveActor(deps, client, request.identity);
    const event = await findOrganizedEvent(deps.db, {
      partnershipId: actor.partnership.id,
      eventId: request.eventId,
    });

    if (!event) return renderNoticeModal('Booths', gone);

    const access = mayManageEvent(accessOf(actor), event, 'change its booths');

    if (!access.allowed) return renderNoticeModal('Booths', access.reason);

    return renderBoothsModal({
      event,
      booths: await listBooths(deps.db, event.id),
      metadata: { timeZone: actor.partnership.timeZone, channelId: request.channelId },
    });
  });
}

/** Opens the check-in modal of an event, on its day, for its organizer or the convener. */
export async function openCheckInModal(
  deps: SlackDependencies,
  client: WebClient,
  request: EventToolRequest & { eventId: string },
): Promise<void> {
  await showModal(client, request, 'Check in', async () => {
    const actor = await resolveActor(deps, client, request.identity);
    const event = await findOrganizedEvent(deps.db, {
      partnershipId: actor.partnership.id,
      eventId: request.eventId,
    });

    if (!event) return renderNoticeModal('Check in', gone);

    return renderCheckInFor(deps, actor, event, request.channelId);
  });
}

/**
 * Opens check-in for the event a typed title names: the form when one event matches, a choice
 * when several do, or what to type when none does.
 */
export async function openCheckInByTitle(
  deps: SlackDependencies,
  client: WebClient,
  request: EventToolRequest & { title: string },
): Promise<void> {
  await showModal(client, request, 'Check in', async () => {
    const actor = await resolveActor(deps, client, request.identity);
    const timeZone = actor.partnership.timeZone;
    // Slack sends `&`, `<` and `>` in command text as HTML entities.
    const title = request.title.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const match = await findEventByTitle(deps.db, {
      partnershipId: actor.partnership.id,
      title,
      now: deps.now(),
    });

    if (match.outcome === 'none') {
      const typed = escapeMrkdwn(title);
      const text = `No current or upcoming event matches “${typed}”. Check the title with \`/bridge events\`.`;

      return renderNoticeModal('Check in', text);
    }

    if (match.outcome === 'several') {
      return renderEventChoiceModal({ typed: title, candidates: match.candidates, timeZone });
    }

    const event = await findOrganizedEvent(deps.db, {
      partnershipId: actor.partnership.id,
      eventId: match.event.id,
    });

    if (!event) return renderNoticeModal('Check in', gone);

    return renderCheckInFor(deps, actor, event, request.channelId);
  });
}

async function renderCheckInFor(
  deps: SlackDependencies,
  actor: Actor,
  event: OrganizedEvent,
  channelId: string | undefined,
): Promise<View> {
  const timeZone = actor.partnership.timeZone;
  const access = mayManageEvent(accessOf(actor), event, 'check people in');

  if (!access.allowed) return renderNoticeModal('Check in', access.reason);

  if (!isEventDay(event, deps.now(), timeZone)) {
    const when = formatEventSpan(event.startsAt, event.endsAt, timeZone);
    const text = `Check-in is open only on the day of the event (${when}, in ${timeZone}). Come back then.`;

    return renderNoticeModal('Check in', text);
  }

  const found = await listAttendeesToCheckIn(deps.db, {
    eventId: event.id,
    limit: blockKitLimits.optionsPerSelect,
  });

  return renderCheckInModal({ event, ...found, metadata: { timeZone, channelId } });
}

/** Opens the feedback modal for someone who checked in at the event. */
export async function openFeedbackModal(
  deps: SlackDependencies,
  client: WebClient,
  request: EventToolRequest & { eventId: string },
): Promise<void> {
  await showModal(client, request, 'Feedback', async () => {
    const actor = await resolveActor(deps, client, request.identity);
    const event = await findOrganizedEvent(deps.db, {
      partnershipId: actor.partnership.id,
      eventId: request.eventId,
    });

    if (!event) return renderNoticeModal('Feedback', gone);

    const found = await findFeedback(deps.db, { eventId: event.id, personId: actor.person.id });

    if (!found.attended) {
      const text = `Feedback on *${escapeMrkdwn(event.title)}* comes from the people who checked in there, and you did not check in.`;

      return renderNoticeModal('Feedback', text);
    }

    return renderFeedbackModal({
      event,
      previous: found.previous,
      metadata: { timeZone: actor.partnership.timeZone, channelId: request.channelId },
    });
  });
}

function accessOf(actor: Actor) {
  return { personId: actor.person.id, role: actor.person.role };
}
