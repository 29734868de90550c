import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import type { WblType } from '../../db/schema/index.js';
import { industryNeeds, opportunities, organizations, programs } from '../../db/schema/index.js';
import type { CardList } from './card-list.js';
import { isOpenOn } from './card-list.js';

/** An employer that could partner with a program, with what links them. */
export interface PossiblePartner {
  id: string;
  name: string;
  /** The employer's industry needs whose SOC code the program prepares for. */
  matchingNeeds: Array<{ occupationTitle: string; socCode: string }>;
  /** The employer's open opportunities in the program's career cluster. */
  openOpportunities: number;
}

export interface ProgramCard {
  id: string;
  name: string;
  campus: { id: string; name: string };
  district: { id: string; name: string } | null;
  careerCluster: string;
  cipCode: string | null;
  socCodes: string[];
  lowestGrade: number | null;
  highestGrade: number | null;
  enrollment: number | null;
  certifications: string[];
  wblOffered: WblType[];
  wblMissing: WblType[];
  possiblePartners: CardList<PossiblePartner>;
}

const districts = alias(organizations, 'districts');

/**
 * Reads a program's card: its campus and district, what it teaches, the work-based learning it
 * offers and lacks, and possible partners. Returns undefined when the partnership has no
 * program with that id.
 */
export async function getProgramCard(
  db: Database,
  query: { partnershipId: string; programId: string; today: string; partnerLimit: number },
): Promise<ProgramCard | undefined> {
  const [row] = await db
    .select({
      program: programs,
      campus: { id: organizations.id, name: organizations.name },
      district: { id: districts.id, name: districts.name },
    })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.campusId))
    .leftJoin(districts, eq(districts.id, organizations.parentId))
    .where(and(eq(programs.partnershipId, query.partnershipId), eq(programs.id, query.programId)));

  if (!row) return undefined;

  const { program } = row;
  const possiblePartners = await findPossiblePartners(db, {
    partnershipId: query.partnershipId,
    socCodes: program.socCodes,
    careerCluster: program.careerCluster,
    today: query.today,
    limit: query.partnerLimit,
  });

  return {
    id: program.id,
    name: program.name,
    campus: row.campus,
    district: row.district,
    careerCluster: program.careerCluster,
    cipCode: program.cipCode,
    socCodes: program.socCodes,
    lowestGrade: program.lowestGrade,
    highestGrade: program.highestGrade,
    enrollment: program.enrollment,
    certifications: program.certifications,
    wblOffered: program.wblOffered as WblType[],
    wblMissing: program.wblMissing as WblType[],
    possiblePartners,
  };
}

/**
 * Finds employers whose industry needs share the program's SOC codes or who have open
 * opportunities in its career cluster. Employers with more matching needs come first, then those
 * with more opportunities, then by name.
 */
export async function findPossiblePartners(
  db: Database,
  query: {
    partnershipId: string;
    socCodes: string[];
    careerCluster: string;
    today: string;
    limit: number;
  },
): Promise<CardList<PossiblePartner>> {
  const partners = new Map<string, PossiblePartner>();
  const partnerOf = (id: string, name: string) => {
    const partner = partners.get(id) ?? { id, name, matchingNeeds: [], openOpportunities: 0 };
    partners.set(id, partner);
    return partner;
  };

  const needs =
    query.socCodes.length === 0
      ? []
      : await db
          .select({
            employerId: organizations.id,
            employerName: organizations.name,
            occupationTitle: industryNeeds.occupationTitle,
            socCode: industryNeeds.socCode,
          })
          .from(industryNeeds)
          .innerJoin(organizations, eq(organizations.id, industryNeeds.employerId))
          .where(
            and(
              eq(industryNeeds.partnershipId, query.partnershipId),
              inArray(industryNeeds.socCode, query.socCodes),
            ),
          )
          .orderBy(asc(industryNeeds.occupationTitle));
  const clusterOpportunities = await db
    .select({
      employerId: organizations.id,
      employerName: organizations.name,
      opportunities: count(),
    })
    .from(opportunities)
    .innerJoin(organizations, eq(organizations.id, opportunities.employerId))
    .where(
      and(
        eq(opportunities.partnershipId, query.partnershipId),
        eq(opportunities.careerCluster, query.careerCluster),
        isOpenOn(query.today),
      ),
    )
    .groupBy(organizations.id, organizations.name);

  for (const need of needs) {
    if (!need.socCode) continue;

    const partner = partnerOf(need.employerId, need.employerName);
    partner.matchingNeeds.push({ occupationTitle: need.occupationTitle, socCode: need.socCode });
  }

  for (const row of clusterOpportunities) {
    partnerOf(row.employerId, row.employerName).openOpportunities = row.opportunities;
  }

  const ranked = [...partners.values()].sort(
    (a, b) =>
      b.matchingNeeds.length - a.matchingNeeds.length ||
      b.openOpportunities - a.openOpportunities ||
      a.name.localeCompare(b.name),
  );

  return { rows: ranked.slice(0, query.limit), total: ranked.length };
}
