import { and, asc, desc, eq, gt, isNull, ne, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { WblRequestKind, WblType } from '../../db/schema/index.js';
import { capacitySurveys, employerOutreach, organizations } from '../../db/schema/index.js';
import { findEmployersWithCapacity } from '../capacity.js';
import type { CareerCluster } from '../career-clusters.js';

/** The `/bridge request new` kind for each WBL type that the request form covers. */
export const requestKindOfWblType: Partial<Record<WblType, WblRequestKind>> = {
  guest_speaker: 'guest_speaker',
  facility_tour: 'facility_tour',
  mentorship: 'mentor',
  equipment_donation: 'equipment',
};

const surveyCounts = {
  internship: capacitySurveys.interns,
  apprenticeship: capacitySurveys.apprentices,
  job_shadow: capacitySurveys.jobShadows,
} as const;

export interface GapEmployer {
  employerId: string;
  name: string;
}

/**
 * Finds up to `limit` employers whose capacity survey names the career cluster and states
 * capacity for the WBL type, most capacity first. Employers whose outreach stage is declined
 * are left out.
 */
export async function findEmployersForGap(
  db: Database,
  query: { partnershipId: string; type: WblType; careerCluster: string; limit: number },
): Promise<GapEmployer[]> {
  const kind = requestKindOfWblType[query.type];

  if (kind) {
    const found = await findEmployersWithCapacity(db, {
      partnershipId: query.partnershipId,
      kind,
      careerCluster: query.careerCluster as CareerCluster,
      limit: query.limit,
    });

    return found
      .filter((employer) => employer.fitsCluster)
      .map(({ employerId, name }) => ({ employerId, name }));
  }

  const count = surveyCounts[query.type as keyof typeof surveyCounts];

  return db
    .select({ employerId: organizations.id, name: organizations.name })
    .from(capacitySurveys)
    .innerJoin(organizations, eq(organizations.id, capacitySurveys.employerId))
    .leftJoin(employerOutreach, eq(employerOutreach.employerId, capacitySurveys.employerId))
    .where(
      and(
        eq(capacitySurveys.partnershipId, query.partnershipId),
        gt(count, 0),
        sql`${query.careerCluster} = any(${capacitySurveys.careerClusters})`,
        or(isNull(employerOutreach.stage), ne(employerOutreach.stage, 'declined')),
      ),
    )
    .orderBy(desc(count), asc(organizations.name))
    .limit(query.limit);
}
