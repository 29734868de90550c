import type { Database } from '../../db/client.js';
import type { AccessActor } from '../access.js';
import { mayEditRecord } from '../access.js';
import type { OwnedRecord } from '../record-owners.js';
import { findRecordOwners } from '../record-owners.js';

/**
 * Returns the ids, among `ids` of one kind of record, that the actor may edit by the access rules
 * of mayEditRecord. Reads each record's owners, so pass only the records a card shows.
 */
export async function findEditableIds(
  db: Database,
  query: { partnershipId: string; actor: AccessActor; record: OwnedRecord; ids: string[] },
): Promise<Set<string>> {
  const editable = new Set<string>();

  for (const id of query.ids) {
    const owners = await findRecordOwners(db, {
      partnershipId: query.partnershipId,
      record: query.record,
      id,
    });

    if (owners && mayEditRecord(query.actor, owners).allowed) editable.add(id);
  }

  return editable;
}
