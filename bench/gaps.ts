/**
 * Measures buildGapMatrix, behind `/bridge gaps`, for the whole partnership and for one district.
 * It seeds one partnership with 3 districts, 100 campuses, 5,000 programs spread over the 14
 * career clusters, 2,000 employers, 5,000 open opportunities, 2,000 industry needs and 200
 * labor-market rows. The seeding runs in a fresh PGlite database in memory and in a fresh
 * Postgres database (127.0.0.1:5432, user postgres, dropped at the end). It then times the
 * calls one after another and prints the median, p95 and max per scope.
 * Usage: `npm run bench:gaps -- [--calls 20] [--drivers pglite,postgres]`.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { type Database, openDatabase } from '../src/db/client.js';
import { runMigrations } from '../src/db/migrate.js';
import {
  industryNeeds,
  laborMarketFigures,
  opportunities,
  opportunityTypes,
  organizations,
  partnerships,
  programs,
  wblTypes,
} from '../src/db/schema/index.js';
import { careerClusters } from '../src/domain/career-clusters.js';
import { buildGapMatrix } from '../src/domain/insights/gaps.js';
import { createBenchDatabase } from './support/postgres-database.js';
import { seededRandom } from './support/search-data.js';
import { percentile } from './support/summary.js';

type Driver = 'pglite' | 'postgres';

const size = {
  districts: 3,
  campuses: 100,
  programs: 5000,
  employers: 2000,
  opportunities: 5000,
  needs: 2000,
  laborRows: 200,
};

/** Calls made before timing, so connections and query plans are warm. */
const WARM_UP_CALLS = 3;

/** Rows per insert statement, well under the 65,535 bind parameters of one Postgres statement. */
const CHUNK_ROWS = 500;

interface Seeded {
  partnershipId: string;
  districtId: string;
}

interface ScopeTimes {
  scope: string;
  times: number[];
  programs: number;
  withoutPartner: number;
}

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    await insert(rows.slice(start, start + CHUNK_ROWS));
  }
}

async function insertOrganizations(
  db: Database,
  rows: (typeof organizations.$inferInsert)[],
): Promise<string[]> {
  const ids: string[] = [];

  await insertInChunks(rows, async (chunk) => {
    const inserted = await db
      .insert(organizations)
      .values(chunk)
      .returning({ id: organizations.id });
    ids.push(...inserted.map((row) => row.id));
  });

  return ids;
}

function pickOne<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** Splits the WBL types at random into offered, missing and neither. */
function randomWblSets(random: () => number): { wblOffered: string[]; wblMissing: string[] } {
  const wblOffered: string[] = [];
  const wblMissing: string[] = [];

  for (const type of wblTypes) {
    const draw = random();
    if (draw < 0.35) wblOffered.push(type);
    else if (draw < 0.7) wblMissing.push(type);
  }

  return { wblOffered, wblMissing };
}

async function seedPartnership(db: Database): Promise<Seeded> {
  const random = seededRandom(31);
  const [partnership] = await db
    .insert(partnerships)
    .values({ name: 'Gap matrix benchmark' })
    .returning({ id: partnerships.id });
  const partnershipId = partnership?.id ?? '';
  const districtIds = await insertOrganizations(
    db,
    Array.from({ length: size.districts }, (_, index) => ({
      partnershipId,
      kind: 'school_district' as const,
      name: `District ${index + 1} ISD`,
    })),
  );
  const campusIds = await insertOrganizations(
    db,
    Array.from({ length: size.campuses }, (_, index) => ({
      partnershipId,
      kind: 'campus' as const,
      name: `Campus ${String(index + 1).padStart(3, '0')} High School`,
      parentId: districtIds[index % size.districts] ?? null,
    })),
  );
  const employerIds = await insertOrganizations(
    db,
    Array.from({ length: size.employers }, (_, index) => ({
      partnershipId,
      kind: 'employer' as const,
      name: `Employer ${String(index + 1).padStart(4, '0')}`,
    })),
  );
  const socCodes = Array.from(
    { length: size.laborRows },
    (_, index) => `${11 + (index % 40)}-${1000 + index}`,
  );

  await insertInChunks(
    Array.from({ length: size.programs }, (_, index) => ({
      partnershipId,
      campusId: campusIds[index % campusIds.length] ?? '',
      name: `Program of Study ${String(index + 1).padStart(4, '0')}`,
      careerCluster: pickOne(careerClusters, random),
      socCodes: random() < 0.5 ? [pickOne(socCodes, random)] : [],
      ...randomWblSets(random),
    })),
    (chunk) => db.insert(programs).values(chunk),
  );
  await insertInChunks(
    Array.from({ length: size.opportunities }, (_, index) => ({
      partnershipId,
      employerId: pickOne(employerIds, random),
      type: pickOne(opportunityTypes, random),
      title: `Opportunity ${index + 1}`,
      careerCluster: pickOne(careerClusters, random),
      slots: 1 + Math.floor(random() * 5),
      status: 'open' as const,
    })),
    (chunk) => db.insert(opportunities).values(chunk),
  );
  await insertInChunks(
    Array.from({ length: size.needs }, (_, index) => ({
      partnershipId,
      employerId: employerIds[index % employerIds.length] ?? '',
      occupationTitle: `Occupation ${index + 1}`,
      socCode: random() < 0.8 ? pickOne(socCodes, random) : null,
    })),
    (chunk) => db.insert(industryNeeds).values(chunk),
  );
  await insertInChunks(
    socCodes.map((socCode, index) => ({
      partnershipId,
      occupationTitle: `Occupation ${index + 1}`,
      socCode,
      careerCluster: pickOne(careerClusters, random),
      annualOpenings: Math.floor(random() * 500),
      source: 'Benchmark workforce board',
      asOf: '2026-01-01',
    })),
    (chunk) => db.insert(laborMarketFigures).values(chunk),
  );

  await db.execute(sql`analyze`);

  return { partnershipId, districtId: districtIds[0] ?? '' };
}

async function timeScope(
  db: Database,
  scope: { partnershipId: string; districtId?: string },
  calls: number,
): Promise<Omit<ScopeTimes, 'scope'>> {
  const times: number[] = [];
  let programCount = 0;
  let withoutPartner = 0;

  for (let call = 0; call < WARM_UP_CALLS + calls; call += 1) {
    const started = performance.now();
    const matrix = await buildGapMatrix(db, scope);
    const elapsedMs = performance.now() - started;

    if (call < WARM_UP_CALLS) continue;

    times.push(elapsedMs);
    programCount = matrix.clusters.reduce((sum, cluster) => sum + cluster.programs.length, 0);
    withoutPartner = matrix.programsWithoutPartner.length;
  }

  return { times, programs: programCount, withoutPartner };
}

async function runDriver(driver: Driver, calls: number): Promise<ScopeTimes[]> {
  const database = driver === 'postgres' ? await createBenchDatabase() : undefined;

  try {
    const handle = await openDatabase({ url: database?.url });

    try {
      await runMigrations(handle.db);

      const seedStarted = performance.now();
      const seeded = await seedPartnership(handle.db);
      const seedSeconds = (performance.now() - seedStarted) / 1000;

      console.error(`${driver}: seeded in ${seedSeconds.toFixed(1)} s`);

      const partnership = await timeScope(
        handle.db,
        { partnershipId: seeded.partnershipId },
        calls,
      );
      const district = await timeScope(handle.db, seeded, calls);

      return [
        { scope: 'partnership', ...partnership },
        { scope: 'one district', ...district },
      ];
    } finally {
      await handle.close();
    }
  } finally {
    await database?.drop();
  }
}

function formatRow(driver: Driver, result: ScopeTimes): string {
  const sorted = [...result.times].sort((a, b) => a - b);
  const cells = [
    driver === 'pglite' ? 'PGlite' : 'Postgres',
    result.scope,
    String(sorted.length),
    percentile(sorted, 50).toFixed(1),
    percentile(sorted, 95).toFixed(1),
    (sorted.at(-1) ?? 0).toFixed(1),
    String(result.programs),
    String(result.withoutPartner),
  ];

  return `| ${cells.join(' | ')} |`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      calls: { type: 'string', default: '20' },
      drivers: { type: 'string', default: 'pglite,postgres' },
    },
  });
  const calls = Number(values.calls);

  if (!Number.isInteger(calls) || calls < 1) {
    console.error(`Invalid --calls value "${values.calls}": expected a positive integer.`);
    process.exitCode = 2;

    return;
  }

  const drivers = values.drivers
    .split(',')
    .filter((d): d is Driver => d === 'pglite' || d === 'postgres');
  const rows: string[] = [];

  for (const driver of drivers) {
    for (const result of await runDriver(driver, calls)) rows.push(formatRow(driver, result));
  }

  console.log(
    `${size.campuses} campuses in ${size.districts} districts, ${size.programs} programs, ` +
      `${size.employers} employers, ${size.opportunities} open opportunities, ${size.needs} needs, ` +
      `${size.laborRows} labor-market rows, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), ` +
      `load average ${os.loadavg()[0]?.toFixed(1)}, Node ${process.version}`,
  );
  console.log(
    '| driver | scope | calls | median ms | p95 ms | max ms | programs | programs without partner |',
  );
  console.log(
    '| ------ | ----- | ----: | --------: | -----: | -----: | -------: | -----------------------: |',
  );
  for (const row of rows) console.log(row);
}

main().catch((error: unknown) => {
  console.error('The gap matrix benchmark failed:', error);
  process.exitCode = 1;
});
