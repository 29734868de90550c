import { open } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import type { Database } from '../../db/client.js';
import { writeCsvExport } from '../../domain/directory/csv-writer.js';
import type { DirectoryKindSpec } from '../../domain/directory/import-types.js';
import { choosePartnership } from '../../domain/directory/partnership-choice.js';
import { UsageError } from '../usage.js';
import type { CliOutput } from './output.js';

export interface ExportCommand {
  spec: DirectoryKindSpec;
  partnership: string | undefined;
  outputPath: string | undefined;
}

/** Writes the CSV export to the output file or standard output and returns the exit code. */
export async function runExport(
  db: Database,
  command: ExportCommand,
  output: CliOutput,
): Promise<number> {
  const partnership = await choosePartnership(db, command.partnership);
  const scope = { db, partnershipId: partnership.id };

  if (command.outputPath === undefined) {
    await writeCsvExport(scope, command.spec, output.stdout);
    return 0;
  }

  const file = (await openOutputFile(command.outputPath)).createWriteStream();
  const count = await writeCsvExport(scope, command.spec, file);
  file.end();
  await finished(file);

  output.out(`${command.spec.kind}: exported ${count} rows to ${command.outputPath}`);

  return 0;
}

async function openOutputFile(outputPath: string) {
  try {
    return await open(outputPath, 'w');
  } catch (error) {
    throw new UsageError(`Cannot write ${outputPath}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
