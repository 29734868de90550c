import { sql } from 'drizzle-orm';
import { organizations } from '../../db/schema/index.js';
import type { DirectoryKindSpec, ImportScope } from './import-types.js';

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
