import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import type { WblRequestKind } from '../db/schema/index.js';
import { requestOffers } from '../db/schema/index.js';
import { findEmployersWithCapacity } from './capacity.js';
import type { CareerCluster } from './career-clusters.js';

/** An employer whose stated capacity fits a request, with what makes it fit. */
export interface EmployerSuggestion {
  employerId: string;
  employerName: string;
  /** True when the employer's stated career clusters include the program's cluster. */
  clusterFit: boolean;
  careerClusters: string[];
  /**
   * The stated capacity the request draws on: guest speakers, the largest tour group or
   * mentors. Equipment has no count, so it is 0 there and `equipment` names what is offered.
   */
  capacity: number;
  equipment: string | null;
  /** The offer's status when the request was already sent to the employer, otherwise null. */
  offerStatus: 'pending' | 'accepted' | 'declined' | null;
}

/**
 * Candidates read before tours too small for the group are dropped.
 * NOTE: when more than this many employers rank ahead with tours too small for the group,
 * employers whose tours fit can be left out.
 */
const CANDIDATES_READ = 100;

/**
 * Suggests employers whose capacity survey fits a request, best first, in the order of
 * findEmployersWithCapacity: employers whose career clusters include the program's cluster
 * come first, then more stated capacity, then the name. A facility tour must take the whole
 * group. Employers of other clusters therefore only fill the places that cluster matches leave
 * within `limit`.
 */
export async function suggestEmployers(
  db: Database,
  query: {
    partnershipId: string;
    kind: WblRequestKind;
    careerCluster: string;
    groupSize: number | null;
    /** Marks employers the request was already sent to. */
    requestId?: string;
    limit: number;
  },
): Promise<EmployerSuggestion[]> {
  const candidates = await findEmployersWithCapacity(db, {
    partnershipId: query.partnershipId,
    kind: query.kind,
    // A cluster outside the 2024 list matches no employer's clusters, so capacity alone ranks.
    careerCluster: query.careerCluster as CareerCluster,
    groupSize: query.groupSize ?? undefined,
    limit: CANDIDATES_READ,
  });
  const fitting = candidates.filter((candidate) => candidate.fitsGroup).slice(0, query.limit);
  const statuses = await findOfferStatuses(db, {
    requestId: query.requestId,
    employerIds: fitting.map((candidate) => candidate.employerId),
  });

  return fitting.map((candidate) => ({
    employerId: candidate.employerId,
    employerName: candidate.name,
    clusterFit: Boolean(candidate.fitsCluster),
    careerClusters: candidate.careerClusters,
    capacity: candidate.capacity ?? 0,
    equipment: candidate.equipment,
    offerStatus: statuses.get(candidate.employerId) ?? null,
  }));
}

/** Returns the status of the request's offer to each of the employers it was sent to. */
async function findOfferStatuses(
  db: Database,
  query: { requestId: string | undefined; employerIds: string[] },
): Promise<Map<string, EmployerSuggestion['offerStatus']>> {
  if (!query.requestId || query.employerIds.length === 0) return new Map();

  const rows = await db
    .select({ employerId: requestOffers.employerId, status: requestOffers.status })
    .from(requestOffers)
    .where(
      and(
        eq(requestOffers.requestId, query.requestId),
        inArray(requestOffers.employerId, query.employerIds),
      ),
    );

  return new Map(rows.map((row) => [row.employerId, row.status]));
}
