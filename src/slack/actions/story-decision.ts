import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { StoryDecision } from '../../domain/stories.js';
import { decideStory } from '../../domain/stories.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { actionIds } from '../ids.js';
import type { SlackMessage } from '../messages/help.js';
import {
  renderAuthorDecision,
  renderDecidedStory,
  renderStoryAlreadyDecided,
} from '../messages/stories.js';
import { textMessage } from '../notify.js';

const decisionByAction: Record<string, StoryDecision> = {
  [actionIds.storyApprove]: 'approved',
  [actionIds.storyReject]: 'rejected',
};

const notFound = 'That success story no longer exists. Nothing changed.';

/**
 * Approves or rejects a success story from the buttons in a convener's direct message. The first
 * decision wins, and a later click gets a reply with who decided. Anyone else who clicks gets the reason.
 */
export function registerStoryDecision(app: App, deps: SlackDependencies): void {
  const pattern = new RegExp(`^(${Object.keys(decisionByAction).join('|')})$`);

  app.action<BlockAction<ButtonAction>>(pattern, async ({ ack, body, action, client, respond }) => {
    await ack();

    const decision = decisionByAction[action.action_id];

    if (!decision) return;

    const actor = await resolveActor(deps, client, identityOfInteraction(body));
    const timeZone = actor.partnership.timeZone;
    const result = await decideStory(deps.db, {
      partnershipId: actor.partnership.id,
      storyId: action.value ?? '',
      decider: { personId: actor.person.id, role: actor.person.role },
      decision,
      now: deps.now(),
    });
    const reply = (message: SlackMessage) =>
      respond({ response_type: 'ephemeral', replace_original: false, ...message });

    switch (result.outcome) {
      case 'not_allowed':
        await reply(textMessage(result.reason));
        return;
      case 'not_found':
        await reply(textMessage(notFound));
        return;
      case 'already_decided':
        await replaceButtons(body, client, renderDecidedStory(result.story, timeZone));
        await reply(renderStoryAlreadyDecided(result.story, timeZone));
        return;
      case 'decided': {
        await replaceButtons(body, client, renderDecidedStory(result.story, timeZone));

        const author = result.story.submittedBy?.slackUserId;

        if (author) {
          await client.chat.postMessage({ channel: author, ...renderAuthorDecision(result.story) });
        } else {
          deps.logger.warn(
            { storyId: result.story.id },
            'The story has no author in Slack, so the decision was not sent to them',
          );
        }
        return;
      }
    }
  });
}

/**
 * Replaces the clicked message with the decided story. NOTE: other conveners' copies keep their
 * buttons, because their message timestamps are not stored. A click there replies with who decided.
 */
async function replaceButtons(
  body: BlockAction<ButtonAction>,
  client: WebClient,
  message: SlackMessage,
): Promise<void> {
  const channel = body.container.channel_id as string | undefined;
  const ts = body.container.message_ts as string | undefined;

  if (!channel || !ts || body.container.is_ephemeral) return;

  await client.chat.update({ channel, ts, ...message });
}
