import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { identityOfInteraction } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { actionIds } from '../ids.js';
import { openOutreachModal } from '../open-outreach-modal.js';
import type { OutreachForm } from '../prepare-outreach-form.js';

const formByAction: Record<string, OutreachForm> = {
  [actionIds.outreachLogContact]: 'contact',
  [actionIds.outreachUpdate]: 'update',
  [actionIds.capacitySurvey]: 'capacity',
};

/**
 * Opens the form behind "Log a contact", "Update outreach" and "Capacity survey" on an employer
 * card; each button's value is the employer's id.
 */
export function registerOutreachButtons(app: App, deps: SlackDependencies): void {
  for (const [actionId, form] of Object.entries(formByAction)) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, client }) => {
      await ack();

      await openOutreachModal(
        deps,
        client,
        {
          triggerId: body.trigger_id,
          identity: identityOfInteraction(body),
          channelId: body.channel?.id,
        },
        form,
        { employerId: action.value ?? '' },
      );
    });
  }
}
