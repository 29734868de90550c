import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { auditLog, partnerships } from '../../src/db/schema/index.js';
import { importCsvFile } from '../../src/domain/directory/import-runner.js';
import type { DirectoryKind, ImportReport } from '../../src/domain/directory/import-types.js';
import { directoryKindSpecs } from '../../src/domain/directory/kinds/index.js';

/** A temporary folder for CSV files, removed by `remove`. */
export async function createCsvFolder() {
  const folder = await mkdtemp(path.join(tmpdir(), 'bridge-directory-'));
  let count = 0;

  return {
    folder,
    /** Writes a CSV file and returns its path. */
    write: async (content: string | Buffer) => {
      count += 1;
      const filePath = path.join(folder, `file-${count}.csv`);
      await writeFile(filePath, content);
      return filePath;
    },
    remove: () => rm(folder, { recursive: true, force: true }),
  };
}

export async function createPartnership(db: Database, name: string): Promise<string> {
  const [created] = await db
    .insert(partnerships)
    .values({ name })
    .returning({ id: partnerships.id });

  if (!created) throw new Error('Inserting a partnership returned no row');

  return created.id;
}

export function importFile(
  db: Database,
  kind: DirectoryKind,
  filePath: string,
  partnershipId: string,
  flags: { dryRun?: boolean; allOrNothing?: boolean; batchSize?: number } = {},
): Promise<ImportReport> {
  const spec = directoryKindSpecs[kind];

  if (!spec) throw new Error(`No import for ${kind}`);

  return importCsvFile(db, { spec, filePath, partnershipId, ...flags });
}

export async function countAudit(db: Database, partnershipId: string): Promise<number> {
  const rows = await db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(eq(auditLog.partnershipId, partnershipId), eq(auditLog.channel, 'import')));

  return rows.length;
}

/** Joins lines with CRLF, as spreadsheet programs save CSV. */
export const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
