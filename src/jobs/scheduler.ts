import type { WebClient } from '@slack/web-api';
import cron from 'node-cron';
import type { Logger } from '../logger.js';
import type { SlackDependencies } from '../slack/dependencies.js';

/** The Slack services and workspace client a scheduled job runs with. */
export interface JobContext {
  deps: SlackDependencies;
  client: WebClient;
}

/**
 * A job that runs on a cron schedule. `run` must be safe to repeat: a second run at the same
 * time, or one that follows a crash, changes nothing that the first run finished.
 */
export interface ScheduledJob {
  name: string;
  /** A node-cron expression in the server's time zone; jobs convert to each partnership's zone. */
  schedule: string;
  run(context: JobContext, now: Date): Promise<void>;
}

export interface JobScheduler {
  /** Runs one job now, as its schedule would; tests use it with the clock they pass in. */
  runNow(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts each job on its schedule. A run that is still going when the next one is due is
 * skipped, and a failed run is logged and runs again at the next scheduled time.
 */
export function startJobs(
  jobs: readonly ScheduledJob[],
  context: JobContext,
  options: { logger: Logger; onSchedule: boolean },
): JobScheduler {
  const { logger } = options;
  const running = new Map<string, Promise<void>>();

  const runJob = async (job: ScheduledJob): Promise<void> => {
    const current = running.get(job.name);

    if (current) return current;

    const started = (async () => {
      try {
        await job.run(context, context.deps.now());
      } catch (error) {
        logger.error(
          { err: error, job: job.name },
          'Scheduled job failed; it runs again on schedule',
        );
      } finally {
        running.delete(job.name);
      }
    })();
    running.set(job.name, started);

    return started;
  };

  // Tests turn the schedules off and call runNow with the clock they pass in.
  const tasks = options.onSchedule
    ? jobs.map((job) =>
        cron.schedule(job.schedule, () => runJob(job), { name: job.name, noOverlap: true }),
      )
    : [];

  return {
    runNow: async (name) => {
      const job = jobs.find((candidate) => candidate.name === name);

      if (!job) throw new Error(`No scheduled job named ${name}`);

      await runJob(job);
    },
    stop: async () => {
      for (const task of tasks) await task.destroy();
      await Promise.all(running.values());
    },
  };
}
