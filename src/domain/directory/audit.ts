import { auditLog } from '../../db/schema/index.js';
import type { ImportScope, StoredValues } from './import-types.js';

/** Records an imported create or update in the audit log, with no acting person. */
export async function recordImportAudit(
  scope: ImportScope,
  change: {
    action: 'create' | 'update';
    entityType: string;
    entityId: string;
    before: StoredValues | null;
    after: StoredValues;
  },
): Promise<void> {
  await scope.db.insert(auditLog).values({
    partnershipId: scope.partnershipId,
    actorPersonId: null,
    channel: 'import',
    ...change,
  });
}
