import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { identityOfInteraction } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { actionIds, parseDirectoryRecordValue } from '../ids.js';
import { notifyPerson, textMessage } from '../notify.js';
import { openDirectoryModal } from '../open-directory-modal.js';

/**
 * Opens the edit form behind a directory card's "Edit" button. The button's value names the
 * record; openDirectoryModal checks that the person may edit it before showing the form.
 */
export function registerDirectoryEditAction(app: App, deps: SlackDependencies): void {
  app.action<BlockAction<ButtonAction>>(
    actionIds.directoryEdit,
    async ({ ack, body, action, client }) => {
      await ack();

      const target = parseDirectoryRecordValue(action.value ?? '');
      const channelId = body.channel?.id;

      if (!target) {
        deps.logger.warn({ value: action.value }, 'An Edit button carried an unreadable value');
        await notifyPerson(
          client,
          deps.logger,
          { userId: body.user.id, channelId },
          textMessage(
            'That Edit button no longer names a record. Show the card again and use its new Edit button.',
          ),
        );
        return;
      }

      await openDirectoryModal(
        deps,
        client,
        { triggerId: body.trigger_id, identity: identityOfInteraction(body), channelId },
        target,
      );
    },
  );
}
