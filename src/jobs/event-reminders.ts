import { listDueEventReminders } from '../domain/reminders/event-reminders.js';
import { renderEventReminder } from '../slack/messages/reminders.js';
import type { ScheduledJob } from './scheduler.js';
import type { ReminderOutcome } from './send-reminder.js';
import { logReminderRun, sendReminder } from './send-reminder.js';

/**
 * Reminds those who RSVPed Going or Maybe of an event, from 09:00 local on the day before it
 * until it starts. Each person gets one reminder per event, however often the job runs.
 */
export const eventRemindersJob: ScheduledJob = {
  name: 'event-reminders',
  schedule: '*/15 * * * *',
  async run(context, now) {
    const due = await listDueEventReminders(context.deps.db, now);
    const outcomes: ReminderOutcome[] = [];

    for (const reminder of due) {
      const calendarUrl = context.deps.announcements.calendarUrl(reminder.event.id);
      const key = {
        partnershipId: reminder.partnershipId,
        kind: 'event_reminder' as const,
        period: reminder.event.id,
        recipient: reminder.personId,
      };
      const message = renderEventReminder(reminder, calendarUrl);

      outcomes.push(
        await sendReminder(context, { key, slackUserId: reminder.slackUserId, message }, now),
      );
    }

    logReminderRun(context, eventRemindersJob.name, outcomes);
  },
};
