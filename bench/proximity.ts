/**
 * Measures nearbyCampuses and shareCandidates, behind `/bridge nearby` and `/bridge share`. It
 * seeds one partnership with campuses at seeded random coordinates in a region about 138 miles
 * north to south and 122 miles east to west. Each campus runs a few programs drawn from a list
 * of 40. The seeding runs in a fresh PGlite database in memory and in a fresh Postgres database
 * (127.0.0.1:5432, user postgres, dropped at the end). It then times the calls one after another
 * and prints the median and p95 per call.
 * Usage: `npm run bench:proximity -- [--campuses 1000] [--programs 5] [--calls 100]
 * [--miles 25] [--drivers pglite,postgres]`.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { type Database, openDatabase } from '../src/db/client.js';
import { runMigrations } from '../src/db/migrate.js';
import { organizations, partnerships, programs } from '../src/db/schema/index.js';
import { nearbyCampuses } from '../src/domain/insights/nearby.js';
import { shareCandidates } from '../src/domain/insights/share.js';
import { createBenchDatabase } from './support/postgres-database.js';
import { seededRandom } from './support/search-data.js';
import { percentile } from './support/summary.js';

type Driver = 'pglite' | 'postgres';

interface Options {
  campuses: number;
  programsPerCampus: number;
  calls: number;
  miles: number;
}

interface Seeded {
  partnershipId: string;
  campusNames: string[];
  programNames: string[];
}

/** Center of the region and its half-width in degrees: 1° of latitude is about 69 miles. */
const region = { latitude: 27.8, longitude: -97.4, halfSpan: 1.0 };

/** Calls made before timing, so connections and query plans are warm. */
const WARM_UP_CALLS = 10;

const programPool = Array.from({ length: 40 }, (_, index) => ({
  name: `Program of Study ${String(index + 1).padStart(2, '0')}`,
  // Every fourth program has no CIP code, so both comparison rules run.
  cipCode: index % 4 === 3 ? null : `${String(10 + index).padStart(2, '0')}.0101`,
}));

async function seedRegion(db: Database, options: Options): Promise<Seeded> {
  const random = seededRandom(11);
  const [partnership] = await db
    .insert(partnerships)
    .values({ name: 'Proximity benchmark' })
    .returning({ id: partnerships.id });
  const partnershipId = partnership?.id ?? '';
  const campusRows = Array.from({ length: options.campuses }, (_, index) => ({
    partnershipId,
    kind: 'campus' as const,
    name: `Campus ${String(index + 1).padStart(4, '0')} High School`,
    latitude: (region.latitude + (random() * 2 - 1) * region.halfSpan).toFixed(6),
    longitude: (region.longitude + (random() * 2 - 1) * region.halfSpan).toFixed(6),
  }));
  const campusIds: string[] = [];

  for (let start = 0; start < campusRows.length; start += 500) {
    const rows = await db
      .insert(organizations)
      .values(campusRows.slice(start, start + 500))
      .returning({ id: organizations.id });
    campusIds.push(...rows.map((row) => row.id));
  }

  const programRows = campusIds.flatMap((campusId) =>
    pickDistinct(programPool, options.programsPerCampus, random).map((program) => ({
      partnershipId,
      campusId,
      name: program.name,
      cipCode: program.cipCode,
      careerCluster: 'Advanced Manufacturing',
    })),
  );

  for (let start = 0; start < programRows.length; start += 1000) {
    await db.insert(programs).values(programRows.slice(start, start + 1000));
  }

  await db.execute(sql`analyze`);

  return {
    partnershipId,
    campusNames: campusRows.map((campus) => campus.name),
    programNames: programPool.map((program) => program.name),
  };
}

function pickDistinct<T>(list: readonly T[], count: number, random: () => number): T[] {
  const copy = [...list];

  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }

  return copy.slice(0, count);
}

interface CallTimes {
  nearby: number[];
  share: number[];
  /** Median number of campuses each call returned. */
  nearbyMedianResults: number;
  shareMedianResults: number;
}

async function timeCalls(db: Database, seeded: Seeded, options: Options): Promise<CallTimes> {
  const random = seededRandom(23);
  const pick = (names: string[]) => names[Math.floor(random() * names.length)] ?? '';
  const nearby: number[] = [];
  const share: number[] = [];
  const nearbyResults: number[] = [];
  const shareResults: number[] = [];
  const input = { partnershipId: seeded.partnershipId, miles: options.miles };

  for (let call = 0; call < WARM_UP_CALLS + options.calls; call += 1) {
    let started = performance.now();
    const near = await nearbyCampuses(db, { ...input, campusName: pick(seeded.campusNames) });
    const nearbyMs = performance.now() - started;

    started = performance.now();
    const shared = await shareCandidates(db, { ...input, programName: pick(seeded.programNames) });
    const shareMs = performance.now() - started;

    if (near.outcome !== 'found' || shared.outcome !== 'found') {
      throw new Error(`A seeded name did not match: ${near.outcome}, ${shared.outcome}`);
    }
    if (call < WARM_UP_CALLS) continue;

    nearby.push(nearbyMs);
    share.push(shareMs);
    nearbyResults.push(near.nearby.length);
    shareResults.push(shared.candidates.length);
  }

  const median = (values: number[]) =>
    percentile(
      [...values].sort((a, b) => a - b),
      50,
    );

  return {
    nearby,
    share,
    nearbyMedianResults: median(nearbyResults),
    shareMedianResults: median(shareResults),
  };
}

async function runDriver(driver: Driver, options: Options): Promise<CallTimes> {
  const database = driver === 'postgres' ? await createBenchDatabase() : undefined;

  try {
    const handle = await openDatabase({ url: database?.url });

    try {
      await runMigrations(handle.db);

      const seedStarted = performance.now();
      const seeded = await seedRegion(handle.db, options);
      const seedSeconds = (performance.now() - seedStarted) / 1000;

      console.error(`${driver}: seeded in ${seedSeconds.toFixed(1)} s`);

      return await timeCalls(handle.db, seeded, options);
    } finally {
      await handle.close();
    }
  } finally {
    await database?.drop();
  }
}

function formatRow(driver: Driver, call: string, times: number[], results: number): string {
  const sorted = [...times].sort((a, b) => a - b);
  const cells = [
    driver === 'pglite' ? 'PGlite' : 'Postgres',
    call,
    String(times.length),
    percentile(sorted, 50).toFixed(1),
    percentile(sorted, 95).toFixed(1),
    (sorted.at(-1) ?? 0).toFixed(1),
    String(results),
  ];

  return `| ${cells.join(' | ')} |`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      campuses: { type: 'string', default: '1000' },
      programs: { type: 'string', default: '5' },
      calls: { type: 'string', default: '100' },
      miles: { type: 'string', default: '25' },
      drivers: { type: 'string', default: 'pglite,postgres' },
    },
  });
  const options: Options = {
    campuses: Number(values.campuses),
    programsPerCampus: Math.min(Number(values.programs), programPool.length),
    calls: Number(values.calls),
    miles: Number(values.miles),
  };
  const drivers = values.drivers
    .split(',')
    .filter((d): d is Driver => d === 'pglite' || d === 'postgres');
  const rows: string[] = [];

  for (const driver of drivers) {
    const times = await runDriver(driver, options);

    rows.push(formatRow(driver, 'nearby', times.nearby, times.nearbyMedianResults));
    rows.push(formatRow(driver, 'share', times.share, times.shareMedianResults));
  }

  console.log(
    `${options.campuses} campuses, ${options.programsPerCampus} programs each, ${options.miles} miles, ` +
      `${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), load average ${os.loadavg()[0]?.toFixed(1)}, Node ${process.version}`,
  );
  console.log('| driver | call | calls | median ms | p95 ms | max ms | median campuses returned |');
  console.log('| ------ | ---- | ----: | --------: | -----: | -----: | -----------------------: |');
  for (const row of rows) console.log(row);
}

main().catch((error: unknown) => {
  console.error('The proximity benchmark failed:', error);
  process.exitCode = 1;
});
