import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { identityOfInteraction, resolveActor } from '../actor.js';
import { cardMessage } from '../card-replies.js';
import type { SlackDependencies } from '../dependencies.js';
import { actionIds, parseCardValue } from '../ids.js';
import { renderCardGone } from '../messages/cards.js';

/** Replaces the list of candidates with the card whose "Show" button was clicked. */
export function registerDirectoryCardButtons(app: App, deps: SlackDependencies): void {
  app.action<BlockAction<ButtonAction>>(
    actionIds.directoryCard,
    async ({ ack, body, action, client, respond }) => {
      await ack();

      const target = parseCardValue(action.value ?? '');

      if (!target) {
        deps.logger.warn({ value: action.value }, 'Ignored a card button with an invalid value');
        return;
      }

      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const message = await cardMessage(deps, actor, target);

      await respond({
        response_type: 'ephemeral',
        replace_original: true,
        ...(message ?? renderCardGone(target.record)),
      });
    },
  );
}
