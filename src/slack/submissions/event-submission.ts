import type { App } from '@slack/bolt';
import { createEvent, getEvent, parseEventForm } from '../../domain/events.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import { announceEvent } from '../announce-event.js';
import type { SlackDependencies } from '../dependencies.js';
import { callbackIds, eventBlocks } from '../ids.js';
import { notifyPerson, textMessage } from '../notify.js';
import { saveBeforeAck } from '../save-before-ack.js';
import { readStateValues, textValue } from '../state-values.js';
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

    const target = { userId: body.user.id, channelId: metadata.channelId };
    const save = (async () => {
      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const { id, created } = await createEvent(deps.db, {
        partnershipId: actor.partnership.id,
        createdBy: actor.person.id,
        sourceKey: `slack:view:${view.id}`,
        now: deps.now(),
        event: parsed.value,
      });
      const event = await getEvent(deps.db, { partnershipId: actor.partnership.id, eventId: id });

      return { actor, event, created };
    })();
    const saved = await saveBeforeAck({
      ack,
      save,
      errorBlockId: eventBlocks.title,
      logger: deps.logger,
      onLateFailure: () =>
        notifyPerson(
          client,
          deps.logger,
          target,
          textMessage(
            'Your event was not saved because of an internal error. Open the form again with `/bridge event new` in a minute.',
          ),
        ),
    });

    // A retried submission finds its event already created and announced.
    if (!saved.saved || !saved.value.created || !saved.value.event) return;

    const { actor, event } = saved.value;
    const outcome = await announceEvent(deps, client, actor.partnership, event);

    await notifyPerson(client, deps.logger, target, textMessage(outcome));
  });
}
