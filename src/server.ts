import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import { ExpressReceiver, SocketModeReceiver } from '@slack/bolt';
import type { Application } from 'express';
import type { Config } from './config.js';
import type { DatabaseHandle } from './db/client.js';
import { openDatabase } from './db/client.js';
import { checkDatabase } from './db/health.js';
import { runMigrations } from './db/migrate.js';
import { announceDemoEvents } from './demo/announce-demo-events.js';
import { loadDemoData } from './demo/load-demo-data.js';
import { addEventCalendarRoute, eventCalendarPath } from './http/event-calendar.js';
import { addImpactReportRoutes } from './http/impact-reports.js';
import { addMeetingCalendarRoute } from './http/meeting-calendar.js';
import { scheduledJobs } from './jobs/index.js';
import type { JobScheduler } from './jobs/scheduler.js';
import { startJobs } from './jobs/scheduler.js';
import { type LocalWorkspace, mountLocalWorkspace } from './local/mount.js';
import { localWorkspace } from './local/workspace.js';
import type { Logger } from './logger.js';
import { AnnouncementUpdater } from './slack/announcement-updater.js';
import { createSlackApp } from './slack/app.js';
import { boltLogger } from './slack/bolt-logger.js';
import { describeSlackStartFailure } from './slack/connection-error.js';
import type { SlackDependencies } from './slack/dependencies.js';

export interface BridgeOptions {
  config: Config;
  logger: Logger;
  /** The clock every listener reads; tests pass a fixed one. */
  now?: () => Date;
  /** How long RSVP clicks on one event are gathered into one announcement update, in ms. */
  announcementDelayMs?: number;
  /** An open, migrated database to use instead of the one the config names; tests pass one. */
  database?: DatabaseHandle;
  /** False leaves scheduled jobs to `jobs.runNow`, so tests run them with their own clock. */
  runSchedules?: boolean;
}

export interface RunningBridge {
  url: string;
  database: DatabaseHandle;
  slackApp: App;
  announcements: AnnouncementUpdater;
  jobs: JobScheduler;
  /** The local workspace, in local mode. */
  local?: LocalWorkspace;
  stop(): Promise<void>;
}

/** Opens the database, applies migrations and serves Slack (or the local workspace) over HTTP. */
export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const { config } = options;
  const database =
    options.database ?? (await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir }));

  try {
    return await serveBridge(options, database);
  } catch (error) {
    if (!options.database) await database.close();
    throw error;
  }
}

async function serveBridge(
  options: BridgeOptions,
  database: DatabaseHandle,
): Promise<RunningBridge> {
  const { config, logger } = options;
  const now = options.now ?? (() => new Date());
  const applied = await runMigrations(database.db);
  logger.info({ driver: database.driver, applied }, 'Database ready');

  const announcements = new AnnouncementUpdater({
    db: database.db,
    logger: logger.child({ component: 'announcements' }),
    delayMs: options.announcementDelayMs ?? 1000,
    now,
    // deps.publicUrl is known once the server listens, before any announcement renders.
    calendarUrl: (eventId) =>
      deps.publicUrl
        ? `${deps.publicUrl}${eventCalendarPath(config.slack.signingSecret, eventId)}`
        : undefined,
  });
  const deps: SlackDependencies = {
    db: database.db,
    logger,
    now,
    announcements,
    linkSecret: config.slack.signingSecret,
  };

  const demoChannelId = localWorkspace.channels.find(
    (channel) => channel.name === 'career-events',
  )?.id;
  const demoLoaded =
    config.slack.mode === 'local' &&
    config.loadDemoData &&
    (await loadDemoData(database.db, {
      teamId: localWorkspace.team.id,
      now: now(),
      announcementChannelId: demoChannelId ?? localWorkspace.channels[0]?.id ?? '',
    }));

  if (demoLoaded) logger.info({ teamId: localWorkspace.team.id }, 'Loaded the demo region');

  const served =
    config.slack.mode === 'socket'
      ? await serveSocketMode(options, deps, database)
      : await serveHttp(options, deps, database);

  deps.publicUrl = config.publicUrl ?? (config.slack.mode === 'local' ? served.url : undefined);

  const jobs = startJobs(
    scheduledJobs,
    { deps, client: served.slackApp.client },
    { logger: logger.child({ component: 'jobs' }), onSchedule: options.runSchedules ?? true },
  );

  const stop = async () => {
    await jobs.stop();
    if (config.slack.mode === 'socket') await served.slackApp.stop();

    served.server.closeAllConnections();
    await new Promise<void>((resolve) => served.server.close(() => resolve()));
    await announcements.drain();
    await served.local?.close();
    if (!options.database) await database.close();
  };

  try {
    if (demoLoaded) await announceDemoEvents(deps, served.slackApp.client, localWorkspace.team.id);
  } catch (error) {
    // startBridge closes the database; only the server that is already listening is left.
    served.server.close();
    throw error;
  }

  return { ...served, database, announcements, jobs, stop };
}

interface Served {
  url: string;
  server: http.Server;
  slackApp: App;
  local?: LocalWorkspace;
}

function addHealthCheck(express: Application, database: DatabaseHandle, logger: Logger): void {
  express.get('/healthz', async (_request, response) => {
    const check = await checkDatabase(database.db);
    const ok = check.status === 'up';

    if (!ok) logger.warn({ err: check.error, database: check.status }, 'Health check failed');

    response.status(ok ? 200 : 503).json({ ok, database: check.status });
  });
}

async function listen(server: http.Server, config: Config): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });

  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

  return `http://${host}:${port}`;
}

async function serveHttp(
  options: BridgeOptions,
  deps: SlackDependencies,
  database: DatabaseHandle,
): Promise<Served> {
  const { config } = options;
  const receiver = new ExpressReceiver({
    signingSecret: config.slack.signingSecret,
    logger: boltLogger(options.logger.child({ component: 'bolt-receiver' })),
    endpoints: '/slack/events',
    processBeforeResponse: false,
  });
  addHealthCheck(receiver.app, database, options.logger.child({ component: 'health' }));
  addMeetingCalendarRoute(receiver.app, {
    ...deps,
    logger: options.logger.child({ component: 'calendar' }),
  });
  addEventCalendarRoute(receiver.app, {
    ...deps,
    logger: options.logger.child({ component: 'calendar' }),
    secret: config.slack.signingSecret,
  });
  addImpactReportRoutes(receiver.app, {
    ...deps,
    logger: options.logger.child({ component: 'reports' }),
    secret: config.slack.signingSecret,
  });

  const server = http.createServer(receiver.app);
  const url = await listen(server, config);
  const isLocal = config.slack.mode === 'local';
  const apiUrl = isLocal ? `${url}/local/slack/api/` : config.slack.apiUrl;
  const slackApp = createSlackApp({ config: { ...config.slack, apiUrl }, receiver, deps });
  const local = isLocal ? mountLocalWorkspace(receiver.app, { url, config }) : undefined;

  try {
    await slackApp.init();
  } catch (error) {
    server.close();
    throw describeSlackStartFailure(config.slack, error, 'SLACK_BOT_TOKEN');
  }

  options.logger.info(
    { url, mode: config.slack.mode },
    isLocal ? `Local workspace at ${url}` : 'Serving Slack over HTTP',
  );

  return { url, server, slackApp, ...(local ? { local } : {}) };
}

async function serveSocketMode(
  options: BridgeOptions,
  deps: SlackDependencies,
  database: DatabaseHandle,
): Promise<Served> {
  const { config } = options;
  const receiver = new SocketModeReceiver({
    appToken: config.slack.appToken ?? '',
    logger: boltLogger(options.logger.child({ component: 'bolt-receiver' })),
    ...(config.slack.apiUrl
      ? { installerOptions: { clientOptions: { slackApiUrl: config.slack.apiUrl } } }
      : {}),
  });
  const slackApp = createSlackApp({ config: config.slack, receiver, deps });
  const health = (await import('express')).default();
  addHealthCheck(health, database, options.logger.child({ component: 'health' }));
  addMeetingCalendarRoute(health, {
    ...deps,
    logger: options.logger.child({ component: 'calendar' }),
  });
  addEventCalendarRoute(health, {
    ...deps,
    logger: options.logger.child({ component: 'calendar' }),
    secret: config.slack.signingSecret,
  });
  addImpactReportRoutes(health, {
    ...deps,
    logger: options.logger.child({ component: 'reports' }),
    secret: config.slack.signingSecret,
  });

  const server = http.createServer(health);
  const url = await listen(server, config);

  // Without the closes below, the health-check server keeps listening and the process never exits.
  try {
    await slackApp.init();
  } catch (error) {
    server.close();
    throw describeSlackStartFailure(config.slack, error, 'SLACK_BOT_TOKEN');
  }

  try {
    await slackApp.start();
  } catch (error) {
    server.close();
    throw describeSlackStartFailure(config.slack, error, 'SLACK_APP_TOKEN');
  }

  options.logger.info({ url }, 'Serving Slack over Socket Mode; health check over HTTP');

  return { url, server, slackApp };
}
