import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { organizations, people, programs } from '../db/schema/index.js';
import { escapeLikePattern, SEARCH_TEXT_MAX } from './organization-search.js';

export interface NamedChoice {
  id: string;
  name: string;
  /** The organization a person works for, or the campus a program runs at. */
  detail: string | null;
}

interface ChoiceQuery {
  partnershipId: string;
  text: string;
  limit: number;
}

/**
 * Finds a partnership's people whose name contains the typed text, in any case; names that
 * start with it come first. Returns at most `limit` people and how many matched in all.
 */
export async function searchPeople(
  db: Database,
  query: ChoiceQuery,
): Promise<{ choices: NamedChoice[]; total: number }> {
  const lowerName = sql`lower(${people.displayName})`;
  const { where, startsFirst } = nameFilter(lowerName, query.text);
  const scoped = and(eq(people.partnershipId, query.partnershipId), where);

  const choices = await db
    .select({ id: people.id, name: people.displayName, detail: organizations.name })
    .from(people)
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .where(scoped)
    .orderBy(startsFirst, asc(lowerName), asc(people.id))
    .limit(query.limit);
  const [counted] = await db.select({ value: count() }).from(people).where(scoped);

  return { choices, total: counted?.value ?? choices.length };
}

/** Finds a partnership's CTE programs by name, as searchPeople finds people. */
export async function searchPrograms(
  db: Database,
  query: ChoiceQuery,
): Promise<{ choices: NamedChoice[]; total: number }> {
  const lowerName = sql`lower(${programs.name})`;
  const { where, startsFirst } = nameFilter(lowerName, query.text);
  const scoped = and(eq(programs.partnershipId, query.partnershipId), where);

  const choices = await db
    .select({ id: programs.id, name: programs.name, detail: organizations.name })
    .from(programs)
    .leftJoin(organizations, eq(organizations.id, programs.campusId))
    .where(scoped)
    .orderBy(startsFirst, asc(lowerName), asc(programs.id))
    .limit(query.limit);
  const [counted] = await db.select({ value: count() }).from(programs).where(scoped);

  return { choices, total: counted?.value ?? choices.length };
}

function nameFilter(lowerName: ReturnType<typeof sql>, text: string) {
  const typed = escapeLikePattern(text.trim().slice(0, SEARCH_TEXT_MAX).toLowerCase());

  return {
    where: typed ? sql`${lowerName} like ${`%${typed}%`} escape '\\'` : undefined,
    startsFirst: sql`case when ${lowerName} like ${`${typed}%`} escape '\\' then 0 else 1 end`,
  };
}
