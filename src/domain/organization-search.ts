import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import type { OrganizationKind } from '../db/schema/index.js';
import { organizations } from '../db/schema/index.js';

export interface OrganizationChoice {
  id: string;
  name: string;
  kind: OrganizationKind;
}

/** Characters of typed text that a search reads; the rest is ignored. */
export const SEARCH_TEXT_MAX = 100;

/**
 * Finds a partnership's organizations whose name contains the typed text, in any case. Names
 * that start with it come first, then the rest by name. Blank text matches every organization.
 * Returns at most `limit` organizations and the total that matched.
 */
export async function searchOrganizations(
  db: Database,
  query: {
    partnershipId: string;
    text: string;
    limit: number;
    /** Only these kinds; all kinds when absent. */
    kinds?: readonly OrganizationKind[];
  },
): Promise<{ organizations: OrganizationChoice[]; total: number }> {
  // Postgres text cannot hold NUL, so control characters are dropped from the typed text.
  const typed = query.text
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, SEARCH_TEXT_MAX)
    .toLowerCase();
  const escaped = escapeLikePattern(typed);
  const lowerName = sql`lower(${organizations.name})`;
  const where = and(
    eq(organizations.partnershipId, query.partnershipId),
    query.kinds ? inArray(organizations.kind, [...query.kinds]) : undefined,
    typed ? likeWithEscape(lowerName, `%${escaped}%`) : undefined,
  );

  const rows = await db
    .select({ id: organizations.id, name: organizations.name, kind: organizations.kind })
    .from(organizations)
    .where(where)
    .orderBy(
      sql`case when ${likeWithEscape(lowerName, `${escaped}%`)} then 0 else 1 end`,
      asc(lowerName),
      asc(organizations.id),
    )
    .limit(query.limit);
  const [counted] = await db.select({ value: count() }).from(organizations).where(where);

  return { organizations: rows, total: counted?.value ?? rows.length };
}

/**
 * Escapes the LIKE wildcards `%` and `_`, and the escape character itself, so that typed text
 * matches literally. Use the result with `escape '\'`, as likeWithEscape does.
 */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function likeWithEscape(column: SQL, pattern: string): SQL {
  return sql`${column} like ${pattern} escape '\\'`;
}
