import type { App } from '@slack/bolt';
import { ValidationError } from '../../domain/errors.js';
import {
  actionItemFields,
  mayRecordOutcome,
  outcomeLimits,
  parseOutcomeForm,
  saveOutcome,
} from '../../domain/meetings/outcomes.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { callbackIds, outcomeBlocks } from '../ids.js';
import { notifyPerson, textMessage } from '../notify.js';
import { saveBeforeAck } from '../save-before-ack.js';
import type { FormValue } from '../state-values.js';
import { readStateValues } from '../state-values.js';
import { decodeOutcomeMetadata } from '../views/outcome-modal.js';

/** Saves a meeting's outcome, its action items and the employer's new outreach stage. */
export function registerOutcomeSubmission(app: App, deps: SlackDependencies): void {
  app.view(callbackIds.meetingOutcome, async ({ ack, body, view, client }) => {
    const metadata = decodeOutcomeMetadata(view.private_metadata);
    const values = readOutcomeForm(readStateValues(view.state.values), metadata.meetingId);
    const parsed = parseOutcomeForm(values);
    const shown = new Set(view.blocks.map((block) => block.block_id));
    const toBlockErrors = (errors: Record<string, string>) => placeErrors(errors, shown);

    if (!parsed.ok) {
      await ack({ response_action: 'errors', errors: toBlockErrors(parsed.errors) });
      return;
    }

    const target = { userId: body.user.id, channelId: metadata.channelId };
    const save = (async () => {
      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const access = mayRecordOutcome(actor.person.role);

      // The role may have changed since the form opened; the reason shows under the summary.
      if (!access.allowed) throw new ValidationError({ summary: access.reason });

      return saveOutcome(deps.db, {
        partnershipId: actor.partnership.id,
        recordedBy: actor.person.id,
        outcome: parsed.value,
        sourceMessage: metadata.sourceMessage ?? null,
        now: deps.now(),
      });
    })();
    const saved = await saveBeforeAck({
      ack,
      save,
      errorBlockId: outcomeBlocks.summary,
      toBlockErrors,
      logger: deps.logger,
      onLateFailure: () =>
        notifyPerson(
          client,
          deps.logger,
          target,
          textMessage(
            'The meeting outcome was not saved because of an internal error. Open the form again in a minute.',
          ),
        ),
    });

    if (!saved.saved) return;

    const items = parsed.value.actionItems.length;
    const verb = saved.value.created ? 'Recorded' : 'Updated';

    await notifyPerson(
      client,
      deps.logger,
      target,
      textMessage(
        `${verb} the meeting outcome with ${items} action item(s). Each owner sees theirs on the Bridge Home tab.`,
      ),
    );
  });
}

/** Reads the outcome form's values by field name; a fixed meeting comes from the metadata. */
function readOutcomeForm(
  form: Record<string, FormValue>,
  meetingId: string | undefined,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};

  for (const [field, blockId] of Object.entries(outcomeBlocks)) values[field] = form[blockId];
  for (let row = 1; row <= outcomeLimits.actionItems; row++) {
    for (const field of Object.values(actionItemFields(row))) values[field] = form[field];
  }

  if (meetingId) values.meetingId = meetingId;

  return values;
}

/**
 * Maps the form's field errors to the modal's block ids. An error for a block the modal does not
 * show, such as the meeting of a form opened for one, goes under the summary.
 */
function placeErrors(
  errors: Record<string, string>,
  shown: Set<string | undefined>,
): Record<string, string> {
  const blockIds = outcomeBlocks as Record<string, string>;
  const placed: Record<string, string> = {};

  for (const [field, message] of Object.entries(errors)) {
    const blockId = blockIds[field] ?? field;
    placed[shown.has(blockId) ? blockId : outcomeBlocks.summary] ??= message;
  }

  return placed;
}
