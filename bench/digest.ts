/**
 * Measures how long building the weekly digest takes and how many SQL statements it runs, for a
 * large partnership (10,000 employers, 100,000 opportunities, 5,000 events, 100,000 RSVPs by
 * default) and for the demo region. Both live in a fresh Postgres database on 127.0.0.1:5432
 * (user postgres) that the benchmark creates and drops. Statements are counted with Drizzle's
 * query logger, so the count is the same for every run of one build.
 * Usage: `npm run bench:digest -- [--runs 5] [--employers 10000] [--opportunities 100000]
 * [--events 5000] [--rsvps 100000]`.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Database } from '../src/db/client.js';
import { runMigrations } from '../src/db/migrate.js';
import * as schema from '../src/db/schema/index.js';
import { slackTeams } from '../src/db/schema/index.js';
import { loadDemoData } from '../src/demo/load-demo-data.js';
import { buildDigest } from '../src/domain/digest/build-digest.js';
import { renderChannelDigest } from '../src/slack/messages/digest.js';
import type { DigestDataSize } from './support/digest-data.js';
import { seedDigestPartnership } from './support/digest-data.js';
import { createBenchDatabase } from './support/postgres-database.js';
import { percentile } from './support/summary.js';

/** Monday 15 March 2027, 8:00 AM in Chicago. */
const now = new Date('2027-03-15T13:00:00Z');

interface Measurement {
  label: string;
  statements: number;
  medianMs: number;
  maxMs: number;
  messages: number;
}

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    employers: { type: 'string', default: '10000' },
    opportunities: { type: 'string', default: '100000' },
    events: { type: 'string', default: '5000' },
    rsvps: { type: 'string', default: '100000' },
  },
});

const size: DigestDataSize = {
  employers: Number(values.employers),
  opportunities: Number(values.opportunities),
  events: Number(values.events),
  rsvps: Number(values.rsvps),
};
const runs = Number(values.runs);

/** Builds one partnership's digest `runs` times after a warm-up, counting the statements of one build. */
async function measure(
  db: Database,
  counter: { statements: number },
  label: string,
  partnershipId: string,
): Promise<Measurement> {
  await buildDigest(db, { partnershipId, now });

  counter.statements = 0;
  const digest = await buildDigest(db, { partnershipId, now });
  const statements = counter.statements;
  const times: number[] = [];

  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await buildDigest(db, { partnershipId, now });
    times.push(performance.now() - started);
  }

  return {
    label,
    statements,
    medianMs: percentile(
      [...times].sort((a, b) => a - b),
      50,
    ),
    maxMs: Math.max(...times),
    messages: renderChannelDigest(digest).length,
  };
}

async function main(): Promise<void> {
  const database = await createBenchDatabase();
  const client = postgres(database.url, { max: 10, onnotice: () => {} });
  const counter = { statements: 0 };
  const db = drizzle(client, {
    schema,
    logger: {
      logQuery: () => {
        counter.statements += 1;
      },
    },
  }) as unknown as Database;

  try {
    await runMigrations(db);

    const seedStarted = performance.now();
    const largeId = await seedDigestPartnership(db, size, now);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    await loadDemoData(db, { teamId: 'TBENCH', now, announcementChannelId: 'C0BENCH' });
    const [demo] = await db.select().from(slackTeams).where(eq(slackTeams.teamId, 'TBENCH'));

    if (!demo) throw new Error('The demo region did not load');

    const results = [
      await measure(db, counter, 'large partnership', largeId),
      await measure(db, counter, 'demo region', demo.partnershipId),
    ];

    console.log(
      `Digest build on Postgres, ${runs} runs after one warm-up; seeded ${size.employers} employers, ${size.opportunities} opportunities, ${size.events} events, ${size.rsvps} RSVPs in ${seedSeconds.toFixed(1)} s`,
    );
    console.log(
      `Machine: ${os.cpus().length} CPUs, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
    );
    console.log('| partnership | SQL statements | median ms | max ms | Slack messages |');
    console.log('| --- | --- | --- | --- | --- |');

    for (const result of results) {
      console.log(
        `| ${result.label} | ${result.statements} | ${result.medianMs.toFixed(1)} | ${result.maxMs.toFixed(1)} | ${result.messages} |`,
      );
    }
  } finally {
    await client.end({ timeout: 5 });
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
