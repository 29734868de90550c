import type { SQL } from 'drizzle-orm';
import { and, asc, eq, gt, isNull, ne, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import type { Season } from '../db/schema/index.js';
import { capacitySurveys, employerOutreach, organizations } from '../db/schema/index.js';
import type { CareerCluster } from './career-clusters.js';

/** Kind of help an educator can request from an employer, as the capacity survey records it. */
export type CapacityKind = 'guest_speaker' | 'facility_tour' | 'mentor' | 'equipment';

export interface EmployerWithCapacity {
  employerId: string;
  name: string;
  /** The employer named the requested career cluster among the ones its work fits. */
  fitsCluster: boolean;
  /** For a facility tour with a group size: whether the employer's largest tour group takes it. */
  fitsGroup: boolean;
  /**
   * The stated capacity of the requested kind: guest speakers, mentors, or the largest tour
   * group. Null for equipment, which the survey records as text.
   */
  capacity: number | null;
  equipment: string | null;
  seasons: Season[];
  careerClusters: string[];
}

const capacityColumns = {
  guest_speaker: capacitySurveys.guestSpeakers,
  facility_tour: capacitySurveys.tourGroupSize,
  mentor: capacitySurveys.mentors,
} as const;

/**
 * Finds employers whose capacity survey offers what a request needs, best first: employers
 * whose career clusters include the request's come first, then (for a tour) those whose largest
 * group takes `groupSize`, then the largest capacity, then by name. Employers whose outreach
 * stage is declined are left out, since they have said no to the partnership.
 */
export async function findEmployersWithCapacity(
  db: Database,
  query: {
    partnershipId: string;
    kind: CapacityKind;
    careerCluster: CareerCluster;
    /** Students in a facility tour group; other kinds ignore it. */
    groupSize?: number | undefined;
    /** At most this many employers; 10 unless given. */
    limit?: number;
  },
): Promise<EmployerWithCapacity[]> {
  const capacity = query.kind === 'equipment' ? undefined : capacityColumns[query.kind];
  const offers: SQL | undefined = capacity
    ? gt(capacity, 0)
    : sql`length(trim(coalesce(${capacitySurveys.equipment}, ''))) > 0`;
  const fitsCluster = sql<boolean>`${query.careerCluster} = any(${capacitySurveys.careerClusters})`;
  const groupRule =
    query.kind === 'facility_tour' && query.groupSize !== undefined
      ? sql<boolean>`${capacitySurveys.tourGroupSize} >= ${query.groupSize}`
      : undefined;

  const rows = await db
    .select({
      employerId: organizations.id,
      name: organizations.name,
      fitsCluster,
      fitsGroup: groupRule ?? sql<boolean>`true`,
      capacity: capacity ? capacity : sql<null>`null`,
      equipment: capacitySurveys.equipment,
      seasons: capacitySurveys.seasons,
      careerClusters: capacitySurveys.careerClusters,
    })
    .from(capacitySurveys)
    .innerJoin(organizations, eq(organizations.id, capacitySurveys.employerId))
    .leftJoin(employerOutreach, eq(employerOutreach.employerId, capacitySurveys.employerId))
    .where(
      and(
        eq(capacitySurveys.partnershipId, query.partnershipId),
        eq(organizations.kind, 'employer'),
        offers,
        or(isNull(employerOutreach.stage), ne(employerOutreach.stage, 'declined')),
      ),
    )
    .orderBy(
      sql`${fitsCluster} desc`,
      ...(groupRule ? [sql`${groupRule} desc`] : []),
      ...(capacity ? [sql`${capacity} desc`] : []),
      asc(organizations.name),
      asc(organizations.id),
    )
    .limit(query.limit ?? 10);

  return rows.map((row) => ({ ...row, seasons: row.seasons as Season[] }));
}
