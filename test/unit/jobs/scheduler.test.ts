import cron from 'node-cron';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { JobContext, ScheduledJob } from '../../../src/jobs/scheduler.js';
import { startJobs } from '../../../src/jobs/scheduler.js';

const now = new Date('2027-01-11T15:00:00Z');
const context = { deps: { now: () => now }, client: {} } as unknown as JobContext;
const logger = pino({ level: 'silent' });

function job(run: ScheduledJob['run']): ScheduledJob {
  return { name: 'sample', schedule: '*/15 * * * *', run };
}

describe('startJobs', () => {
  it('runs a job now with the clock of its context', async () => {
    const seen: Date[] = [];
    const jobs = startJobs([job(async (_context, at) => void seen.push(at))], context, {
      logger,
      onSchedule: false,
    });

    await jobs.runNow('sample');
    await jobs.stop();

    expect(seen).toEqual([now]);
  });

  it('joins a run that is still going', async () => {
    let runs = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const jobs = startJobs(
      [
        job(async () => {
          runs += 1;
          await gate;
        }),
      ],
      context,
      { logger, onSchedule: false },
    );

    const first = jobs.runNow('sample');
    const second = jobs.runNow('sample');
    release();
    await Promise.all([first, second]);
    await jobs.stop();

    expect(runs).toBe(1);
  });

  it('keeps running after a failed run', async () => {
    let runs = 0;
    const jobs = startJobs(
      [
        job(async () => {
          runs += 1;
          if (runs === 1) throw new Error('database went away');
        }),
      ],
      context,
      { logger, onSchedule: false },
    );

    await jobs.runNow('sample');
    await jobs.runNow('sample');
    await jobs.stop();

    expect(runs).toBe(2);
  });

  it('rejects an unknown job name', async () => {
    const jobs = startJobs([], context, { logger, onSchedule: false });

    await expect(jobs.runNow('missing')).rejects.toThrow('No scheduled job named missing');
    await jobs.stop();
  });

  it('schedules real cron tasks and removes them on stop', async () => {
    const named = () => [...cron.getTasks().values()].filter((task) => task.name === 'sample');
    const jobs = startJobs([job(async () => {})], context, { logger, onSchedule: true });

    expect(named().map((task) => task.getStatus())).toEqual(['idle']);

    await jobs.stop();

    expect(named()).toEqual([]);
  });
});
