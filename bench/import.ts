/**
 * Measures the CSV import: generates organization and contact files of each size, then imports
 * them into a fresh PGlite database and a fresh Postgres database (127.0.0.1:5432, user postgres),
 * each import in its own child process. Prints rows per second and peak RSS side by side.
 * Usage: `npm run bench:import -- [--sizes 5000,50000] [--drivers pglite,postgres]`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { writeContactsCsv, writeOrganizationsCsv } from './support/csv-generator.js';
import { createBenchDatabase } from './support/postgres-database.js';

const run = promisify(execFile);
const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

interface ImportMeasurement {
  driver: 'pglite' | 'postgres';
  kind: 'organizations' | 'contacts';
  rows: number;
  rejected: number;
  seconds: number;
  /** Peak RSS of the whole child process, PGlite's start-up and migrations included. */
  peakRssMiB: number;
  /** RSS when the import started, and the highest RSS sampled during the import. */
  startRssMiB: number;
  importPeakRssMiB: number;
}

/** Runs one import in a child process and returns its measurement. */
async function importInChild(
  target: { driver: ImportMeasurement['driver']; args: string[] },
  kind: ImportMeasurement['kind'],
  filePath: string,
  rows: number,
): Promise<ImportMeasurement> {
  const script = ['--import', 'tsx', 'bench/support/csv-import-child.ts'];
  const { stdout } = await run(
    'node',
    [...script, '--kind', kind, '--file', filePath, ...target.args],
    {
      cwd: repositoryRoot,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      maxBuffer: 1024 * 1024,
    },
  );
  const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
    counts: { rejected: number };
    seconds: number;
    peakRssMiB: number;
    startRssMiB: number;
    importPeakRssMiB: number;
  };

  return { driver: target.driver, kind, rows, rejected: result.counts.rejected, ...result };
}

/** Imports the organizations file and then the contacts file into one fresh database. */
async function measureDriver(
  driver: ImportMeasurement['driver'],
  files: { organizations: string; contacts: string; folder: string },
  rows: number,
): Promise<ImportMeasurement[]> {
  const database = driver === 'postgres' ? await createBenchDatabase() : undefined;
  const args = database
    ? ['--url', database.url]
    : ['--data-dir', path.join(files.folder, `pglite-${rows}`)];

  try {
    const target = { driver, args };
    const organizations = await importInChild(target, 'organizations', files.organizations, rows);
    const contacts = await importInChild(target, 'contacts', files.contacts, rows);

    return [organizations, contacts];
  } finally {
    await database?.drop();
  }
}

function formatRow(m: ImportMeasurement): string {
  const cells = [
    m.driver,
    m.kind,
    m.rows,
    Math.round(m.rows / m.seconds),
    m.seconds.toFixed(1),
    m.startRssMiB.toFixed(0),
    m.importPeakRssMiB.toFixed(0),
    m.peakRssMiB.toFixed(0),
  ];

  return `| ${cells.join(' | ')} |`;
}

function formatTable(measurements: ImportMeasurement[]): string {
  const header = [
    '| driver | kind | rows | rows/s | seconds | RSS at start MiB | peak RSS in import MiB | process peak RSS MiB |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  const ordered = [...measurements].sort(
    (a, b) => a.kind.localeCompare(b.kind) || a.rows - b.rows || a.driver.localeCompare(b.driver),
  );

  return [...header, ...ordered.map(formatRow)].join('\n');
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5000,50000' },
    drivers: { type: 'string', default: 'pglite,postgres' },
  },
});
const drivers = values.drivers.split(',') as ImportMeasurement['driver'][];
const sizes = values.sizes.split(',').map(Number);
const folder = await mkdtemp(path.join(os.tmpdir(), 'bridge-import-bench-'));
const measurements: ImportMeasurement[] = [];

try {
  for (const rows of sizes) {
    const files = {
      folder,
      organizations: path.join(folder, `organizations-${rows}.csv`),
      contacts: path.join(folder, `contacts-${rows}.csv`),
    };
    await writeOrganizationsCsv(files.organizations, rows);
    await writeContactsCsv(files.contacts, rows, rows);

    for (const driver of drivers) {
      const measured = await measureDriver(driver, files, rows);
      measurements.push(...measured);
      for (const m of measured) {
        console.error(
          `${m.driver} ${m.kind} ${m.rows}: ${m.seconds.toFixed(1)} s, ${m.rejected} rejected`,
        );
      }
    }
  }

  console.log(
    `Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} x ${os.cpus().length}`,
  );
  console.log(formatTable(measurements));
} finally {
  await rm(folder, { recursive: true, force: true });
}
