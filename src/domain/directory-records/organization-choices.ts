import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { OrganizationKind } from '../../db/schema/index.js';
import { organizations } from '../../db/schema/index.js';
import type { OrganizationChoice } from '../organization-search.js';
import { searchOrganizations } from '../organization-search.js';

export type { OrganizationChoice };

const choiceColumns = { id: organizations.id, name: organizations.name, kind: organizations.kind };

function ofKinds(partnershipId: string, kinds: readonly OrganizationKind[]) {
  return and(
    eq(organizations.partnershipId, partnershipId),
    inArray(organizations.kind, [...kinds]),
  );
}

/** Lists the first `limit` organizations of some kinds by name, with how many there are in all. */
export async function listOrganizationChoices(
  db: Database,
  query: { partnershipId: string; kinds: readonly OrganizationKind[]; limit: number },
): Promise<{ choices: OrganizationChoice[]; total: number }> {
  const where = ofKinds(query.partnershipId, query.kinds);

  const choices = await db
    .select(choiceColumns)
    .from(organizations)
    .where(where)
    .orderBy(asc(sql`lower(${organizations.name})`), asc(organizations.id))
    .limit(query.limit);
  const [total] = await db.select({ value: count() }).from(organizations).where(where);

  return { choices, total: total?.value ?? 0 };
}

/**
 * Finds organizations of some kinds whose name contains `text`, ignoring case, names that start
 * with it first, with how many matched in all. `%`, `_` and `\` in the text match themselves.
 */
export async function searchOrganizationChoices(
  db: Database,
  query: {
    partnershipId: string;
    kinds: readonly OrganizationKind[];
    text: string;
    limit: number;
  },
): Promise<{ choices: OrganizationChoice[]; total: number }> {
  const found = await searchOrganizations(db, query);

  return { choices: found.organizations, total: found.total };
}
