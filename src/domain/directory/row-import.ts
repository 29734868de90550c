import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { recordImportAudit } from './audit.js';
import { cellsByColumn, type HeaderLayout } from './columns.js';
import type {
  CellProblem,
  DirectoryKindSpec,
  ImportScope,
  ParsedCells,
  RowOutcome,
  StoredValues,
} from './import-types.js';

export type RowResult =
  | { outcome: Exclude<RowOutcome, 'rejected'> }
  | { outcome: 'rejected'; problems: CellProblem[] };

/** Parses a record's cells. A blank optional cell becomes null, a blank required one a problem. */
export function parseCells(
  spec: DirectoryKindSpec,
  layout: HeaderLayout,
  cells: string[],
): { parsed: ParsedCells; problems: CellProblem[] } {
  const raw = cellsByColumn(cells, layout);
  const parsed: ParsedCells = new Map();
  const problems: CellProblem[] = [];

  for (const column of spec.columns) {
    const cell = raw.get(column.name);

    if (cell === undefined) continue;

    if (cell === '') {
      if (column.required) problems.push({ column: column.name, message: 'is empty; fill it in' });
      else parsed.set(column.name, null);
      continue;
    }

    const result = column.parse(cell);

    if (result.ok) parsed.set(column.name, result.value);
    else problems.push({ column: column.name, message: result.message });
  }

  return { parsed, problems };
}

/** Imports one record: creates it, updates the changed values of its match, or leaves it alone. */
export async function importRow(
  scope: ImportScope,
  spec: DirectoryKindSpec,
  layout: HeaderLayout,
  cells: string[],
): Promise<RowResult> {
  const { parsed, problems } = parseCells(spec, layout, cells);

  if (problems.length > 0) return { outcome: 'rejected', problems };

  const prepared = await spec.prepare(scope, parsed);

  if (!prepared.ok) return { outcome: 'rejected', problems: prepared.problems };

  const existing = await spec.findExisting(scope, prepared.values);

  if (!existing) {
    await createRow(scope, spec, { ...spec.createDefaults, ...prepared.values });
    return { outcome: 'created' };
  }

  const changes = changedValues(existing, prepared.values);

  if (Object.keys(changes).length === 0) return { outcome: 'unchanged' };

  await updateRow(scope, spec, existing, changes);

  return { outcome: 'updated' };
}

/** Returns the values that differ from the stored row, comparing arrays and numerics by content. */
export function changedValues(existing: StoredValues, values: StoredValues): StoredValues {
  const changes: StoredValues = {};

  for (const [field, value] of Object.entries(values)) {
    if (JSON.stringify(existing[field] ?? null) !== JSON.stringify(value ?? null)) {
      changes[field] = value;
    }
  }

  return changes;
}

async function createRow(scope: ImportScope, spec: DirectoryKindSpec, values: StoredValues) {
  const table = spec.table as PgTable & { id: PgColumn };
  const [created] = await scope.db
    .insert(table)
    .values({ ...values, partnershipId: scope.partnershipId })
    .returning({ id: table.id });

  if (!created) throw new Error(`Inserting into ${spec.entityType} returned no row`);

  await recordImportAudit(scope, {
    action: 'create',
    entityType: spec.entityType,
    entityId: created.id as string,
    before: null,
    after: values,
  });
}

async function updateRow(
  scope: ImportScope,
  spec: DirectoryKindSpec,
  existing: StoredValues,
  changes: StoredValues,
) {
  const table = spec.table as PgTable & { id: PgColumn };
  const id = existing.id as string;

  await scope.db
    .update(table)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(table.id, id));

  await recordImportAudit(scope, {
    action: 'update',
    entityType: spec.entityType,
    entityId: id,
    before: pick(existing, Object.keys(changes)),
    after: changes,
  });
}

function pick(values: StoredValues, fields: string[]): StoredValues {
  return Object.fromEntries(fields.map((field) => [field, values[field] ?? null]));
}
