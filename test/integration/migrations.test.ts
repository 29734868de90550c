import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, rowsOf } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';

const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as {
  entries: unknown[];
};

describe('migrations on postgres', () => {
  const name = `bridge_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;

  beforeAll(async () => {
    await admin.unsafe(`create database ${name}`);
  });

  afterAll(async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('applies once when instances start together', async () => {
    const instances = await Promise.all(
      [1, 2, 3].map(() => openDatabase({ url: url.toString(), maxConnections: 2 })),
    );

    try {
      const applied = await Promise.all(instances.map((instance) => runMigrations(instance.db)));
      const first = instances[0];
      const recorded = first
        ? rowsOf<{ total: string }>(
            await first.db.execute(sql`select count(*) as total from bridge_migrations`),
          )
        : [];

      expect(applied.reduce((sum, count) => sum + count, 0)).toBe(journal.entries.length);
      expect(Number(recorded[0]?.total)).toBe(journal.entries.length);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
    }
  });
});
