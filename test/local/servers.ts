import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Logger, LogLevel, WebClient } from '@slack/web-api';
import express, { type Express, type Router } from 'express';
import {
  createSlackApiStandIn,
  type SlackApiStandInOptions,
} from '../../src/local/slack-api-stand-in.js';

export const botToken = 'xoxb-local-test';

/** Starts an Express app on an ephemeral port of 127.0.0.1 and returns its origin. */
export async function listen(
  app: Express,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = await new Promise((resolve) => {
    const started = app.listen(0, '127.0.0.1', () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Serves a Web API stand-in at `/local/slack/api` and returns its API URL and store. `close`
 * stops the server and then writes the stand-in's workspace file, if it has one.
 */
export async function startStandIn(options: Partial<SlackApiStandInOptions> = {}) {
  const standIn = createSlackApiStandIn({ botToken, ...options });
  const app = express();
  app.use('/local/slack/api', standIn.router as Router);
  const server = await listen(app);

  const close = async () => {
    await server.close();
    await standIn.close();
  };

  return { ...standIn, ...server, close, apiUrl: `${server.origin}/local/slack/api/` };
}

const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => LogLevel.ERROR,
  setName: () => undefined,
};

/** Returns the real WebClient pointed at a stand-in, without retries or console output. */
export function webClient(token: string, apiUrl: string): WebClient {
  return new WebClient(token, {
    slackApiUrl: apiUrl,
    retryConfig: { retries: 0 },
    logger: silentLogger,
  });
}
