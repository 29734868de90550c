import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { markActionItemDone } from '../../domain/meetings/action-items.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { publishHome } from '../home.js';
import { actionIds } from '../ids.js';
import { notifyPerson, textMessage } from '../notify.js';

/** Marks an action item done from the Home tab's Done button, then refreshes the tab. */
export function registerActionItemDone(app: App, deps: SlackDependencies): void {
  app.action<BlockAction<ButtonAction>>(
    actionIds.actionItemDone,
    async ({ ack, body, action, client }) => {
      await ack();

      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const result = await markActionItemDone(deps.db, {
        partnershipId: actor.partnership.id,
        actionItemId: action.value ?? '',
        actor: { personId: actor.person.id, role: actor.person.role },
        now: deps.now(),
      });
      const target = { userId: body.user.id, channelId: body.channel?.id };

      if (result.outcome === 'not_found') {
        const text =
          'That action item no longer exists; it may have been removed from the outcome.';
        await notifyPerson(client, deps.logger, target, textMessage(text));
      } else if (result.outcome === 'forbidden') {
        await notifyPerson(client, deps.logger, target, textMessage(result.reason));
        return;
      }

      await publishHome(deps, client, actor);
    },
  );
}
