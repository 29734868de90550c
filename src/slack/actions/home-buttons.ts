import type { App, BlockAction } from '@slack/bolt';
import { identityOfInteraction } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { actionIds } from '../ids.js';
import { openEventModal, openOpportunityModal } from '../open-modals.js';

/** Opens the forms behind the Home tab's "New opportunity" and "New event" buttons. */
export function registerHomeButtons(app: App, deps: SlackDependencies): void {
  const open = {
    [actionIds.homeNewOpportunity]: openOpportunityModal,
    [actionIds.homeNewEvent]: openEventModal,
  };

  for (const [actionId, openModal] of Object.entries(open)) {
    app.action<BlockAction>(actionId, async ({ ack, body, client }) => {
      await ack();

      await openModal(deps, client, {
        triggerId: body.trigger_id,
        identity: identityOfInteraction(body),
      });
    });
  }
}
