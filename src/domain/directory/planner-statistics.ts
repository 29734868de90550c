import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { organizations } from '../../db/schema/index.js';
import type { DirectoryKindSpec, ImportReport, ImportScope } from './import-types.js';

/**
 * Runs ANALYZE on the imported table, and on organizations that rows refer to, after 500, 1,000,
 * 2,000, 4,000… rows read. Without statistics on the lower(name) index expressions, Postgres 15
 * chose a generic plan that filtered every organization of the kind on each lookup, so lookups
 * slowed as the table grew. ANALYZE also invalidates the cached plans of prepared statements.
 */
export function createStatisticsRefresher(spec: DirectoryKindSpec, firstAt = 500) {
  let nextAt = firstAt;

  return async (scope: ImportScope, rowsRead: number): Promise<void> => {
    if (rowsRead < nextAt) return;

    nextAt *= 2;
    await scope.db.execute(sql`analyze ${spec.table}`);

    if (spec.table !== organizations) await scope.db.execute(sql`analyze ${organizations}`);
  };
}

/** Rows written by one import after which the table is vacuumed. */
const VACUUM_AFTER_ROWS = 1000;

/**
 * Runs VACUUM ANALYZE on the imported table after an import that wrote many rows. The trigram
 * indexes keep new rows in a pending list until a vacuum, and PGlite runs no autovacuum, so
 * without it `/bridge find` scans the table. VACUUM cannot run in a transaction, so it runs alone.
 */
export async function vacuumAfterLargeImport(
  db: Database,
  spec: DirectoryKindSpec,
  report: ImportReport,
): Promise<void> {
  if (report.counts.created + report.counts.updated < VACUUM_AFTER_ROWS) return;

  await db.execute(sql`vacuum analyze ${spec.table}`);
}
