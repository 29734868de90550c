import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { isUuid } from '../../domain/record-owners.js';
import { identityOfInteraction } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import type { DirectoryRecord } from '../ids.js';
import { actionIds } from '../ids.js';
import { openDirectoryModal } from '../open-directory-modal.js';

const recordByAction: Record<string, DirectoryRecord> = {
  [actionIds.directoryAddNeed]: 'need',
  [actionIds.directoryAddContact]: 'contact',
};

/**
 * Opens the add form behind "Add a need" and "Add a contact" on an employer card, with the
 * employer chosen. The form opens at once, because the trigger id expires three seconds after
 * the click.
 */
export function registerDirectoryAddButtons(app: App, deps: SlackDependencies): void {
  for (const [actionId, record] of Object.entries(recordByAction)) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, client }) => {
      await ack();

      // The button's value is the employer's id; the form checks it like a picked employer.
      const organizationId = action.value && isUuid(action.value) ? action.value : undefined;

      await openDirectoryModal(
        deps,
        client,
        {
          triggerId: body.trigger_id,
          identity: identityOfInteraction(body),
          channelId: body.channel?.id,
        },
        organizationId ? { record, organizationId } : { record },
      );
    });
  }
}
