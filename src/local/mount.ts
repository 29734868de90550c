import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Application } from 'express';
import type { Config } from '../config.js';
import { createSlackApiStandIn, type LocalWorkspaceStore } from './slack-api-stand-in.js';
import { createSlackSender, type SlackSender } from './slack-sender.js';
import { createLocalWorkspaceRouter } from './workspace-router.js';

/** The local workspace's state and the sender that delivers its people's actions. */
export interface LocalWorkspace {
  store: LocalWorkspaceStore;
  sender: SlackSender;
  /** Writes unsaved channel history to the data folder. */
  close(): Promise<void>;
}

/**
 * Mounts the local workspace on the app's own HTTP server: the Web API stand-in that the Bolt
 * client calls, and the page whose actions reach `/slack/events` signed as Slack signs them.
 */
export function mountLocalWorkspace(
  express: Application,
  options: { url: string; config: Config },
): LocalWorkspace {
  const standIn = createSlackApiStandIn({
    botToken: options.config.slack.botToken,
    persistPath: path.join(options.config.dataDir, workspaceFileName(options.config.databaseUrl)),
  });
  const { store, router: apiRouter } = standIn;
  const sender = createSlackSender({
    eventsUrl: `${options.url}/slack/events`,
    signingSecret: options.config.slack.signingSecret,
    responseUrlBase: `${options.url}/local/slack/respond`,
  });

  express.use('/local/slack/api', apiRouter);
  express.use('/', createLocalWorkspaceRouter({ store, sender }));

  return { store, sender, close: () => standIn.close() };
}

/**
 * Names the channel history file after the database (host, port and name, with localhost read
 * as 127.0.0.1), so that a run against another database does not show announcements whose
 * events that database lacks.
 */
function workspaceFileName(databaseUrl: string | undefined): string {
  if (!databaseUrl) return 'local-workspace.json';

  const url = new URL(databaseUrl);
  const host =
    url.hostname.toLowerCase() === 'localhost' ? '127.0.0.1' : url.hostname.toLowerCase();
  const database = `${host}:${url.port || '5432'}${url.pathname}`;
  const digest = createHash('sha256').update(database).digest('hex').slice(0, 12);

  return `local-workspace-${digest}.json`;
}
