import type {
  AllMiddlewareArgs,
  App,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from '@slack/bolt';
import type { CapacityInput } from '../../domain/capacity-survey.js';
import { parseCapacityForm, saveCapacitySurvey } from '../../domain/capacity-survey.js';
import { accessActorOf } from '../../domain/directory-records/record-access.js';
import type { FieldErrors } from '../../domain/errors.js';
import { UserFacingError, ValidationError } from '../../domain/errors.js';
import { logOutreachContact, updateOutreach } from '../../domain/outreach/changes.js';
import type { OutreachContactInput, OutreachUpdateInput } from '../../domain/outreach/forms.js';
import { parseOutreachContactForm, parseOutreachUpdateForm } from '../../domain/outreach/forms.js';
import { contactChannelLabels, outreachStageLabels } from '../../domain/outreach/labels.js';
import { findPersonIdBySlackUser } from '../../domain/outreach/owners.js';
import { formatDate, todayIn } from '../../domain/time.js';
import type { Parsed } from '../../domain/validation.js';
import type { Actor } from '../actor.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import { cardMessage } from '../card-replies.js';
import type { SlackDependencies } from '../dependencies.js';
import {
  callbackIds,
  capacityBlocks,
  outreachContactBlocks,
  outreachUpdateBlocks,
} from '../ids.js';
import { notifyPerson, textMessage } from '../notify.js';
import { saveBeforeAck } from '../save-before-ack.js';
import type { FormValue } from '../state-values.js';
import { readStateValues, textValue } from '../state-values.js';
import { escapeMrkdwn } from '../text.js';
import { decodeModalMetadata } from '../views/modal-metadata.js';

type SubmissionArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** One outreach form: its blocks by field, how to read it and how to save it. */
interface OutreachFormHandler<T> {
  callbackId: string;
  /** Block id by form field; errors for a field the view does not show go to the first block. */
  blocks: Record<string, string>;
  noun: string;
  parse(form: Record<string, FormValue>, today: string): Parsed<T>;
  /** Saves the form and returns the confirmation to show above the employer's card. */
  save(input: {
    actor: Actor;
    employerId: string;
    value: T;
    form: Record<string, FormValue>;
    viewId: string;
  }): Promise<string>;
}

/**
 * Saves "Log a contact", "Update outreach" and the capacity survey. Field rules are checked
 * first and shown under their fields. Access is checked again when saving, since roles may have
 * changed after the form opened, and a refusal shows on the form without saving anything. The
 * person then gets the employer's card with the change.
 */
export function registerOutreachSubmissions(app: App, deps: SlackDependencies): void {
  const register = <T>(handler: OutreachFormHandler<T>) =>
    app.view<ViewSubmitAction>(handler.callbackId, async (args) => {
      await submitOutreachForm(deps, args, handler);
    });

  register(contactHandler(deps));
  register(updateHandler(deps));
  register(capacityHandler(deps));
}

async function submitOutreachForm<T>(
  deps: SlackDependencies,
  { ack, body, view, client }: SubmissionArgs,
  handler: OutreachFormHandler<T>,
): Promise<void> {
  const metadata = decodeModalMetadata(view.private_metadata);
  const form = readStateValues(view.state.values);
  const toBlockErrors = (errors: FieldErrors) => errorsOnShownBlocks(handler, errors, form);
  const parsed = handler.parse(form, todayIn(metadata.timeZone, deps.now()));

  if (!parsed.ok) {
    await ack({ response_action: 'errors', errors: toBlockErrors(parsed.errors) });
    return;
  }

  const target = { userId: body.user.id, channelId: metadata.channelId };
  const employerId = metadata.recordId ?? '';
  const save = (async () => {
    const actor = await resolveActor(deps, client, identityOfInteraction(body));
    const confirmation = await handler
      .save({ actor, employerId, value: parsed.value, form, viewId: view.id })
      .catch(refusalAsFormError);

    return { actor, confirmation };
  })();
  const outcome = await saveBeforeAck({
    ack,
    save,
    errorBlockId: firstShownBlock(handler, form),
    toBlockErrors,
    logger: deps.logger,
    onLateFailure: (error) =>
      notifyPerson(client, deps.logger, target, textMessage(lateFailure(handler.noun, error))),
  });

  if (!outcome.saved) return;

  const { actor, confirmation } = outcome.value;
  const card = await cardMessage(deps, actor, { record: 'employer', id: employerId });
  const confirmed = textMessage(confirmation);

  await notifyPerson(client, deps.logger, target, {
    text: confirmation,
    blocks: [...confirmed.blocks, ...(card?.blocks ?? [])],
  });
}

function contactHandler(deps: SlackDependencies): OutreachFormHandler<OutreachContactInput> {
  return {
    callbackId: callbackIds.outreachContact,
    blocks: outreachContactBlocks,
    noun: 'contact',
    parse: (form, today) =>
      parseOutreachContactForm({
        channel: textValue(form, outreachContactBlocks.channel),
        contactedOn: textValue(form, outreachContactBlocks.contactedOn),
        summary: textValue(form, outreachContactBlocks.summary),
        stage: textValue(form, outreachContactBlocks.stage),
        nextFollowUpOn: textValue(form, outreachContactBlocks.nextFollowUpOn),
        today,
      }),
    save: async ({ actor, employerId, value, viewId }) => {
      const logged = await logOutreachContact(deps.db, {
        partnershipId: actor.partnership.id,
        actor: accessActorOf(actor.person),
        employerId,
        contact: value,
        sourceKey: `slack:view:${viewId}`,
        now: deps.now(),
      });
      const name = `*${escapeMrkdwn(logged.employerName)}*`;

      if (!logged.logged) return `This contact with ${name} was already logged.`;

      const how = contactChannelLabels[value.channel].toLowerCase();

      return `Logged a${how === 'email' ? 'n' : ''} ${how} with ${name} on ${formatDate(value.contactedOn)}. Stage: ${outreachStageLabels[logged.stage]}.`;
    },
  };
}

function updateHandler(deps: SlackDependencies): OutreachFormHandler<OutreachUpdateInput> {
  return {
    callbackId: callbackIds.outreachUpdate,
    blocks: outreachUpdateBlocks,
    noun: 'outreach change',
    parse: (form, today) =>
      parseOutreachUpdateForm({
        stage: textValue(form, outreachUpdateBlocks.stage),
        nextFollowUpOn: textValue(form, outreachUpdateBlocks.nextFollowUpOn),
        today,
      }),
    save: async ({ actor, employerId, value, form }) => {
      const ownerSlackUserId = textValue(form, outreachUpdateBlocks.ownerPersonId);
      const ownerPersonId = ownerSlackUserId
        ? await findPersonIdBySlackUser(deps.db, {
            partnershipId: actor.partnership.id,
            slackUserId: ownerSlackUserId,
          })
        : null;

      if (ownerPersonId === undefined) {
        throw new ValidationError({
          ownerPersonId:
            'That person has not used Bridge yet. Ask them to type `/bridge` once, then choose them again.',
        });
      }

      const updated = await updateOutreach(deps.db, {
        partnershipId: actor.partnership.id,
        actor: accessActorOf(actor.person),
        employerId,
        update: value,
        ownerPersonId,
        now: deps.now(),
      });
      const name = `*${escapeMrkdwn(updated.employerName)}*`;

      if (!updated.changed) return `Nothing changed in ${name}'s outreach.`;

      return `Updated ${name}'s outreach. Stage: ${outreachStageLabels[updated.stage]}.`;
    },
  };
}

function capacityHandler(deps: SlackDependencies): OutreachFormHandler<CapacityInput> {
  return {
    callbackId: callbackIds.capacitySurvey,
    blocks: capacityBlocks,
    noun: 'capacity survey',
    parse: (form) =>
      parseCapacityForm({
        interns: textValue(form, capacityBlocks.interns),
        apprentices: textValue(form, capacityBlocks.apprentices),
        mentors: textValue(form, capacityBlocks.mentors),
        jobShadows: textValue(form, capacityBlocks.jobShadows),
        tourGroupSize: textValue(form, capacityBlocks.tourGroupSize),
        guestSpeakers: textValue(form, capacityBlocks.guestSpeakers),
        equipment: textValue(form, capacityBlocks.equipment),
        seasons: form[capacityBlocks.seasons] ?? [],
        careerClusters: form[capacityBlocks.careerClusters] ?? [],
      }),
    save: async ({ actor, employerId, value }) => {
      const saved = await saveCapacitySurvey(deps.db, {
        partnershipId: actor.partnership.id,
        actor: accessActorOf(actor.person),
        employerId,
        answers: value,
        now: deps.now(),
      });
      const behalf = saved.onBehalf ? ', recorded on its behalf' : '';

      return `Saved *${escapeMrkdwn(saved.employerName)}*'s capacity survey${behalf}.`;
    },
  };
}

/** Reports an access refusal or a deleted employer as an error on the form itself. */
function refusalAsFormError(error: unknown): never {
  if (error instanceof UserFacingError) throw new ValidationError({ form: error.message });

  throw error;
}

/** Moves each field's message to its block; Slack rejects errors for blocks the view lacks. */
function errorsOnShownBlocks<T>(
  handler: OutreachFormHandler<T>,
  errors: FieldErrors,
  form: Record<string, FormValue>,
): FieldErrors {
  const blockErrors: FieldErrors = {};
  const first = firstShownBlock(handler, form);

  for (const [field, message] of Object.entries(errors)) {
    const blockId = handler.blocks[field];
    const target = blockId !== undefined && blockId in form ? blockId : first;

    blockErrors[target] = blockErrors[target] ? `${blockErrors[target]} ${message}` : message;
  }

  return blockErrors;
}

function firstShownBlock<T>(
  handler: OutreachFormHandler<T>,
  form: Record<string, FormValue>,
): string {
  const blockIds = Object.values(handler.blocks);

  return blockIds.find((blockId) => blockId in form) ?? blockIds[0] ?? 'form';
}

function lateFailure(noun: string, error: unknown): string {
  if (error instanceof ValidationError) {
    return `Your ${noun} was not saved: ${Object.values(error.fieldErrors).join(' ')}`;
  }

  return `Your ${noun} was not saved because of an internal error. Open the form again from the employer's card in a minute.`;
}
