import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema/index.js';

export type Schema = typeof schema;

/** A Drizzle database over either driver; services take it (or a transaction) as their first argument. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  db: Database;
  driver: 'postgres' | 'pglite';
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A postgres:// URL; without it an embedded PGlite database serves. */
  url?: string | undefined;
  /** Folder for the PGlite files; without it PGlite keeps everything in memory. */
  dataDir?: string | undefined;
  /** Maximum connections in the postgres.js pool. */
  maxConnections?: number;
}

/** Opens Postgres through postgres.js when a URL is given, otherwise an embedded PGlite database. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const client = postgres(options.url, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      connection: { application_name: 'bridge' },
    });
    const db = drizzlePostgres(client, { schema }) as unknown as Database;

    return { db, driver: 'postgres', close: () => client.end({ timeout: 5 }) };
  }

  let pgliteDir: string | undefined;

  if (options.dataDir) {
    pgliteDir = path.join(options.dataDir, 'pglite');
    mkdirSync(pgliteDir, { recursive: true });
  }

  const client = await PGlite.create(pgliteDir);
  const db = drizzlePglite(client, { schema }) as unknown as Database;

  return { db, driver: 'pglite', close: () => client.close() };
}

/** Returns the rows of a raw `db.execute` result, which postgres.js and PGlite shape differently. */
export function rowsOf<Row>(result: unknown): Row[] {
  if (Array.isArray(result)) return result as Row[];

  return ((result as { rows?: Row[] }).rows ?? []) as Row[];
}

/** Answers whether the database responds to a trivial query. */
export async function pingDatabase(db: Database): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
