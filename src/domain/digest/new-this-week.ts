import { and, asc, desc, eq, gte, lt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import {
  committeeSeats,
  opportunities,
  organizations,
  people,
  programs,
} from '../../db/schema/index.js';
import { toListed, totalRows } from './listed.js';
import type { NewThisWeek } from './types.js';
import { DIGEST_LIST_MAX } from './types.js';
import type { DigestWeek } from './week.js';

const employers = alias(organizations, 'digest_employer');
const campuses = alias(organizations, 'digest_campus');

/** Reads the organizations, opportunities, programs and committee seats created this week. */
export async function readNewThisWeek(
  db: Database,
  query: { partnershipId: string; week: DigestWeek },
): Promise<NewThisWeek> {
  const { partnershipId, week } = query;

  const [organizationRows, opportunityRows, programRows, seatRows] = await Promise.all([
    db
      .select({
        id: organizations.id,
        name: organizations.name,
        kind: organizations.kind,
        total: totalRows,
      })
      .from(organizations)
      .where(
        and(
          eq(organizations.partnershipId, partnershipId),
          gte(organizations.createdAt, week.start),
          lt(organizations.createdAt, week.until),
        ),
      )
      .orderBy(asc(organizations.name), asc(organizations.id))
      .limit(DIGEST_LIST_MAX),
    db
      .select({
        id: opportunities.id,
        title: opportunities.title,
        employerName: employers.name,
        type: opportunities.type,
        slots: opportunities.slots,
        total: totalRows,
      })
      .from(opportunities)
      .innerJoin(employers, eq(employers.id, opportunities.employerId))
      .where(
        and(
          eq(opportunities.partnershipId, partnershipId),
          gte(opportunities.createdAt, week.start),
          lt(opportunities.createdAt, week.until),
        ),
      )
      .orderBy(desc(opportunities.createdAt), asc(opportunities.id))
      .limit(DIGEST_LIST_MAX),
    db
      .select({
        id: programs.id,
        name: programs.name,
        campusName: campuses.name,
        total: totalRows,
      })
      .from(programs)
      .innerJoin(campuses, eq(campuses.id, programs.campusId))
      .where(
        and(
          eq(programs.partnershipId, partnershipId),
          gte(programs.createdAt, week.start),
          lt(programs.createdAt, week.until),
        ),
      )
      .orderBy(asc(programs.name), asc(programs.id))
      .limit(DIGEST_LIST_MAX),
    db
      .select({
        id: committeeSeats.id,
        personName: people.displayName,
        group: committeeSeats.stakeholderGroup,
        total: totalRows,
      })
      .from(committeeSeats)
      .innerJoin(people, eq(people.id, committeeSeats.personId))
      .where(
        and(
          eq(committeeSeats.partnershipId, partnershipId),
          gte(committeeSeats.createdAt, week.start),
          lt(committeeSeats.createdAt, week.until),
        ),
      )
      .orderBy(asc(people.displayName), asc(committeeSeats.id))
      .limit(DIGEST_LIST_MAX),
  ]);

  return {
    organizations: toListed(organizationRows, ({ total: _total, ...row }) => row),
    opportunities: toListed(opportunityRows, ({ total: _total, ...row }) => row),
    programs: toListed(programRows, ({ total: _total, ...row }) => row),
    committeeSeats: toListed(seatRows, ({ total: _total, ...row }) => row),
  };
}
