import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import type { Database } from '../../db/client.js';
import { importCsvFile } from '../../domain/directory/import-runner.js';
import type { DirectoryKindSpec } from '../../domain/directory/import-types.js';
import { choosePartnership } from '../../domain/directory/partnership-choice.js';
import { formatImportReport } from '../report-text.js';
import { UsageError } from '../usage.js';
import type { CliOutput } from './output.js';

export interface ImportCommand {
  spec: DirectoryKindSpec;
  filePath: string;
  partnership: string | undefined;
  dryRun: boolean;
  allOrNothing: boolean;
}

/** Throws UsageError when the file is missing, a folder or unreadable. */
export async function checkReadableFile(filePath: string): Promise<void> {
  try {
    await access(filePath, constants.R_OK);
    if (!(await stat(filePath)).isFile()) throw new Error('not a file');
  } catch (error) {
    throw new UsageError(`Cannot read ${filePath}: ${(error as Error).message}`, { cause: error });
  }
}

/** Imports a CSV file, prints its report and returns the exit code. */
export async function runImport(
  db: Database,
  command: ImportCommand,
  output: CliOutput,
): Promise<number> {
  const partnership = await choosePartnership(db, command.partnership);
  const report = await importCsvFile(db, { ...command, partnershipId: partnership.id });

  for (const line of formatImportReport(report, command)) output.out(line);

  const allImported = report.missingColumns.length === 0 && report.counts.rejected === 0;

  return allImported ? 0 : 1;
}
