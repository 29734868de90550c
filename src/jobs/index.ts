import { eventDayJob } from './event-day.js';
import { eventFeedbackJob } from './event-feedback.js';
import { meetingHandoffsJob } from './meeting-handoffs.js';
import type { ScheduledJob } from './scheduler.js';

/** Every job Bridge runs on a schedule; each module adds its own entry. */
export const scheduledJobs: ScheduledJob[] = [eventFeedbackJob, eventDayJob, meetingHandoffsJob];
