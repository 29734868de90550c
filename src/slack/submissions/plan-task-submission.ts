import type { App } from '@slack/bolt';
import type { FieldErrors } from '../../domain/errors.js';
import { ValidationError } from '../../domain/errors.js';
import { parseTaskForm, taskFields } from '../../domain/plan-task-form.js';
import { updateTaskDetails } from '../../domain/plan-task-updates.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { publishHome } from '../home.js';
import { callbackIds, planTaskBlocks } from '../ids.js';
import { notifyPerson, textMessage } from '../notify.js';
import { saveBeforeAck } from '../save-before-ack.js';
import { readStateValues } from '../state-values.js';
import { escapeMrkdwnWithin } from '../text.js';
import { decodeModalMetadata } from '../views/modal-metadata.js';

/**
 * Handles the plan task form: saves the owner, status, due date and evidence when the person
 * may change the task, confirms it to them and redraws their Home tab.
 */
export function registerPlanTaskSubmission(app: App, deps: SlackDependencies): void {
  app.view(callbackIds.planTask, async ({ ack, body, view, client }) => {
    const metadata = decodeModalMetadata(view.private_metadata);
    const form = readStateValues(view.state.values);
    const parsed = parseTaskForm({
      [taskFields.ownerPersonId]: form[planTaskBlocks.ownerPersonId],
      [taskFields.status]: form[planTaskBlocks.status],
      [taskFields.dueOn]: form[planTaskBlocks.dueOn],
      [taskFields.evidence]: form[planTaskBlocks.evidence],
    });

    if (!parsed.ok) {
      await ack({ response_action: 'errors', errors: onBlocks(parsed.errors) });
      return;
    }

    const target = { userId: body.user.id, channelId: metadata.channelId };
    const save = (async () => {
      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const result = await updateTaskDetails(deps.db, {
        partnershipId: actor.partnership.id,
        actor: { personId: actor.person.id, role: actor.person.role },
        taskId: metadata.recordId ?? '',
        form: parsed.value,
        now: deps.now(),
      });

      if (result.outcome === 'not_allowed') {
        throw new ValidationError({ [taskFields.status]: result.reason });
      }

      if (result.outcome === 'not_found') {
        throw new ValidationError({
          [taskFields.status]:
            'This task is no longer in the plan. Close the form and type `/bridge plan`.',
        });
      }

      return { actor, result };
    })();
    const outcome = await saveBeforeAck({
      ack,
      save,
      errorBlockId: planTaskBlocks.status,
      toBlockErrors: onBlocks,
      logger: deps.logger,
      onLateFailure: (error) =>
        notifyPerson(client, deps.logger, target, textMessage(lateFailure(error))),
    });

    if (!outcome.saved) return;

    const { actor, result } = outcome.value;
    const title = escapeMrkdwnWithin(result.task.title, 200);
    const what = result.outcome === 'updated' ? 'Saved' : 'Nothing changed in';

    await notifyPerson(client, deps.logger, target, textMessage(`${what} *${title}*.`));
    await publishHome(deps, client, actor);
  });
}

const blockOfField: Record<string, string> = {
  [taskFields.ownerPersonId]: planTaskBlocks.ownerPersonId,
  [taskFields.status]: planTaskBlocks.status,
  [taskFields.dueOn]: planTaskBlocks.dueOn,
  [taskFields.evidence]: planTaskBlocks.evidence,
};

function onBlocks(errors: FieldErrors): FieldErrors {
  const shown: FieldErrors = {};

  for (const [field, message] of Object.entries(errors)) {
    shown[blockOfField[field] ?? planTaskBlocks.status] = message;
  }

  return shown;
}

function lateFailure(error: unknown): string {
  if (error instanceof ValidationError) {
    return `The task was not saved: ${Object.values(error.fieldErrors).join(' ')}`;
  }

  return 'The task was not saved because of an internal error. Try again in a minute from `/bridge plan`.';
}
