import type { App } from '@slack/bolt';
import type { StakeholderGroup } from '../../db/schema/index.js';
import { stakeholderGroups } from '../../db/schema/index.js';
import { addCommitteeSeat, seatFields } from '../../domain/committee.js';
import type { FieldErrors } from '../../domain/errors.js';
import { ValidationError } from '../../domain/errors.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import { committeeMessage } from '../commands/committee-command.js';
import type { SlackDependencies } from '../dependencies.js';
import { callbackIds, committeeSeatBlocks } from '../ids.js';
import { describeSeated } from '../messages/committee.js';
import { notifyPerson, textMessage } from '../notify.js';
import { saveBeforeAck } from '../save-before-ack.js';
import { readStateValues, textValue } from '../state-values.js';
import { mrkdwn } from '../text.js';
import { decodeModalMetadata } from '../views/modal-metadata.js';

/**
 * Handles the seat form: seats the chosen person for the chosen stakeholder group, then sends
 * the convener the updated committee.
 */
export function registerCommitteeSeatSubmission(app: App, deps: SlackDependencies): void {
  app.view(callbackIds.committeeSeat, async ({ ack, body, view, client }) => {
    const metadata = decodeModalMetadata(view.private_metadata);
    const form = readStateValues(view.state.values);
    const personId = textValue(form, committeeSeatBlocks.personId);
    const group = textValue(form, committeeSeatBlocks.group);
    const errors: FieldErrors = {};

    if (!personId) errors[committeeSeatBlocks.personId] = 'Choose the person to seat.';
    if (!isStakeholderGroup(group)) {
      errors[committeeSeatBlocks.group] = 'Choose the stakeholder group they represent.';
    }

    if (!personId || !isStakeholderGroup(group)) {
      await ack({ response_action: 'errors', errors });
      return;
    }

    const target = { userId: body.user.id, channelId: metadata.channelId };
    const save = (async () => {
      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const result = await addCommitteeSeat(deps.db, {
        partnershipId: actor.partnership.id,
        actor: { personId: actor.person.id, role: actor.person.role },
        personId,
        group,
      });

      if (result.outcome === 'not_allowed') {
        throw new ValidationError({ [seatFields.personId]: result.reason });
      }

      return { actor, seat: result.seat };
    })();
    const outcome = await saveBeforeAck({
      ack,
      save,
      errorBlockId: committeeSeatBlocks.personId,
      toBlockErrors: (fieldErrors) => onBlocks(fieldErrors),
      logger: deps.logger,
      onLateFailure: (error) =>
        notifyPerson(client, deps.logger, target, textMessage(lateFailure(error))),
    });

    if (!outcome.saved) return;

    const { actor, seat } = outcome.value;
    const committee = await committeeMessage(deps, actor, 0);

    await notifyPerson(client, deps.logger, target, {
      text: `${describeSeated(seat)}\n${committee.text}`,
      blocks: [{ type: 'section', text: mrkdwn(describeSeated(seat)) }, ...committee.blocks],
    });
  });
}

function isStakeholderGroup(value: string | null): value is StakeholderGroup {
  return stakeholderGroups.includes(value as StakeholderGroup);
}

function onBlocks(errors: FieldErrors): FieldErrors {
  const shown: FieldErrors = {};

  for (const [field, message] of Object.entries(errors)) {
    const blockId =
      field === seatFields.group ? committeeSeatBlocks.group : committeeSeatBlocks.personId;
    shown[blockId] = message;
  }

  return shown;
}

function lateFailure(error: unknown): string {
  if (error instanceof ValidationError) {
    return `The seat was not added: ${Object.values(error.fieldErrors).join(' ')}`;
  }

  return 'The seat was not added because of an internal error. Try again in a minute with `/bridge committee`.';
}
