import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/** The local server's maintenance database; the benchmark creates its own database from it. */
const maintenanceUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

/** A database created for one benchmark run. */
export interface BenchDatabase {
  name: string;
  url: string;
  /** Returns the process ids of the server backends connected to this database. */
  backendPids(): Promise<number[]>;
  drop(): Promise<void>;
}

/** Creates an empty database named `bridge_bench_<random hex>` on the local Postgres server. */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `bridge_bench_${randomBytes(6).toString('hex')}`;
  const admin = postgres(maintenanceUrl, { max: 1, connect_timeout: 10, onnotice: () => {} });

  try {
    await admin.unsafe(`create database ${name}`);
  } catch (error) {
    await admin.end({ timeout: 5 });
    throw new Error(`Could not create database ${name} on ${maintenanceUrl}`, { cause: error });
  }

  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;

  return {
    name,
    url: url.toString(),
    backendPids: async () => {
      const rows = await admin<{ pid: number }[]>`
        select pid from pg_stat_activity where datname = ${name}`;

      return rows.map((row) => row.pid);
    },
    drop: async () => {
      try {
        // WITH (FORCE), from Postgres 13, ends sessions that a killed server left open.
        await admin.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await admin.end({ timeout: 5 });
      }
    },
  };
}
