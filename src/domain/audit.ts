import type { Database } from '../db/client.js';
import { auditLog } from '../db/schema/index.js';

/** A database or an open transaction; both insert the same way. */
type Writer = Pick<Database, 'insert'>;

export interface RecordedChange {
  partnershipId: string;
  /** Null for imports and scheduled jobs. */
  actorPersonId: string | null;
  /** Where the change came from, such as 'slack' or 'import'. */
  channel: string;
  action: 'create' | 'update' | 'delete';
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * Writes one change to the audit log. Call it in the transaction that makes the change, so that
 * the change and its record are stored together or not at all.
 */
export async function recordChange(writer: Writer, change: RecordedChange): Promise<void> {
  await writer.insert(auditLog).values({
    ...change,
    before: change.before === null ? null : jsonSafe(change.before),
    after: change.after === null ? null : jsonSafe(change.after),
  });
}

/** Turns dates into ISO strings so that a row stores in a jsonb column as it reads. */
function jsonSafe(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      value instanceof Date ? value.toISOString() : value,
    ]),
  );
}
