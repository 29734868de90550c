import { and, asc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { organizations, people } from '../db/schema/index.js';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * True when a contact was never confirmed or was last confirmed more than `staleAfterDays`
 * days before `now`.
 */
export function isContactStale(
  confirmedAt: Date | null,
  staleAfterDays: number,
  now: Date,
): boolean {
  return confirmedAt === null || confirmedAt.getTime() < now.getTime() - staleAfterDays * dayMs;
}

export interface StaleContact {
  id: string;
  displayName: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  organizationName: string | null;
  confirmedAt: Date | null;
}

/**
 * Lists a partnership's contacts that are stale at `now`, the longest unconfirmed first (never
 * confirmed before all), with one row more than `limit` read to show that the list goes on.
 */
export async function listStaleContacts(
  db: Database,
  query: {
    partnershipId: string;
    staleAfterDays: number;
    now: Date;
    limit: number;
    offset: number;
  },
): Promise<StaleContact[]> {
  const cutoff = new Date(query.now.getTime() - query.staleAfterDays * dayMs);

  return db
    .select({
      id: people.id,
      displayName: people.displayName,
      title: people.title,
      email: people.email,
      phone: people.phone,
      organizationName: organizations.name,
      confirmedAt: people.confirmedAt,
    })
    .from(people)
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .where(
      and(
        eq(people.partnershipId, query.partnershipId),
        or(isNull(people.confirmedAt), lt(people.confirmedAt, cutoff)),
      ),
    )
    .orderBy(sql`${people.confirmedAt} asc nulls first`, asc(people.displayName), asc(people.id))
    .limit(query.limit)
    .offset(query.offset);
}
