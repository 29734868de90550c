import type { WebClient } from '@slack/web-api';
import type { Logger } from '../logger.js';
import type { SlackMessage } from './messages/help.js';
import { mrkdwn } from './text.js';

/**
 * Tells one person something only they should see: an ephemeral message in the channel they
 * worked from, or a direct message when there is no channel or the ephemeral fails.
 */
export async function notifyPerson(
  client: WebClient,
  logger: Logger,
  target: { userId: string; channelId?: string | undefined },
  message: SlackMessage,
): Promise<void> {
  if (target.channelId) {
    try {
      await client.chat.postEphemeral({
        channel: target.channelId,
        user: target.userId,
        ...message,
      });
      return;
    } catch (error) {
      logger.warn(
        { err: error, channelId: target.channelId, userId: target.userId },
        'Ephemeral failed; sending a direct message',
      );
    }
  }

  await client.chat.postMessage({ channel: target.userId, ...message });
}

/** Builds a one-section message from mrkdwn text. */
export function textMessage(text: string): SlackMessage {
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}
