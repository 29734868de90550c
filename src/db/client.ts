import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { lockPgliteFolder } from './pglite-lock.js';
import * as schema from './schema/index.js';
import { timedOut, withTimeout } from './timeout.js';

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
  /** How long the first Postgres query may take before opening fails, in ms. */
  openTimeoutMs?: number;
}

/** How long `openDatabase` waits for the first `select 1` on Postgres, in ms. */
export const DATABASE_OPEN_TIMEOUT_MS = 10_000;

/** The setting that chose the database, named in open errors so people know what to fix. */
export type DatabaseSetting = 'DATABASE_URL' | 'BRIDGE_DATA_DIR';

/** An error from openDatabase. Its message names the setting to fix and what to do next. */
export class DatabaseOpenError extends Error {
  readonly code = 'bridge_database_open_failed';
  readonly setting: DatabaseSetting;

  constructor(message: string, options: { setting: DatabaseSetting; cause: unknown }) {
    super(message, { cause: options.cause });
    this.name = 'DatabaseOpenError';
    this.setting = options.setting;
  }
}

/**
 * Opens Postgres through postgres.js when a URL is given, otherwise an embedded PGlite database.
 * Throws DatabaseOpenError when Postgres is unreachable, rejects the login or times out, or when
 * the data folder is unusable.
 */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) return openPostgres(options.url, options);

  return openPglite(options.dataDir);
}

async function openPostgres(url: string, options: DatabaseOptions): Promise<DatabaseHandle> {
  const timeoutMs = options.openTimeoutMs ?? DATABASE_OPEN_TIMEOUT_MS;
  let client: postgres.Sql | undefined;

  try {
    client = postgres(url, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      connection: { application_name: 'bridge' },
    });

    // postgres.js connects on the first query, so a bad URL surfaces here and not later.
    const answer = await withTimeout(client`select 1`, timeoutMs);

    if (answer === timedOut) {
      throw Object.assign(new Error(`select 1 timed out after ${timeoutMs} ms`), {
        code: 'BRIDGE_OPEN_TIMEOUT',
      });
    }
  } catch (error) {
    await client?.end({ timeout: 0 });
    throw new DatabaseOpenError(describePostgresFailure(url, error, timeoutMs), {
      setting: 'DATABASE_URL',
      cause: withoutUrl(error),
    });
  }

  const open = client;
  const db = drizzlePostgres(open, { schema }) as unknown as Database;

  return { db, driver: 'postgres', close: () => open.end({ timeout: 5 }) };
}

/** Extensions the migrations create; PGlite must load them before `create extension`. */
const pgliteExtensions = { pg_trgm };

async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  if (!dataDir) {
    const client = await PGlite.create({ extensions: pgliteExtensions });

    return { db: asDatabase(client), driver: 'pglite', close: () => client.close() };
  }

  const pgliteDir = preparePgliteFolder(dataDir);
  const lock = lockPgliteFolder(pgliteDir);

  if ('heldBy' in lock) {
    const message = `Could not open the PGlite database in BRIDGE_DATA_DIR (${dataDir}): process ${lock.heldBy} has it open. Stop that process first, or set BRIDGE_DATA_DIR to another folder.`;
    throw new DatabaseOpenError(message, { setting: 'BRIDGE_DATA_DIR', cause: undefined });
  }

  try {
    const client = await createPgliteOnDisk(dataDir, pgliteDir);
    const close = async () => {
      await client.close();
      lock.release();
    };

    return { db: asDatabase(client), driver: 'pglite', close };
  } catch (error) {
    lock.release();
    throw error;
  }
}

function asDatabase(client: PGlite): Database {
  return drizzlePglite(client, { schema }) as unknown as Database;
}

/** Creates the PGlite folder, turning an unusable BRIDGE_DATA_DIR into a DatabaseOpenError. */
function preparePgliteFolder(dataDir: string): string {
  try {
    return preparePgliteDir(dataDir);
  } catch (error) {
    throw dataDirError(dataDir, error);
  }
}

function dataDirError(dataDir: string, error: unknown): DatabaseOpenError {
  const reason = dataDirProblems[errorCode(error) ?? ''] ?? errorMessage(error);
  const message = `Could not open the PGlite database in BRIDGE_DATA_DIR (${dataDir}): ${reason}. Set BRIDGE_DATA_DIR to a folder that Bridge can write to.`;

  return new DatabaseOpenError(message, { setting: 'BRIDGE_DATA_DIR', cause: error });
}

async function createPgliteOnDisk(dataDir: string, pgliteDir: string): Promise<PGlite> {
  try {
    return await PGlite.create(pgliteDir, { extensions: pgliteExtensions });
  } catch (error) {
    throw dataDirError(dataDir, error);
  }
}

const dataDirProblems: Record<string, string> = {
  ENOTDIR: 'not a directory',
  EEXIST: 'not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOENT: 'the folder cannot be created there',
  ENOSPC: 'no space left on the device',
};

/** Creates `<dataDir>/pglite` and checks that it is a folder Bridge can write to. */
function preparePgliteDir(dataDir: string): string {
  const pgliteDir = path.join(dataDir, 'pglite');
  const missing: string[] = [];

  // On Node 20.20.2 under Linux, mkdirSync with `recursive: true` never returns for a path such
  // as /proc/nope/pglite, where /proc exists but mkdir inside it fails with ENOENT. Creating one
  // level at a time turns that into an ENOENT error.
  for (let folder = pgliteDir; !existsSync(folder); folder = path.dirname(folder)) {
    missing.unshift(folder);
    if (path.dirname(folder) === folder) break;
  }

  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      // A folder created meanwhile is fine; a dangling symlink fails at the next level.
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }

  if (!statSync(pgliteDir).isDirectory()) {
    throw Object.assign(new Error(`${pgliteDir} is not a directory`), { code: 'ENOTDIR' });
  }

  accessSync(pgliteDir, constants.W_OK);

  return pgliteDir;
}

/** Returns the rows of a raw `db.execute` result, which postgres.js and PGlite shape differently. */
export function rowsOf<Row>(result: unknown): Row[] {
  if (Array.isArray(result)) return result as Row[];

  return ((result as { rows?: Row[] }).rows ?? []) as Row[];
}

/** Builds the one-line message for a failed Postgres connection, without the URL's password. */
function describePostgresFailure(url: string, error: unknown, timeoutMs: number): string {
  return `Could not connect to the database in DATABASE_URL${describeServer(url)}: ${postgresProblem(error, timeoutMs)}`;
}

function postgresProblem(error: unknown, timeoutMs: number): string {
  const checkServer = 'Check that PostgreSQL is running and the URL is right.';

  switch (errorCode(error)) {
    case 'ERR_INVALID_URL':
      return 'the URL is not valid. Write it as postgres://user:password@host:5432/dbname.';
    case 'ECONNREFUSED':
      return `connection refused. ${checkServer}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found. Check the host name in the URL.';
    case 'BRIDGE_OPEN_TIMEOUT':
    case 'CONNECT_TIMEOUT':
      return `no answer within ${timeoutMs / 1000} s. ${checkServer}`;
    // invalid_password and invalid_authorization_specification (unknown role, pg_hba.conf)
    case '28P01':
    case '28000':
      return `${errorMessage(error)}. Check the user name and password in the URL.`;
    // invalid_catalog_name: the database in the URL's path does not exist
    case '3D000':
      return `${errorMessage(error)}. Create the database or fix its name in the URL.`;
    default:
      return `${errorMessage(error)}. ${checkServer}`;
  }
}

/** Returns " (host:port)" from a postgres:// URL, leaving out the user name and password. */
function describeServer(url: string): string {
  try {
    const parsed = new URL(url);

    return ` (${parsed.hostname || 'localhost'}:${parsed.port || '5432'})`;
  } catch {
    // Multi-host URLs such as postgres://a:5432,b:5432/db do not parse as one URL.
    return '';
  }
}

/** Removes the `input` of Node's invalid-URL error, which contains the whole URL with its password. */
function withoutUrl(error: unknown): unknown {
  return errorCode(error) === 'ERR_INVALID_URL' ? new TypeError('Invalid URL') : error;
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;

  return typeof code === 'string' ? code : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
