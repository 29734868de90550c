import type { DeliveryKey } from '../domain/deliveries.js';
import { deliverOnce } from '../domain/deliveries.js';
import type { SlackMessage } from '../slack/messages/help.js';
import type { JobContext } from './scheduler.js';

export type ReminderOutcome = 'sent' | 'skipped' | 'failed';

/**
 * Sends one reminder as a direct message at most once per key. A failed send (a user who left,
 * a rate limit) is logged and recorded, and a later tick retries it after a back-off, so a Slack
 * error for one person does not stop the others.
 */
export async function sendReminder(
  { deps, client }: JobContext,
  reminder: { key: DeliveryKey; slackUserId: string; message: SlackMessage },
  now: Date,
): Promise<ReminderOutcome> {
  const { key, slackUserId, message } = reminder;

  return deliverOnce(deps.db, key, now, async () => {
    try {
      const sent = await client.chat.postMessage({ channel: slackUserId, ...message });

      return { channelId: sent.channel, messageTs: sent.ts };
    } catch (error) {
      deps.logger.warn(
        { err: error, ...key, slackUserId },
        'Sending a reminder failed; a later run retries it',
      );
      throw error;
    }
  });
}

/** Logs how many reminders a run sent and how many failed, when it did anything. */
export function logReminderRun(
  context: JobContext,
  job: string,
  outcomes: readonly ReminderOutcome[],
): void {
  const sent = outcomes.filter((outcome) => outcome === 'sent').length;
  const failed = outcomes.filter((outcome) => outcome === 'failed').length;

  if (sent + failed > 0) context.deps.logger.info({ job, sent, failed }, 'Sent reminders');
}
