import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import type { CellParser } from './cell-parsers.js';
import type { ColumnSpec } from './columns.js';

/** The kinds of spreadsheet the directory import reads and the export writes. */
export const directoryKinds = [
  'organizations',
  'contacts',
  'programs',
  'needs',
  'labor-market',
] as const;

export type DirectoryKind = (typeof directoryKinds)[number];

export interface ImportColumn extends ColumnSpec {
  parse: CellParser<unknown>;
}

/** Cells of one row after parsing, for the columns in the header. A blank cell is null. */
export type ParsedCells = Map<string, unknown>;

/** Stored values of one row, keyed by Drizzle property name. */
export type StoredValues = Record<string, unknown>;

/** A problem with one cell of a row, such as an invalid value or a reference that is not found. */
export interface CellProblem {
  column: string;
  message: string;
}

/** Database and tenant that a row is imported into. */
export interface ImportScope {
  db: Database;
  partnershipId: string;
}

export type PreparedRow =
  | { ok: true; values: StoredValues }
  | { ok: false; problems: CellProblem[] };

/** The import and export rules of one directory kind. */
export interface DirectoryKindSpec {
  kind: DirectoryKind;
  /** The `entity_type` written to the audit log. */
  entityType: string;
  table: PgTable;
  columns: readonly ImportColumn[];
  /** Values a new row starts with where the file gives none; a stored row keeps its own. */
  createDefaults?: StoredValues;
  /** Turns parsed cells into stored values, resolving names of other rows to ids. */
  prepare(scope: ImportScope, cells: ParsedCells): Promise<PreparedRow>;
  /** Returns the stored row that the values identify, or undefined when the row is new. */
  findExisting(scope: ImportScope, values: StoredValues): Promise<StoredValues | undefined>;
  /** Streams the partnership's rows as CSV cells keyed by column name, in a stable order. */
  exportRows(scope: ImportScope): AsyncIterable<Record<string, string>>;
}

/** A rejected row's problem, with the file line where the row starts. */
export interface RowError extends CellProblem {
  line: number;
}

export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'rejected';

export interface ImportReport {
  kind: DirectoryKind;
  counts: Record<RowOutcome, number>;
  /** The first errors, up to MAX_REPORTED_ERRORS. counts.rejected is the total of bad rows. */
  errors: RowError[];
  /** Errors left out of `errors` to keep memory flat on large files. */
  omittedErrors: number;
  /** Header cells that matched no column. */
  ignoredColumns: string[];
  /** Required columns missing from the header. When any are missing, no row is read. */
  missingColumns: string[];
  /** False for a dry run, or when --all-or-nothing rolled the import back. */
  written: boolean;
}
