import { listDueFollowUpNudges } from '../domain/reminders/follow-up-nudges.js';
import { renderFollowUpNudge } from '../slack/messages/reminders.js';
import type { ScheduledJob } from './scheduler.js';
import type { ReminderOutcome } from './send-reminder.js';
import { logReminderRun, sendReminder } from './send-reminder.js';

/**
 * Nudges outreach owners about employers whose next follow-up date has passed, once a local day
 * from 08:00, listing all such employers in one message.
 */
export const followUpNudgesJob: ScheduledJob = {
  name: 'follow-up-nudges',
  schedule: '0 * * * *',
  async run(context, now) {
    const due = await listDueFollowUpNudges(context.deps.db, now);
    const outcomes: ReminderOutcome[] = [];

    for (const nudge of due) {
      const key = {
        partnershipId: nudge.partnershipId,
        kind: 'follow_up_nudge' as const,
        period: nudge.today,
        recipient: nudge.personId,
      };
      const message = renderFollowUpNudge(nudge);

      outcomes.push(
        await sendReminder(context, { key, slackUserId: nudge.slackUserId, message }, now),
      );
    }

    logReminderRun(context, followUpNudgesJob.name, outcomes);
  },
};
