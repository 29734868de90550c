import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { EventSummary } from '../../domain/events.js';
import {
  createEvent,
  getEvent,
  parseEventForm,
  setEventAnnouncement,
} from '../../domain/events.js';
import type { Actor } from '../actor.js';
import { resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { callbackIds, eventBlocks } from '../ids.js';
import { renderEventAnnouncement } from '../messages/events.js';
import { notifyPerson, textMessage } from '../notify.js';
import { readStateValues, textValue } from '../state-values.js';
import { escapeMrkdwn } from '../text.js';
import { decodeModalMetadata } from '../views/modal-metadata.js';

/** Saves a submitted event, then announces it in the chosen channel with RSVP buttons. */
export function registerEventSubmission(app: App, deps: SlackDependencies): void {
  app.view(callbackIds.eventNew, async ({ ack, body, view, client }) => {
    const metadata = decodeModalMetadata(view.private_metadata);
    const form = readStateValues(view.state.values);
    const read = (blockId: string) => textValue(form, blockId);
    const parsed = parseEventForm({
      title: read(eventBlocks.title),
      kind: read(eventBlocks.kind),
      startDate: read(eventBlocks.startDate),
      startTime: read(eventBlocks.startTime),
      endDate: read(eventBlocks.endDate),
      endTime: read(eventBlocks.endTime),
      venue: read(eventBlocks.venue),
      capacity: read(eventBlocks.capacity),
      description: read(eventBlocks.description),
      channelId: read(eventBlocks.channelId),
      timeZone: metadata.timeZone,
      now: deps.now(),
    });

    if (!parsed.ok) {
      await ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }

    await ack();

    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const actor = await resolveActor(deps, client, {
      teamId,
      userId: body.user.id,
      userName: body.user.name,
    });
    const { id, created } = await createEvent(deps.db, {
      partnershipId: actor.partnership.id,
      createdBy: actor.person.id,
      sourceKey: `slack:view:${view.id}`,
      now: deps.now(),
      event: parsed.value,
    });
    const event = await getEvent(deps.db, { partnershipId: actor.partnership.id, eventId: id });

    if (!created || !event) return;

    const target = { userId: body.user.id, channelId: metadata.channelId };
    const outcome = await announceEvent(deps, client, actor, event);

    await notifyPerson(client, deps.logger, target, textMessage(outcome));
  });
}

/** Posts the announcement and returns the sentence that tells its creator how it went. */
async function announceEvent(
  deps: SlackDependencies,
  client: WebClient,
  actor: Actor,
  event: EventSummary,
): Promise<string> {
  const channelId = event.channelId ?? '';
  const title = `*${escapeMrkdwn(event.title)}*`;

  try {
    const posted = await client.chat.postMessage({
      channel: channelId,
      ...renderEventAnnouncement(event, actor.partnership.timeZone),
    });

    if (!posted.ts || !posted.channel) throw new Error('chat.postMessage returned no ts');

    await setEventAnnouncement(deps.db, {
      eventId: event.id,
      channelId: posted.channel,
      messageTs: posted.ts,
    });

    return `Created ${title} and announced it in <#${posted.channel}>.`;
  } catch (error) {
    deps.logger.warn(
      { err: error, eventId: event.id, channelId },
      'Posting an event announcement failed',
    );

    const code = (error as { data?: { error?: string } }).data?.error ?? 'unknown_error';

    return `Created ${title}, but the announcement could not be posted in <#${channelId}> (${code}). Invite Bridge to that channel with \`/invite @Bridge\`; the event is saved and shows in \`/bridge events\`.`;
  }
}
