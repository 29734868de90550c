import type { App } from '@slack/bolt';
import { accessActorOf } from '../../domain/directory-records/record-access.js';
import type { FieldErrors } from '../../domain/errors.js';
import { UserFacingError, ValidationError } from '../../domain/errors.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import type { SlackMessage } from '../messages/help.js';
import { notifyPerson, textMessage } from '../notify.js';
import { saveBeforeAck } from '../save-before-ack.js';
import type { FormValue } from '../state-values.js';
import { readStateValues } from '../state-values.js';
import { SubmissionReplays } from '../submission-replays.js';
import { decodeModalMetadata } from '../views/modal-metadata.js';
import type { DirectoryForm } from './directory-forms.js';
import { directoryForms } from './directory-forms.js';

const recordNames: Record<DirectoryForm['record'], string> = {
  employer: 'employer',
  program: 'program',
  contact: 'contact',
  need: 'industry need',
};

/** The field name under which a refusal that belongs to no single field is reported. */
const WHOLE_FORM = 'form';

/**
 * Saves the employer, program, contact and industry need forms. Field rules are checked first
 * and shown under their fields. Access is checked again when saving, because roles may have
 * changed after the form opened, and a refusal shows on the form without saving anything. A
 * retried submission gets the first save's result and no second confirmation.
 */
export function registerDirectorySubmissions(app: App, deps: SlackDependencies): void {
  const replays = new SubmissionReplays<SlackMessage>();

  for (const form of directoryForms) {
    app.view(form.callbackId, async ({ ack, body, view, client }) => {
      const metadata = decodeModalMetadata(view.private_metadata);
      const formState = readStateValues(view.state.values);
      const toBlockErrors = (errors: FieldErrors) => errorsOnShownBlocks(form, errors, formState);
      const read = form.read(fieldValues(form, formState));

      if (!read.ok) {
        await ack({ response_action: 'errors', errors: toBlockErrors(read.errors) });
        return;
      }

      const target = { userId: body.user.id, channelId: metadata.channelId };
      const { save, replayed } = replays.run(
        { viewId: view.id, values: view.state.values },
        async () => {
          const actor = await resolveActor(deps, client, identityOfInteraction(body));

          return read
            .value(deps.db, {
              partnershipId: actor.partnership.id,
              actor: accessActorOf(actor.person),
              recordId: metadata.recordId,
              now: deps.now(),
              timeZone: actor.partnership.timeZone,
            })
            .catch(refusalAsFormError);
        },
      );
      const outcome = await saveBeforeAck({
        ack,
        save,
        errorBlockId: firstShownBlock(form, formState),
        toBlockErrors,
        logger: deps.logger,
        onLateFailure: async (error) => {
          if (replayed) return;

          await notifyPerson(client, deps.logger, target, textMessage(lateFailure(form, error)));
        },
      });

      // The first delivery of a replayed submission sends the confirmation.
      if (!outcome.saved || replayed) return;

      await notifyPerson(client, deps.logger, target, outcome.value);
    });
  }
}

/** Reads each form field from its block; a block the view does not show gives undefined. */
function fieldValues(
  form: DirectoryForm,
  formState: Record<string, FormValue>,
): Record<string, FormValue | undefined> {
  return Object.fromEntries(
    Object.entries(form.blocks).map(([field, blockId]) => [field, formState[blockId]]),
  );
}

/** Reports an access refusal or a deleted record as an error on the form itself. */
function refusalAsFormError(error: unknown): never {
  if (error instanceof UserFacingError) throw new ValidationError({ [WHOLE_FORM]: error.message });

  throw error;
}

/**
 * Moves each field's message to its block. Slack rejects errors for blocks the view lacks, so
 * a message for a field the view does not show, or for the whole form, goes to the first block.
 */
function errorsOnShownBlocks(
  form: DirectoryForm,
  errors: FieldErrors,
  formState: Record<string, FormValue>,
): FieldErrors {
  const blockErrors: FieldErrors = {};
  const first = firstShownBlock(form, formState);

  for (const [field, message] of Object.entries(errors)) {
    const blockId = form.blocks[field];
    const target = blockId !== undefined && blockId in formState ? blockId : first;

    blockErrors[target] = blockErrors[target] ? `${blockErrors[target]} ${message}` : message;
  }

  return blockErrors;
}

function firstShownBlock(form: DirectoryForm, formState: Record<string, FormValue>): string {
  const blockIds = Object.values(form.blocks);

  return blockIds.find((blockId) => blockId in formState) ?? blockIds[0] ?? WHOLE_FORM;
}

function lateFailure(form: DirectoryForm, error: unknown): string {
  const recordName = recordNames[form.record];

  if (error instanceof ValidationError) {
    return `Your ${recordName} was not saved: ${Object.values(error.fieldErrors).join(' ')}`;
  }

  return `Your ${recordName} was not saved because of an internal error. Open the form again in a minute.`;
}
