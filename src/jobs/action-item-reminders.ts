import { listDueActionItemReminders } from '../domain/reminders/action-item-reminders.js';
import { renderActionItemReminder } from '../slack/messages/reminders.js';
import type { ScheduledJob } from './scheduler.js';
import type { ReminderOutcome } from './send-reminder.js';
import { logReminderRun, sendReminder } from './send-reminder.js';

/**
 * Reminds owners of open action items due within two days or overdue, once a local day from
 * 08:00, listing all such items in one message.
 */
export const actionItemRemindersJob: ScheduledJob = {
  name: 'action-item-reminders',
  schedule: '0 * * * *',
  async run(context, now) {
    const due = await listDueActionItemReminders(context.deps.db, now);
    const outcomes: ReminderOutcome[] = [];

    for (const reminder of due) {
      const key = {
        partnershipId: reminder.partnershipId,
        kind: 'action_item_reminder' as const,
        period: reminder.today,
        recipient: reminder.personId,
      };
      const message = renderActionItemReminder(reminder);

      outcomes.push(
        await sendReminder(context, { key, slackUserId: reminder.slackUserId, message }, now),
      );
    }

    logReminderRun(context, actionItemRemindersJob.name, outcomes);
  },
};
