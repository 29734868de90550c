import type { App } from '@slack/bolt';
import type { FieldErrors } from '../../domain/errors.js';
import { ValidationError } from '../../domain/errors.js';
import {
  createOpportunity,
  getOpportunity,
  parseOpportunityForm,
} from '../../domain/opportunities.js';
import { todayIn } from '../../domain/time.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { callbackIds, opportunityBlocks } from '../ids.js';
import { renderOpportunityBlocks } from '../messages/opportunities.js';
import { notifyPerson, textMessage } from '../notify.js';
import { saveBeforeAck } from '../save-before-ack.js';
import type { FormValue } from '../state-values.js';
import { readStateValues, textValue } from '../state-values.js';
import { escapeMrkdwn } from '../text.js';
import { decodeModalMetadata } from '../views/modal-metadata.js';

/**
 * Saves a submitted opportunity. Field rules are checked first and shown under their fields;
 * the save then runs before the acknowledgement when it can (see saveBeforeAck).
 */
export function registerOpportunitySubmission(app: App, deps: SlackDependencies): void {
  app.view(callbackIds.opportunityNew, async ({ ack, body, view, client }) => {
    const metadata = decodeModalMetadata(view.private_metadata);
    const form = readStateValues(view.state.values);
    const paid = form[opportunityBlocks.paid];
    const pilot = form[opportunityBlocks.isPilot];
    const parsed = parseOpportunityForm({
      employerId: textValue(form, opportunityBlocks.employerId),
      newEmployerName: textValue(form, opportunityBlocks.newEmployerName),
      type: textValue(form, opportunityBlocks.type),
      title: textValue(form, opportunityBlocks.title),
      description: textValue(form, opportunityBlocks.description),
      careerCluster: textValue(form, opportunityBlocks.careerCluster),
      slots: textValue(form, opportunityBlocks.slots),
      paid: Array.isArray(paid) && paid.includes('paid'),
      startsOn: textValue(form, opportunityBlocks.startsOn),
      endsOn: textValue(form, opportunityBlocks.endsOn),
      location: textValue(form, opportunityBlocks.location),
      isPilot: Array.isArray(pilot) && pilot.includes('pilot'),
      today: todayIn(metadata.timeZone, deps.now()),
    });

    if (!parsed.ok) {
      await ack({ response_action: 'errors', errors: errorsOnShownBlocks(parsed.errors, form) });
      return;
    }

    const target = { userId: body.user.id, channelId: metadata.channelId };
    const save = (async () => {
      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const { id } = await createOpportunity(deps.db, {
        partnershipId: actor.partnership.id,
        createdBy: actor.person.id,
        sourceKey: `slack:view:${view.id}`,
        now: deps.now(),
        opportunity: parsed.value,
        actor: {
          personId: actor.person.id,
          role: actor.person.role,
          organizationId: actor.person.organizationId,
        },
      });

      return getOpportunity(deps.db, { partnershipId: actor.partnership.id, opportunityId: id });
    })();
    const outcome = await saveBeforeAck({
      ack,
      save,
      errorBlockId: opportunityBlocks.title,
      toBlockErrors: (errors) => errorsOnShownBlocks(errors, form),
      logger: deps.logger,
      onLateFailure: (error) =>
        notifyPerson(client, deps.logger, target, textMessage(lateFailure(error))),
    });

    if (!outcome.saved) return;

    const text = `Saved *${escapeMrkdwn(parsed.value.title)}*. It now shows in \`/bridge opportunities\` and on the Home tab.`;
    const blocks = [
      ...textMessage(text).blocks,
      ...(outcome.value ? renderOpportunityBlocks(outcome.value) : []),
    ];

    await notifyPerson(client, deps.logger, target, { text, blocks });
  });
}

function lateFailure(error: unknown): string {
  if (error instanceof ValidationError) {
    return `Your opportunity was not saved: ${Object.values(error.fieldErrors).join(' ')}`;
  }

  return 'Your opportunity was not saved because of an internal error. Open the form again with `/bridge opportunity new` in a minute.';
}

/**
 * Moves an employer error to the new-employer field when the modal had no employer list, since
 * Slack rejects errors for blocks that the view does not contain.
 */
function errorsOnShownBlocks(errors: FieldErrors, form: Record<string, FormValue>): FieldErrors {
  const { employerId, ...rest } = errors;

  if (!employerId) return errors;
  if (opportunityBlocks.employerId in form) return { employerId, ...rest };

  return { [opportunityBlocks.newEmployerName]: employerId, ...rest };
}
