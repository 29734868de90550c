import type { Config } from '../config.js';
import { DatabaseOpenError, openDatabase } from '../db/client.js';
import { runMigrations } from '../db/migrate.js';
import { UserFacingError } from '../domain/errors.js';
import { logger } from '../logger.js';
import { type CliCommand, parseCliArguments } from './arguments.js';
import { runExport } from './commands/export.js';
import { checkReadableFile, runImport } from './commands/import.js';
import type { CliOutput } from './commands/output.js';
import { runPartnerships } from './commands/partnerships.js';
import { UsageError, usageText } from './usage.js';

const log = logger.child({ component: 'cli' });

/** Runs one CLI command against the configured database and returns the process exit code. */
export async function runCli(
  argv: string[],
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  output: CliOutput,
): Promise<number> {
  try {
    const command = parseCliArguments(argv);

    if (command.name === 'help') {
      output.out(usageText());
      return 0;
    }

    if (command.name === 'import') await checkReadableFile(command.filePath);

    return await runWithDatabase(command, config, output);
  } catch (error) {
    return reportFailure(error, output);
  }
}

async function runWithDatabase(
  command: Exclude<CliCommand, { name: 'help' }>,
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  output: CliOutput,
): Promise<number> {
  const handle = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    maxConnections: 2,
  });

  try {
    await runMigrations(handle.db);

    if (command.name === 'partnerships') return await runPartnerships(handle.db, output);
    if (command.name === 'export') return await runExport(handle.db, command, output);

    return await runImport(handle.db, command, output);
  } finally {
    await handle.close();
  }
}

function reportFailure(error: unknown, output: CliOutput): number {
  // The reader of standard output closed it, as `export contacts | head` does: nothing to report.
  if (isClosedPipe(error)) return 0;

  if (error instanceof UsageError) {
    output.error(`error: ${error.message}\n`);
    output.error(usageText());
    return 2;
  }

  if (error instanceof UserFacingError || error instanceof DatabaseOpenError) {
    output.error(`error: ${error.message}`);
    return 1;
  }

  log.error({ err: error }, 'CLI command failed');
  output.error(
    `error: ${error instanceof Error ? error.message : String(error)}. The log above has the details.`,
  );

  return 1;
}

function isClosedPipe(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'EPIPE';
}
