import type { App } from '@slack/bolt';
import { accessActorOf } from '../../domain/directory-records/record-access.js';
import type { FieldErrors } from '../../domain/errors.js';
import { ValidationError } from '../../domain/errors.js';
import { parseRequestForm } from '../../domain/request-form.js';
import { todayIn } from '../../domain/time.js';
import { createRequest, getRequest } from '../../domain/wbl-requests.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { callbackIds, requestBlocks } from '../ids.js';
import { notifyPerson, textMessage } from '../notify.js';
import { requestSuggestionsMessage } from '../request-replies.js';
import { saveBeforeAck } from '../save-before-ack.js';
import { readStateValues, textValue } from '../state-values.js';
import { decodeModalMetadata } from '../views/modal-metadata.js';

/** Moves errors keyed by form field to the request modal's block ids. */
export function requestBlockErrors(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [
      requestBlocks[field as keyof typeof requestBlocks] ?? requestBlocks.details,
      message,
    ]),
  );
}

/**
 * Saves a submitted request, then sends the requester the employers whose capacity fits it,
 * each with a "Send to" button. Field errors, refusals included, show under their fields.
 */
export function registerRequestSubmission(app: App, deps: SlackDependencies): void {
  app.view(callbackIds.requestNew, async ({ ack, body, view, client }) => {
    const metadata = decodeModalMetadata(view.private_metadata);
    const form = readStateValues(view.state.values);
    const parsed = parseRequestForm({
      programId: textValue(form, requestBlocks.programId),
      kind: textValue(form, requestBlocks.kind),
      details: textValue(form, requestBlocks.details),
      groupSize: textValue(form, requestBlocks.groupSize),
      neededBy: textValue(form, requestBlocks.neededBy),
      today: todayIn(metadata.timeZone, deps.now()),
    });

    if (!parsed.ok) {
      await ack({ response_action: 'errors', errors: requestBlockErrors(parsed.errors) });
      return;
    }

    const target = { userId: body.user.id, channelId: metadata.channelId };
    const save = (async () => {
      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const partnershipId = actor.partnership.id;
      const { id, created } = await createRequest(deps.db, {
        partnershipId,
        actor: accessActorOf(actor.person),
        sourceKey: `slack:view:${view.id}`,
        request: parsed.value,
        now: deps.now(),
      });

      const request = await getRequest(deps.db, { partnershipId, requestId: id });

      return { partnershipId, request, created };
    })();
    const outcome = await saveBeforeAck({
      ack,
      save,
      errorBlockId: requestBlocks.details,
      toBlockErrors: requestBlockErrors,
      logger: deps.logger,
      onLateFailure: (error) =>
        notifyPerson(client, deps.logger, target, textMessage(lateFailure(error))),
    });

    // A retried submission finds the first one's row; the first delivery sends the suggestions.
    if (!outcome.saved || !outcome.value.request || !outcome.value.created) return;

    const { partnershipId, request } = outcome.value;
    const message = await requestSuggestionsMessage(deps, request, partnershipId);

    await notifyPerson(client, deps.logger, target, message);
  });
}

function lateFailure(error: unknown): string {
  if (error instanceof ValidationError) {
    return `Your request was not saved: ${Object.values(error.fieldErrors).join(' ')}`;
  }

  return 'Your request was not saved because of an internal error. Open the form again with `/bridge request new` in a minute.';
}
