import { sql } from 'drizzle-orm';
import type { Database } from './client.js';
import { timedOut, withTimeout } from './timeout.js';

/** How long a health check waits for `select 1`, in ms. */
export const PING_TIMEOUT_MS = 2_000;

export type DatabaseStatus = 'up' | 'down' | 'timeout';

export interface DatabaseCheck {
  status: DatabaseStatus;
  /** The driver error, when the status is down. */
  error?: unknown;
}

/**
 * Runs `select 1` and reports whether it succeeded in time. On a timeout the query
 * stays queued in the driver, so a database that hangs costs one pending query per check.
 */
export async function checkDatabase(
  db: Database,
  timeoutMs = PING_TIMEOUT_MS,
): Promise<DatabaseCheck> {
  try {
    const answer = await withTimeout(db.execute(sql`select 1`), timeoutMs);

    return { status: answer === timedOut ? 'timeout' : 'up' };
  } catch (error) {
    return { status: 'down', error };
  }
}

/** Returns true when `select 1` succeeds within the timeout. */
export async function pingDatabase(db: Database, timeoutMs = PING_TIMEOUT_MS): Promise<boolean> {
  const check = await checkDatabase(db, timeoutMs);

  return check.status === 'up';
}
