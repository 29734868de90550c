import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config.js';
import { capacitySurveys, employerOutreach, outreachContacts } from '../../src/db/schema/index.js';
import type { SlackView } from '../../src/local/slack-shapes.js';
import type { RunningBridge } from '../../src/server.js';
import { startBridge } from '../../src/server.js';
import type { Driver, TestDatabase } from './database.js';
import { createTestDatabase } from './database.js';

export interface TestBridge {
  bridge: RunningBridge;
  database: TestDatabase;
  local: NonNullable<RunningBridge['local']>;
  stop(): Promise<void>;
}

/**
 * Starts Bridge in local mode on a free port against a fresh database, with the clock and
 * demo data the test chooses. Requests go through the real Bolt receiver.
 */
export async function startTestBridge(options: {
  driver: Driver;
  now?: () => Date;
  demoData?: boolean;
}): Promise<TestBridge> {
  const database = await createTestDatabase(options.driver);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bridge-test-'));
  const config = loadConfig({
    PORT: '0',
    BRIDGE_DATA_DIR: dataDir,
    BRIDGE_DEMO_DATA: options.demoData === false ? 'off' : 'on',
  });
  const bridge = await startBridge({
    config,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    database,
    announcementDelayMs: 20,
    runSchedules: false,
    ...(options.now ? { now: options.now } : {}),
  });

  if (!bridge.local) throw new Error('Bridge did not start in local mode');

  return {
    bridge,
    database,
    local: bridge.local,
    stop: async () => {
      await bridge.stop();
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls until `read` returns a value, so tests wait for work that happens after the ack. */
export async function eventually<T>(
  read: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;

  for (;;) {
    const value = await read();

    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error('Timed out waiting for the expected state');

    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Runs `open` (a command or click that opens a modal) and returns the modal with `callbackId`
 * once the app has filled it in, ignoring any view that was open before.
 */
export async function openForm(
  bridge: TestBridge,
  userId: string,
  callbackId: string,
  open: () => Promise<unknown>,
): Promise<SlackView> {
  const before = new Set(bridge.local.store.openViews(userId).map((view) => view.id));
  await open();

  return eventually(() =>
    bridge.local.store
      .openViews(userId)
      .find((view) => view.callback_id === callbackId && !before.has(view.id)),
  );
}

/**
 * Removes the demo region's outreach, contact log and capacity surveys, for tests that start
 * every employer at "not contacted" with no survey.
 */
export async function clearDemoOutreach(bridge: TestBridge): Promise<void> {
  const { db } = bridge.database;

  await db.delete(outreachContacts);
  await db.delete(employerOutreach);
  await db.delete(capacitySurveys);
}
