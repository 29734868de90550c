import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { organizations, people } from '../../db/schema/index.js';
import { escapeLikePattern, SEARCH_TEXT_MAX } from '../organization-search.js';

export interface PersonChoice {
  id: string;
  name: string;
  organizationName: string | null;
}

/**
 * Finds a partnership's people whose name contains the typed text, in any case, names that
 * start with it first. Returns at most `limit` people and how many matched in all.
 */
export async function searchPeople(
  db: Database,
  query: { partnershipId: string; text: string; limit: number },
): Promise<{ people: PersonChoice[]; total: number }> {
  const typed = escapeLikePattern(query.text.trim().slice(0, SEARCH_TEXT_MAX).toLowerCase());
  const lowerName = sql`lower(${people.displayName})`;
  const where = and(
    eq(people.partnershipId, query.partnershipId),
    typed ? sql`${lowerName} like ${`%${typed}%`} escape '\\'` : undefined,
  );

  const rows = await db
    .select({ id: people.id, name: people.displayName, organizationName: organizations.name })
    .from(people)
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .where(where)
    .orderBy(
      sql`case when ${lowerName} like ${`${typed}%`} escape '\\' then 0 else 1 end`,
      asc(lowerName),
      asc(people.id),
    )
    .limit(query.limit);
  const [counted] = await db.select({ value: count() }).from(people).where(where);

  return { people: rows, total: counted?.value ?? rows.length };
}
