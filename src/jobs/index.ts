import type { ScheduledJob } from './scheduler.js';

/** Every job Bridge runs on a schedule; each module adds its own entry. */
export const scheduledJobs: ScheduledJob[] = [];
