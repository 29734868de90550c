/**
 * Imports one CSV file into a benchmark database and prints a JSON line with the row counts,
 * the elapsed time, this process's peak RSS and the highest RSS sampled during the import. `bench/import.ts` runs it as a child process so
 * each import's peak memory is its own.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';
import { partnerships } from '../../src/db/schema/index.js';
import { importCsvFile } from '../../src/domain/directory/import-runner.js';
import type { DirectoryKind } from '../../src/domain/directory/import-types.js';
import { directoryKindSpecs } from '../../src/domain/directory/kinds/index.js';
import { listPartnerships } from '../../src/domain/directory/partnership-choice.js';

const { values } = parseArgs({
  options: {
    kind: { type: 'string' },
    file: { type: 'string' },
    url: { type: 'string' },
    'data-dir': { type: 'string' },
  },
});

const spec = directoryKindSpecs[values.kind as DirectoryKind];

if (!spec || !values.file) throw new Error('Pass --kind and --file, and --url or --data-dir');

const handle = await openDatabase({ url: values.url, dataDir: values['data-dir'] });

try {
  await runMigrations(handle.db);

  const [existing] = await listPartnerships(handle.db);
  const partnership =
    existing ??
    (await handle.db.insert(partnerships).values({ name: 'Benchmark Region' }).returning())[0];

  if (!partnership) throw new Error('Creating the benchmark partnership returned no row');

  const sampler = sampleRss();
  const started = performance.now();
  const report = await importCsvFile(handle.db, {
    spec,
    filePath: values.file,
    partnershipId: partnership.id,
  });
  const seconds = (performance.now() - started) / 1000;
  const importRss = sampler.stop();

  // maxRSS is in kibibytes on Linux.
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;

  process.stdout.write(
    `${JSON.stringify({ counts: report.counts, seconds, peakRssMiB, ...importRss })}\n`,
  );
} finally {
  await handle.close();
}

/** Samples RSS every 50 ms, so the import's own peak shows apart from PGlite's start-up peak. */
function sampleRss() {
  const mebibyte = 1024 * 1024;
  const startRssMiB = process.memoryUsage().rss / mebibyte;
  let importPeakRssMiB = startRssMiB;
  const timer = setInterval(() => {
    importPeakRssMiB = Math.max(importPeakRssMiB, process.memoryUsage().rss / mebibyte);
  }, 50);

  return {
    stop: () => {
      clearInterval(timer);
      return { startRssMiB, importPeakRssMiB };
    },
  };
}
