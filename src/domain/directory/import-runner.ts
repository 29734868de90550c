import { TransactionRollbackError } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { type HeaderLayout, readHeader } from './columns.js';
import { type CsvRecord, detectDelimiter, readCsvRecords, readHeaderLine } from './csv-reader.js';
import type { DirectoryKindSpec, ImportReport, ImportScope } from './import-types.js';
import { createStatisticsRefresher, vacuumAfterLargeImport } from './planner-statistics.js';
import { importRow } from './row-import.js';

/** Rows written per transaction when the import is neither a dry run nor all-or-nothing. */
export const IMPORT_BATCH_SIZE = 500;

/** Row errors kept for the report. Further ones are only counted. */
export const MAX_REPORTED_ERRORS = 1000;

export interface ImportOptions {
  spec: DirectoryKindSpec;
  filePath: string;
  partnershipId: string;
  /** Reports what would change and rolls everything back. */
  dryRun?: boolean;
  /** Writes nothing unless every row is valid. */
  allOrNothing?: boolean;
  batchSize?: number;
}

/** A failure while writing a row that validation did not catch, with the row's line. */
export class ImportWriteError extends Error {
  readonly code = 'bridge_import_write_failed';

  constructor(line: number, cause: unknown) {
    super(`Import stopped at line ${line}: the database rejected the row`, { cause });
  }
}

/**
 * Streams a CSV file into the partnership's rows. Without dry run or all-or-nothing, each batch
 * of rows commits on its own. Otherwise the whole file runs in one transaction.
 */
export async function importCsvFile(db: Database, options: ImportOptions): Promise<ImportReport> {
  const delimiter = detectDelimiter(await readHeaderLine(options.filePath));
  const records = readCsvRecords(options.filePath, delimiter);
  const header = await records.next();
  const layout = readHeader(header.done ? [] : header.value.cells, options.spec.columns);
  const report = emptyReport(options.spec, layout);

  if (layout.missing.length > 0) {
    await records.return(undefined);
    return report;
  }

  if (options.dryRun || options.allOrNothing) {
    await importInOneTransaction(db, options, layout, records, report);
  } else {
    await importInBatches(db, options, layout, records, report);
  }

  if (!options.dryRun) await vacuumAfterLargeImport(db, options.spec, report);

  return report;
}

async function importInOneTransaction(
  db: Database,
  options: ImportOptions,
  layout: HeaderLayout,
  records: AsyncIterable<CsvRecord>,
  report: ImportReport,
) {
  const refreshStatistics = createStatisticsRefresher(options.spec);

  try {
    await db.transaction(async (tx) => {
      const scope = { db: tx as unknown as Database, partnershipId: options.partnershipId };

      for await (const record of records) {
        await importRecord(scope, options, layout, record, report);
        await refreshStatistics(scope, rowsRead(report));
      }

      if (options.dryRun || report.counts.rejected > 0) tx.rollback();
    });
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
    report.written = false;
  }
}

async function importInBatches(
  db: Database,
  options: ImportOptions,
  layout: HeaderLayout,
  records: AsyncIterable<CsvRecord>,
  report: ImportReport,
) {
  const batchSize = options.batchSize ?? IMPORT_BATCH_SIZE;
  const refreshStatistics = createStatisticsRefresher(options.spec);
  let batch: CsvRecord[] = [];

  const flush = async () => {
    const rows = batch;
    batch = [];
    await db.transaction(async (tx) => {
      const scope = { db: tx as unknown as Database, partnershipId: options.partnershipId };

      for (const record of rows) await importRecord(scope, options, layout, record, report);
    });
    await refreshStatistics({ db, partnershipId: options.partnershipId }, rowsRead(report));
  };

  for await (const record of records) {
    batch.push(record);
    if (batch.length >= batchSize) await flush();
  }

  if (batch.length > 0) await flush();
}

async function importRecord(
  scope: ImportScope,
  options: ImportOptions,
  layout: HeaderLayout,
  record: CsvRecord,
  report: ImportReport,
) {
  let result: Awaited<ReturnType<typeof importRow>>;

  try {
    result = await importRow(scope, options.spec, layout, record.cells);
  } catch (error) {
    throw new ImportWriteError(record.line, error);
  }

  report.counts[result.outcome] += 1;

  if (result.outcome !== 'rejected') return;

  for (const problem of result.problems) {
    if (report.errors.length < MAX_REPORTED_ERRORS)
      report.errors.push({ line: record.line, ...problem });
    else report.omittedErrors += 1;
  }
}

function rowsRead(report: ImportReport): number {
  const { created, updated, unchanged, rejected } = report.counts;

  return created + updated + unchanged + rejected;
}

function emptyReport(spec: DirectoryKindSpec, layout: HeaderLayout): ImportReport {
  return {
    kind: spec.kind,
    counts: { created: 0, updated: 0, unchanged: 0, rejected: 0 },
    errors: [],
    omittedErrors: 0,
    ignoredColumns: layout.extra,
    missingColumns: layout.missing,
    written: layout.missing.length === 0,
  };
}
