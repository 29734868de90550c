import type { App, MessageShortcut } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies.js';
import { callbackIds } from '../ids.js';
import { openOutcomeModal } from './open-meeting-modals.js';

/**
 * Opens the meeting outcome form from any message, with the message's text as the start of the
 * summary and the person choosing the meeting.
 */
export function registerOutcomeShortcut(app: App, deps: SlackDependencies): void {
  app.shortcut<MessageShortcut>(
    { callback_id: callbackIds.meetingOutcomeFromMessage, type: 'message_action' },
    async ({ ack, shortcut, client }) => {
      await ack();

      await openOutcomeModal(deps, client, {
        triggerId: shortcut.trigger_id,
        identity: {
          teamId: shortcut.team?.id ?? shortcut.user.team_id ?? '',
          userId: shortcut.user.id,
          userName: shortcut.user.name,
        },
        channelId: shortcut.channel.id,
        summaryStart: shortcut.message.text,
        sourceMessage: `${shortcut.channel.id}/${shortcut.message.ts}`,
      });
    },
  );
}
