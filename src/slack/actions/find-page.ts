import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { identityOfInteraction, resolveActor } from '../actor.js';
import { findMessage } from '../commands/find-command.js';
import type { SlackDependencies } from '../dependencies.js';
import { actionIds, SLASH_COMMAND } from '../ids.js';
import { FIND_PAGE_BLOCK, parseFindPage } from '../messages/find.js';

const pageButton = new RegExp(`^${actionIds.listPage}_(previous|next)$`);

/** Handles Previous and Next under `/bridge find` results by replacing them with that page. */
export function registerFindPage(app: App, deps: SlackDependencies): void {
  app.action<BlockAction<ButtonAction>>(
    { action_id: pageButton, block_id: FIND_PAGE_BLOCK },
    async ({ ack, body, action, client, respond }) => {
      await ack();

      const page = parseFindPage(action.value);

      if (!page) {
        deps.logger.warn(
          { userId: body.user.id, valueLength: action.value?.length },
          'Ignored a find page button whose value is not a search page',
        );
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: `That page button is no longer valid. Type \`${SLASH_COMMAND} find\` and your words again.`,
        });
        return;
      }

      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const message = await findMessage(deps, actor, page);

      await respond({ response_type: 'ephemeral', replace_original: true, ...message });
    },
  );
}
