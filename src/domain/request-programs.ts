import { and, asc, count, eq, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.js';
import { organizations, programs } from '../db/schema/index.js';
import type { AccessActor } from './access.js';
import { escapeLikePattern, SEARCH_TEXT_MAX } from './organization-search.js';
import { isUuid } from './record-owners.js';

/** A program as a request picker shows it. */
export interface ProgramChoice {
  id: string;
  name: string;
  campusName: string;
}

/** A program with what a request needs: its cluster and the organizations it belongs to. */
export interface RequestProgram extends ProgramChoice {
  careerCluster: string;
  /** The program's campus and, when the campus has one, its district. */
  organizationIds: string[];
}

const districts = alias(organizations, 'program_districts');

/**
 * Returns the organization whose programs a person requests for: none (every program) for the
 * convener, otherwise the person's campus or district.
 */
export function requestScope(actor: AccessActor): string | undefined {
  return actor.role === 'convener' ? undefined : (actor.organizationId ?? undefined);
}

/**
 * Lists programs whose program or campus name contains `text`, in name order, at most `limit`
 * of them, with how many matched in all. With `organizationId`, only the programs of that
 * campus, or of the campuses of that district, are listed.
 */
export async function listProgramChoices(
  db: Database,
  query: {
    partnershipId: string;
    organizationId?: string | undefined;
    text?: string;
    limit: number;
  },
): Promise<{ choices: ProgramChoice[]; total: number }> {
  const typed = (query.text ?? '').trim().slice(0, SEARCH_TEXT_MAX).toLowerCase();
  const pattern = `%${escapeLikePattern(typed)}%`;
  const matchesText = typed
    ? or(
        sql`lower(${programs.name}) like ${pattern} escape '\\'`,
        sql`lower(${organizations.name}) like ${pattern} escape '\\'`,
      )
    : undefined;
  const inOrganization = query.organizationId
    ? or(
        eq(programs.campusId, query.organizationId),
        eq(organizations.parentId, query.organizationId),
      )
    : undefined;
  const where = and(eq(programs.partnershipId, query.partnershipId), inOrganization, matchesText);

  const choices = await db
    .select({ id: programs.id, name: programs.name, campusName: organizations.name })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.campusId))
    .where(where)
    .orderBy(asc(sql`lower(${programs.name})`), asc(sql`lower(${organizations.name})`))
    .limit(query.limit);
  const [total] = await db
    .select({ value: count() })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.campusId))
    .where(where);

  return { choices, total: total?.value ?? choices.length };
}

/** Returns one program of the partnership with its cluster and owners, or undefined. */
export async function findRequestProgram(
  db: Database,
  query: { partnershipId: string; programId: string },
): Promise<RequestProgram | undefined> {
  if (!isUuid(query.programId)) return undefined;

  const [row] = await db
    .select({
      id: programs.id,
      name: programs.name,
      careerCluster: programs.careerCluster,
      campusId: programs.campusId,
      campusName: organizations.name,
      districtId: districts.id,
    })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.campusId))
    .leftJoin(districts, eq(districts.id, organizations.parentId))
    .where(and(eq(programs.partnershipId, query.partnershipId), eq(programs.id, query.programId)));

  if (!row) return undefined;

  const { campusId, districtId, ...program } = row;

  return { ...program, organizationIds: districtId ? [campusId, districtId] : [campusId] };
}
