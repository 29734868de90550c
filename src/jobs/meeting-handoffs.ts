import type { CompletedHandoff } from '../domain/meetings/handoffs.js';
import { findDueHandoffs, performHandoff } from '../domain/meetings/handoffs.js';
import { renderHandoffToConvener, renderHandoffToDistrict } from '../slack/messages/handoffs.js';
import type { JobContext, ScheduledJob } from './scheduler.js';

/**
 * Hands employers that have not responded to a meeting invitation in time to the CTE contact of
 * the meeting's school district, marks them unresponsive and notifies the convener. The handoff's
 * unique key makes each happen once, however often or concurrently the job runs.
 */
export const meetingHandoffsJob: ScheduledJob = {
  name: 'meeting-handoffs',
  schedule: '0 * * * *',
  async run(context, now) {
    const due = await findDueHandoffs(context.deps.db, now);

    for (const handoff of due) {
      const completed = await performHandoff(context.deps.db, handoff, now);

      if (completed) await sendHandoffMessages(context, completed, handoff);
    }
  },
};

/**
 * Sends the handoff's messages after its transaction committed. A message that fails is logged
 * and not retried, because the handoff is already recorded.
 */
async function sendHandoffMessages(
  context: JobContext,
  handoff: CompletedHandoff,
  ids: { meetingId: string; employerId: string },
): Promise<void> {
  const sends = [
    ...handoff.recipients.map((recipient) => ({
      channel: recipient.slackUserId,
      message: renderHandoffToDistrict(handoff),
    })),
    ...handoff.convenerSlackIds.map((slackUserId) => ({
      channel: slackUserId,
      message: renderHandoffToConvener(handoff),
    })),
  ];

  for (const send of sends) {
    try {
      await context.client.chat.postMessage({ channel: send.channel, ...send.message });
    } catch (error) {
      context.deps.logger.error(
        { err: error, ...ids, slackUserId: send.channel },
        'Sending an employer handoff message failed; the handoff stays recorded',
      );
    }
  }
}
