import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { DatabaseHandle } from '../../src/db/client.js';
import { openDatabase } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';

export type Driver = 'pglite' | 'postgres';

/** Both storage engines; database tests run once for each. */
export const drivers: Driver[] = ['pglite', 'postgres'];

const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase extends DatabaseHandle {
  /** The postgres:// URL of the database, for the postgres driver. */
  url: string | undefined;
}

/**
 * Creates an empty, migrated database: an in-memory PGlite, or a fresh database on the test
 * Postgres server that is dropped again on close.
 */
export async function createTestDatabase(driver: Driver): Promise<TestDatabase> {
  if (driver === 'pglite') {
    const handle = await openDatabase({});
    await runMigrations(handle.db);
    return { ...handle, url: undefined };
  }

  const name = `bridge_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);

  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  await runMigrations(handle.db);

  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
