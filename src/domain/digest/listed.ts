import { sql } from 'drizzle-orm';
import type { Listed } from './types.js';

/** A column that counts every row the query matched, before its limit. */
export const totalRows = sql<number>`count(*) over ()`.mapWith(Number);

/** Builds a list from rows that carry `total` (see totalRows), dropping that column. */
export function toListed<Row extends { total: number }, Entry>(
  rows: Row[],
  toEntry: (row: Row) => Entry,
): Listed<Entry> {
  return { entries: rows.map(toEntry), total: rows[0]?.total ?? 0 };
}

/** Builds a person reference from joined columns, or null when the join found nobody. */
export function personRef(row: {
  personId: string | null;
  personName: string | null;
  personSlackUserId: string | null;
}) {
  if (!row.personId || row.personName === null) return null;

  return { id: row.personId, name: row.personName, slackUserId: row.personSlackUserId };
}
