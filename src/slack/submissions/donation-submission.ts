import type { App } from '@slack/bolt';
import { accessActorOf } from '../../domain/directory-records/record-access.js';
import { parseDonationForm } from '../../domain/donation-form.js';
import { createDonation, getDonation } from '../../domain/donations.js';
import type { FieldErrors } from '../../domain/errors.js';
import { ValidationError } from '../../domain/errors.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { callbackIds, donationBlocks } from '../ids.js';
import { describeDonation } from '../messages/donations.js';
import { notifyPerson, textMessage } from '../notify.js';
import { saveBeforeAck } from '../save-before-ack.js';
import { readStateValues, textValue } from '../state-values.js';
import { decodeModalMetadata } from '../views/modal-metadata.js';

function donationBlockErrors(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [
      donationBlocks[field as keyof typeof donationBlocks] ?? donationBlocks.description,
      message,
    ]),
  );
}

/** Saves a submitted equipment donation as offered and confirms it to the person. */
export function registerDonationSubmission(app: App, deps: SlackDependencies): void {
  app.view(callbackIds.donationNew, async ({ ack, body, view, client }) => {
    const metadata = decodeModalMetadata(view.private_metadata);
    const form = readStateValues(view.state.values);
    const parsed = parseDonationForm({
      employerId: textValue(form, donationBlocks.employerId),
      description: textValue(form, donationBlocks.description),
      quantity: textValue(form, donationBlocks.quantity),
      programId: textValue(form, donationBlocks.programId),
    });

    if (!parsed.ok) {
      await ack({ response_action: 'errors', errors: donationBlockErrors(parsed.errors) });
      return;
    }

    const target = { userId: body.user.id, channelId: metadata.channelId };
    const save = (async () => {
      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const partnershipId = actor.partnership.id;
      const id = await createDonation(deps.db, {
        partnershipId,
        actor: accessActorOf(actor.person),
        donation: parsed.value,
        now: deps.now(),
      });

      return getDonation(deps.db, { partnershipId, donationId: id });
    })();
    const outcome = await saveBeforeAck({
      ack,
      save,
      errorBlockId: donationBlocks.description,
      toBlockErrors: donationBlockErrors,
      logger: deps.logger,
      onLateFailure: (error) =>
        notifyPerson(client, deps.logger, target, textMessage(lateFailure(error))),
    });

    if (!outcome.saved || !outcome.value) return;

    const text = `Recorded the donation: ${describeDonation(outcome.value)}. It is *offered*; follow it in \`/bridge donations\`.`;

    await notifyPerson(client, deps.logger, target, textMessage(text));
  });
}

function lateFailure(error: unknown): string {
  if (error instanceof ValidationError) {
    return `Your donation was not recorded: ${Object.values(error.fieldErrors).join(' ')}`;
  }

  return 'Your donation was not recorded because of an internal error. Open the form again with `/bridge donation new` in a minute.';
}
