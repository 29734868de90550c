/**
 * Measures `/bridge find` search latency. It seeds one partnership with a large directory and
 * its industry needs in a fresh PGlite database (in memory) and a fresh Postgres database
 * (127.0.0.1:5432, user postgres, dropped at the end). Then it times mixed queries through searchDirectory and prints
 * the median and p95 per query class.
 * Usage: `npm run bench:search -- [--scale 1] [--queries 200] [--drivers pglite,postgres]
 * [--no-vacuum]`. `--no-vacuum` runs ANALYZE instead of VACUUM ANALYZE after seeding.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { type DatabaseHandle, openDatabase } from '../src/db/client.js';
import { runMigrations } from '../src/db/migrate.js';
import { searchDirectory } from '../src/domain/search.js';
import { FIND_RESULTS_PER_MESSAGE } from '../src/slack/messages/find.js';
import { createBenchDatabase } from './support/postgres-database.js';
import {
  type DirectorySize,
  type SeededDirectory,
  seedDirectory,
  seededRandom,
} from './support/search-data.js';
import { seedIndustryNeeds } from './support/search-needs.js';
import { percentile } from './support/summary.js';

type Driver = 'pglite' | 'postgres';
type QueryClass = 'exact' | 'prefix' | 'typo' | 'sector' | 'zip';

interface BenchQuery {
  queryClass: QueryClass;
  text: string;
}

interface Sample {
  queryClass: QueryClass;
  ms: number;
  total: number;
}

/** Topic words a person types: sectors, clusters and their misspellings. */
const topicQueries = [
  'manufacturing',
  'health care',
  'construction',
  'helth sciense',
  'retail',
  'transportation',
  'finance',
  'utilities',
  'hospitality',
  'agriculture',
];

/** Deletes one letter inside a word of four or more letters, as a typo. */
function misspell(text: string, random: () => number): string {
  const words = text.split(' ');
  const candidates = words
    .map((word, index) => ({ word, index }))
    .filter((w) => w.word.length >= 4);
  const chosen = candidates[Math.floor(random() * candidates.length)];

  if (!chosen) return text;

  const at = 1 + Math.floor(random() * (chosen.word.length - 2));
  words[chosen.index] = chosen.word.slice(0, at) + chosen.word.slice(at + 1);

  return words.join(' ');
}

/** Builds `count` queries in fixed shares: 25 % exact, 10 % prefix, 30 % typo, 20 % sector, 15 % ZIP. */
function buildQueries(directory: SeededDirectory, count: number): BenchQuery[] {
  const random = seededRandom(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const allNames = [
    ...directory.organizationNames,
    ...directory.personNames,
    ...directory.programNames,
    ...directory.opportunityTitles,
  ];
  const shares: Array<[QueryClass, number, () => string]> = [
    ['exact', 0.25, () => pick(allNames)],
    ['prefix', 0.1, () => pick(directory.organizationNames).split(' ')[0] ?? ''],
    ['typo', 0.3, () => misspell(pick(allNames).toLowerCase(), random)],
    ['sector', 0.2, () => pick(topicQueries)],
    ['zip', 0.15, () => pick(directory.zips)],
  ];
  const queries = shares.flatMap(([queryClass, share, make]) =>
    Array.from({ length: Math.round(count * share) }, () => ({ queryClass, text: make() })),
  );

  // A fixed shuffle, so that no class runs on a cache the previous query of its class warmed.
  return queries
    .map((query) => ({ query, order: random() }))
    .sort((a, b) => a.order - b.order)
    .map(({ query }) => query);
}

async function timeQueries(
  handle: DatabaseHandle,
  directory: SeededDirectory,
  queries: BenchQuery[],
): Promise<Sample[]> {
  const now = new Date();
  const run = (text: string) =>
    searchDirectory(handle.db, {
      partnershipId: directory.partnershipId,
      query: text,
      limit: FIND_RESULTS_PER_MESSAGE,
      now,
    });

  for (const query of queries.slice(0, 20)) await run(query.text);

  const samples: Sample[] = [];

  for (const query of queries) {
    const started = performance.now();
    const page = await run(query.text);
    samples.push({
      queryClass: query.queryClass,
      ms: performance.now() - started,
      total: page.total,
    });
  }

  return samples;
}

async function measureDriver(
  driver: Driver,
  size: DirectorySize,
  options: { needCount: number; queryCount: number; vacuum: boolean },
) {
  const database = driver === 'postgres' ? await createBenchDatabase() : undefined;

  try {
    const handle = await openDatabase({ url: database?.url });

    try {
      await runMigrations(handle.db);

      const seedStarted = performance.now();
      const directory = await seedDirectory(handle.db, size);
      await seedIndustryNeeds(handle.db, {
        partnershipId: directory.partnershipId,
        count: options.needCount,
      });
      // Postgres's autovacuum would do this soon after the load. PGlite runs Postgres in
      // single-user mode, which starts no autovacuum, and without it the trigram indexes keep new
      // rows in their pending list, which the planner prices so high that it scans the tables.
      if (options.vacuum) await handle.db.execute(sql`vacuum analyze`);
      else await handle.db.execute(sql`analyze`);
      const seedSeconds = (performance.now() - seedStarted) / 1000;

      console.error(`${driver}: seeded in ${seedSeconds.toFixed(1)} s`);

      const samples = await timeQueries(
        handle,
        directory,
        buildQueries(directory, options.queryCount),
      );

      return { driver, seedSeconds, samples };
    } finally {
      await handle.close();
    }
  } finally {
    await database?.drop();
  }
}

function summarize(driver: Driver, label: string, samples: Sample[]): string[] {
  const times = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  const totals = samples.map((sample) => sample.total).sort((a, b) => a - b);

  return [
    driver,
    label,
    String(samples.length),
    percentile(times, 50).toFixed(1),
    percentile(times, 95).toFixed(1),
    percentile(times, 100).toFixed(1),
    String(percentile(totals, 50)),
  ];
}

function formatTable(rows: string[][]): string {
  const header = ['driver', 'queries', 'count', 'median ms', 'p95 ms', 'max ms', 'median matches'];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;

  return [line(header), '|---|---|---:|---:|---:|---:|---:|', ...rows.map(line)].join('\n');
}

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    queries: { type: 'string', default: '200' },
    drivers: { type: 'string', default: 'pglite,postgres' },
    vacuum: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const scale = Number(values.scale);
const queryCount = Number(values.queries);

if (!(scale > 0) || !Number.isInteger(queryCount) || queryCount < 20) {
  throw new Error(
    `--scale must be a number above 0 and --queries a whole number of at least 20; got ${values.scale} and ${values.queries}`,
  );
}

const size: DirectorySize = {
  organizations: Math.round(20_000 * scale),
  people: Math.round(40_000 * scale),
  programs: Math.round(10_000 * scale),
  opportunities: Math.round(10_000 * scale),
};
const needCount = Math.round(10_000 * scale);
const drivers = values.drivers.split(',') as Driver[];
const rows: string[][] = [];

for (const driver of drivers) {
  const { seedSeconds, samples } = await measureDriver(driver, size, {
    needCount,
    queryCount,
    vacuum: values.vacuum,
  });
  const classes: QueryClass[] = ['exact', 'prefix', 'typo', 'sector', 'zip'];

  rows.push(summarize(driver, 'all', samples));
  for (const queryClass of classes) {
    rows.push(
      summarize(
        driver,
        queryClass,
        samples.filter((s) => s.queryClass === queryClass),
      ),
    );
  }
  console.error(
    `${driver}: ${samples.length} queries measured after seeding for ${seedSeconds.toFixed(1)} s`,
  );
}

console.log(
  `Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} x ${os.cpus().length}, ` +
    `${size.organizations} organizations, ${size.people} people, ${size.programs} programs, ` +
    `${size.opportunities} opportunities, ${needCount} industry needs in one partnership, ` +
    `${FIND_RESULTS_PER_MESSAGE} results a page`,
);
console.log(formatTable(rows));
