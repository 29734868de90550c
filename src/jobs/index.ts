import { actionItemRemindersJob } from './action-item-reminders.js';
import { eventDayJob } from './event-day.js';
import { eventFeedbackJob } from './event-feedback.js';
import { eventRemindersJob } from './event-reminders.js';
import { followUpNudgesJob } from './follow-up-nudges.js';
import { meetingHandoffsJob } from './meeting-handoffs.js';
import type { ScheduledJob } from './scheduler.js';
import { weeklyDigestJob } from './weekly-digest.js';

/** Every job Bridge runs on a schedule; each module adds its own entry. */
export const scheduledJobs: ScheduledJob[] = [
  eventFeedbackJob,
  eventDayJob,
  meetingHandoffsJob,
  eventRemindersJob,
  actionItemRemindersJob,
  followUpNudgesJob,
  weeklyDigestJob,
];
