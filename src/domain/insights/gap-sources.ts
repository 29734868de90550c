import { and, desc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import type { WblRequestKind, WblType } from '../../db/schema/index.js';
import {
  capacitySurveys,
  equipmentDonations,
  industryNeeds,
  laborMarketFigures,
  opportunities,
  organizations,
  programs,
  requestOffers,
  wblRequests,
} from '../../db/schema/index.js';

/** The WBL type that each kind of request fills. */
export const wblTypeOfRequestKind: Record<WblRequestKind, WblType> = {
  guest_speaker: 'guest_speaker',
  facility_tour: 'facility_tour',
  mentor: 'mentorship',
  equipment: 'equipment_donation',
};

export interface ScopedProgram {
  id: string;
  name: string;
  campusName: string;
  careerCluster: string;
  socCodes: string[];
  wblOffered: string[];
}

/** Reads the partnership's programs, or only those of the district's campuses when one is given. */
export async function readScopedPrograms(
  db: Database,
  scope: { partnershipId: string; districtId?: string | undefined },
): Promise<ScopedProgram[]> {
  const campus = alias(organizations, 'campus');

  return db
    .select({
      id: programs.id,
      name: programs.name,
      campusName: campus.name,
      careerCluster: programs.careerCluster,
      socCodes: programs.socCodes,
      wblOffered: programs.wblOffered,
    })
    .from(programs)
    .innerJoin(campus, eq(campus.id, programs.campusId))
    .where(
      and(
        eq(programs.partnershipId, scope.partnershipId),
        scope.districtId
          ? or(eq(campus.parentId, scope.districtId), eq(campus.id, scope.districtId))
          : undefined,
      ),
    )
    .orderBy(programs.careerCluster, programs.name, campus.name);
}

/** Reads the "type|cluster" pairs of the partnership's open opportunities. */
export async function readOpenOpportunityKeys(
  db: Database,
  partnershipId: string,
): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ type: opportunities.type, careerCluster: opportunities.careerCluster })
    .from(opportunities)
    .where(and(eq(opportunities.partnershipId, partnershipId), eq(opportunities.status, 'open')));

  return new Set(rows.map((row) => `${row.type}|${row.careerCluster}`));
}

/**
 * Reads, per program, the WBL types an employer has agreed to: requests accepted or fulfilled,
 * requests with an accepted offer, and equipment donations that were not declined.
 */
export async function readAgreedTypes(
  db: Database,
  partnershipId: string,
): Promise<Map<string, Set<WblType>>> {
  const requests = await db
    .selectDistinct({ programId: wblRequests.programId, kind: wblRequests.kind })
    .from(wblRequests)
    .leftJoin(requestOffers, eq(requestOffers.requestId, wblRequests.id))
    .where(
      and(
        eq(wblRequests.partnershipId, partnershipId),
        or(
          inArray(wblRequests.status, ['accepted', 'fulfilled']),
          eq(requestOffers.status, 'accepted'),
        ),
      ),
    );
  const donations = await db
    .selectDistinct({ programId: equipmentDonations.programId })
    .from(equipmentDonations)
    .where(
      and(
        eq(equipmentDonations.partnershipId, partnershipId),
        isNotNull(equipmentDonations.programId),
        inArray(equipmentDonations.status, ['accepted', 'scheduled', 'delivered']),
      ),
    );
  const agreed = new Map<string, Set<WblType>>();
  const add = (programId: string, type: WblType) => {
    const types = agreed.get(programId) ?? new Set<WblType>();
    types.add(type);
    agreed.set(programId, types);
  };

  for (const row of requests) add(row.programId, wblTypeOfRequestKind[row.kind]);
  for (const row of donations) if (row.programId) add(row.programId, 'equipment_donation');

  return agreed;
}

export interface NeedSource {
  employerId: string;
  socCode: string | null;
}

export async function readNeeds(db: Database, partnershipId: string): Promise<NeedSource[]> {
  return db
    .select({ employerId: industryNeeds.employerId, socCode: industryNeeds.socCode })
    .from(industryNeeds)
    .where(eq(industryNeeds.partnershipId, partnershipId));
}

export interface LaborSource {
  occupationTitle: string;
  socCode: string | null;
  careerCluster: string | null;
  annualOpenings: number | null;
}

/**
 * Reads the labor-market figures, one row per SOC code (or per title when the row has none):
 * the row with the latest as-of date, so older sources do not count twice.
 */
export async function readLaborFigures(
  db: Database,
  partnershipId: string,
): Promise<LaborSource[]> {
  const rows = await db
    .select({
      occupationTitle: laborMarketFigures.occupationTitle,
      socCode: laborMarketFigures.socCode,
      careerCluster: laborMarketFigures.careerCluster,
      annualOpenings: laborMarketFigures.annualOpenings,
    })
    .from(laborMarketFigures)
    .where(eq(laborMarketFigures.partnershipId, partnershipId))
    .orderBy(desc(laborMarketFigures.asOf));
  const latest = new Map<string, LaborSource>();

  for (const row of rows) {
    const key = row.socCode ?? `title:${row.occupationTitle.toLowerCase()}`;
    if (!latest.has(key)) latest.set(key, row);
  }

  return [...latest.values()];
}

/** Reads the career clusters each employer named in its capacity survey. */
export async function readSurveyClusters(
  db: Database,
  partnershipId: string,
): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ employerId: capacitySurveys.employerId, clusters: capacitySurveys.careerClusters })
    .from(capacitySurveys)
    .where(eq(capacitySurveys.partnershipId, partnershipId));

  return new Map(rows.map((row) => [row.employerId, row.clusters]));
}
