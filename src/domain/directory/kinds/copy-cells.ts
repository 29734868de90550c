import type { ParsedCells, StoredValues } from '../import-types.js';

/**
 * Copies the cells of the columns present in the file into stored values, renaming each column
 * to its Drizzle property. Blank list cells become empty lists because list columns are not null.
 */
export function copyCells(
  cells: ParsedCells,
  values: StoredValues,
  fields: Record<string, string>,
  listColumns: readonly string[] = [],
): void {
  for (const [column, field] of Object.entries(fields)) {
    if (!cells.has(column)) continue;

    const value = cells.get(column) ?? null;

    values[field] = value === null && listColumns.includes(column) ? [] : value;
  }
}
