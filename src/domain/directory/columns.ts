/**
 * Normalizes a header or enumerated cell: trimmed, lower case, with runs of spaces, hyphens and
 * underscores turned into one underscore, so "Career Cluster" and "career-cluster" match.
 */
export function normalizeName(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
}

/** A column that an import reads, by its normalized header name. */
export interface ColumnSpec {
  name: string;
  required: boolean;
}

/** Positions of the known columns in the header, and the header cells that matched nothing. */
export interface HeaderLayout {
  positions: Map<string, number>;
  missing: string[];
  extra: string[];
}

/** Matches the header cells against the columns of one import kind. */
export function readHeader(headerCells: string[], columns: readonly ColumnSpec[]): HeaderLayout {
  const known = new Set(columns.map((column) => column.name));
  const positions = new Map<string, number>();
  const extra: string[] = [];

  headerCells.forEach((cell, index) => {
    const name = normalizeName(cell);

    if (known.has(name) && !positions.has(name)) positions.set(name, index);
    else if (cell.trim() !== '') extra.push(cell.trim());
  });

  const missing = columns
    .filter((column) => column.required && !positions.has(column.name))
    .map((column) => column.name);

  return { positions, missing, extra };
}

/** Returns the cells of one record keyed by column name, trimmed, for the columns in the header. */
export function cellsByColumn(cells: string[], layout: HeaderLayout): Map<string, string> {
  const byColumn = new Map<string, string>();

  for (const [name, index] of layout.positions) {
    byColumn.set(name, (cells[index] ?? '').trim());
  }

  return byColumn;
}
