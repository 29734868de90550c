import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { FieldErrors } from '../../domain/errors.js';
import { ValidationError } from '../../domain/errors.js';
import { listConveners } from '../../domain/roles.js';
import type { Story } from '../../domain/stories.js';
import { parseStoryForm, storyFields, submitStory } from '../../domain/stories.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { callbackIds, storyBlocks } from '../ids.js';
import { renderStoryForApproval, renderStorySubmitted } from '../messages/stories.js';
import { notifyPerson, textMessage } from '../notify.js';
import { saveBeforeAck } from '../save-before-ack.js';
import { readStateValues } from '../state-values.js';
import { decodeModalMetadata } from '../views/modal-metadata.js';

const blockOfField: Record<string, string> = {
  [storyFields.title]: storyBlocks.title,
  [storyFields.story]: storyBlocks.story,
  [storyFields.organizationIds]: storyBlocks.organizationIds,
  [storyFields.programIds]: storyBlocks.programIds,
};

/**
 * Handles `/bridge story new`: stores the story as pending, sends it to every convener with
 * Approve and Reject, and confirms it to the author.
 */
export function registerStorySubmission(app: App, deps: SlackDependencies): void {
  app.view(callbackIds.storyNew, async ({ ack, body, view, client }) => {
    const metadata = decodeModalMetadata(view.private_metadata);
    const form = readStateValues(view.state.values);
    const parsed = parseStoryForm(
      Object.fromEntries(
        Object.entries(blockOfField).map(([field, blockId]) => [field, form[blockId]]),
      ),
    );

    if (!parsed.ok) {
      await ack({ response_action: 'errors', errors: onBlocks(parsed.errors) });
      return;
    }

    const target = { userId: body.user.id, channelId: metadata.channelId };
    const save = (async () => {
      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const result = await submitStory(deps.db, {
        partnershipId: actor.partnership.id,
        personId: actor.person.id,
        role: actor.person.role,
        form: parsed.value,
      });

      if (result.outcome === 'not_allowed') {
        throw new ValidationError({ [storyFields.title]: result.reason });
      }

      return result.story;
    })();
    const outcome = await saveBeforeAck({
      ack,
      save,
      errorBlockId: storyBlocks.title,
      toBlockErrors: onBlocks,
      logger: deps.logger,
      onLateFailure: (error) =>
        notifyPerson(client, deps.logger, target, textMessage(lateFailure(error))),
    });

    if (!outcome.saved) return;

    const notified = await sendToConveners(deps, client, outcome.value);

    await notifyPerson(client, deps.logger, target, renderStorySubmitted(outcome.value, notified));
  });
}

/**
 * Sends the story to every convener in a direct message and returns how many were sent. A
 * failed message is logged and does not stop the others.
 */
async function sendToConveners(
  deps: SlackDependencies,
  client: WebClient,
  story: Story,
): Promise<number> {
  const conveners = await listConveners(deps.db, story.partnershipId);
  const message = renderStoryForApproval(story);
  let sent = 0;

  for (const convener of conveners) {
    try {
      await client.chat.postMessage({ channel: convener.slackUserId, ...message });
      sent += 1;
    } catch (error) {
      deps.logger.error(
        { err: error, storyId: story.id, convenerId: convener.id },
        'Sending a success story to a convener failed',
      );
    }
  }

  return sent;
}

function onBlocks(errors: FieldErrors): FieldErrors {
  const shown: FieldErrors = {};

  for (const [field, message] of Object.entries(errors)) {
    shown[blockOfField[field] ?? storyBlocks.title] = message;
  }

  return shown;
}

function lateFailure(error: unknown): string {
  if (error instanceof ValidationError) {
    return `Your story was not saved: ${Object.values(error.fieldErrors).join(' ')} Submit it again with \`/bridge story new\`.`;
  }

  return 'Your story was not saved because of an internal error. Submit it again with `/bridge story new` in a minute.';
}
