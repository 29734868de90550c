import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Database } from './client.js';
import { rowsOf } from './client.js';

const defaultMigrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Advisory lock key that serializes migrations across app instances ("bridge" in ASCII). */
const MIGRATION_LOCK_KEY = 0x627269646765;

/**
 * Applies the generated migrations in `drizzle/` that the database has not seen yet, in one
 * transaction under an advisory lock, so instances that start together do not race.
 * Returns the number of migrations applied.
 */
export async function runMigrations(
  db: Database,
  migrationsFolder = defaultMigrationsFolder,
): Promise<number> {
  const migrations = readMigrationFiles({ migrationsFolder });

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await tx.execute(sql`
      create table if not exists bridge_migrations (
        hash text primary key,
        folder_millis bigint not null,
        applied_at timestamptz not null default now()
      )`);

    const applied = rowsOf<{ hash: string }>(
      await tx.execute(sql`select hash from bridge_migrations`),
    );
    const appliedHashes = new Set(applied.map((row) => row.hash));
    let count = 0;

    for (const migration of migrations) {
      if (appliedHashes.has(migration.hash)) continue;

      for (const statement of migration.sql) {
        if (statement.trim() !== '') await tx.execute(sql.raw(statement));
      }

      await tx.execute(
        sql`insert into bridge_migrations (hash, folder_millis) values (${migration.hash}, ${migration.folderMillis})`,
      );
      count += 1;
    }

    return count;
  });
}
