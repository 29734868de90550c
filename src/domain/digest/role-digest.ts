import { and, asc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { PersonRole, RsvpStatus } from '../../db/schema/index.js';
import {
  capacitySurveys,
  employerOutreach,
  events,
  opportunities,
  organizations,
  rsvps,
} from '../../db/schema/index.js';
import { toListed, totalRows } from './listed.js';
import type { Digest, Listed, OpenRequest, ProgramGap, UpcomingEvent } from './types.js';
import { DIGEST_LIST_MAX } from './types.js';

/** Roles that receive a role digest by direct message. */
export const roleDigestRoles: readonly PersonRole[] = [
  'convener',
  'chamber',
  'district',
  'employer',
  'educator',
];

/** A person who may receive a role digest. */
export interface DigestReader {
  id: string;
  name: string;
  role: PersonRole;
  organizationId: string | null;
  slackUserId: string;
}

/** Event kinds that are work-based learning, shown to district staff and educators. */
const wblEventKinds = new Set(['career_fair', 'wbl_showcase', 'guest_speaker', 'facility_tour']);

export type RoleDigest =
  | { role: 'convener'; reader: DigestReader; digest: Digest }
  | { role: 'chamber'; reader: DigestReader; digest: Digest }
  | {
      role: 'district' | 'educator';
      reader: DigestReader;
      digest: Digest;
      /** The reader's district, or null when their organization is not a district or campus. */
      districtId: string | null;
      programGaps: ProgramGap[];
      openRequests: Listed<OpenRequest>;
      wblEvents: UpcomingEvent[];
    }
  | {
      role: 'employer';
      reader: DigestReader;
      digest: Digest;
      employerName: string | null;
      opportunities: Listed<{ id: string; title: string; type: string; slots: number }>;
      rsvps: Array<{
        eventId: string;
        title: string;
        startsAt: Date;
        endsAt: Date;
        status: RsvpStatus;
      }>;
      fittingRequests: OpenRequest[];
    };

/**
 * Filters the partnership's digest for one reader's role. District staff and educators read
 * their district's part. Employer staff read their organization's opportunities, their RSVPs
 * and the open requests their capacity survey fits, which takes three more statements.
 */
export async function buildRoleDigest(
  db: Database,
  digest: Digest,
  reader: DigestReader,
): Promise<RoleDigest | undefined> {
  switch (reader.role) {
    case 'convener':
    case 'chamber':
      return { role: reader.role, reader, digest };
    case 'district':
    case 'educator':
      return districtDigest(db, digest, reader, reader.role);
    case 'employer':
      return employerDigest(db, digest, reader);
    default:
      return undefined;
  }
}

async function districtDigest(
  db: Database,
  digest: Digest,
  reader: DigestReader,
  role: 'district' | 'educator',
): Promise<RoleDigest> {
  const districtId = await findDistrictId(db, reader.organizationId);
  const mine = <Entry extends { districtId: string }>(entry: Entry) =>
    districtId === null || entry.districtId === districtId;
  const requests = digest.openRequests.entries.filter(mine);

  return {
    role,
    reader,
    digest,
    districtId,
    programGaps: digest.programGaps.filter(mine),
    openRequests: {
      entries: requests,
      // Only the listed requests are filtered, so the total is exact when all were listed.
      total:
        digest.openRequests.total === digest.openRequests.entries.length
          ? requests.length
          : digest.openRequests.total,
    },
    wblEvents: digest.upcomingEvents.entries.filter((event) => wblEventKinds.has(event.kind)),
  };
}

/** Returns the district of a district or campus organization, or null for any other. */
async function findDistrictId(db: Database, organizationId: string | null): Promise<string | null> {
  if (!organizationId) return null;

  const [organization] = await db
    .select({ kind: organizations.kind, parentId: organizations.parentId })
    .from(organizations)
    .where(eq(organizations.id, organizationId));

  if (organization?.kind === 'school_district') return organizationId;
  if (organization?.kind === 'campus') return organization.parentId ?? organizationId;

  return null;
}

async function employerDigest(
  db: Database,
  digest: Digest,
  reader: DigestReader,
): Promise<RoleDigest> {
  const employerId = reader.organizationId;
  const [opportunityRows, rsvpRows, survey] = await Promise.all([
    employerId ? readOpenOpportunities(db, employerId) : Promise.resolve([]),
    readUpcomingRsvps(db, { personId: reader.id, now: digest.week.end }),
    employerId ? readCapacity(db, employerId) : Promise.resolve(undefined),
  ]);

  return {
    role: 'employer',
    reader,
    digest,
    employerName: survey?.name ?? null,
    opportunities: toListed(opportunityRows, ({ total: _total, ...row }) => row),
    rsvps: rsvpRows,
    fittingRequests: survey
      ? digest.openRequests.entries.filter((request) => requestFitsCapacity(request, survey))
      : [],
  };
}

function readOpenOpportunities(db: Database, employerId: string) {
  return db
    .select({
      id: opportunities.id,
      title: opportunities.title,
      type: opportunities.type,
      slots: opportunities.slots,
      total: totalRows,
    })
    .from(opportunities)
    .where(and(eq(opportunities.employerId, employerId), eq(opportunities.status, 'open')))
    .orderBy(asc(opportunities.title), asc(opportunities.id))
    .limit(DIGEST_LIST_MAX);
}

function readUpcomingRsvps(db: Database, query: { personId: string; now: Date }) {
  return db
    .select({
      eventId: events.id,
      title: events.title,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      status: rsvps.status,
    })
    .from(rsvps)
    .innerJoin(events, eq(events.id, rsvps.eventId))
    .where(
      and(
        eq(rsvps.personId, query.personId),
        gte(events.startsAt, query.now),
        inArray(rsvps.status, ['going', 'maybe', 'waitlisted']),
      ),
    )
    .orderBy(asc(events.startsAt))
    .limit(DIGEST_LIST_MAX);
}

/** An employer's capacity survey answers and outreach stage, as request fit needs them. */
export interface EmployerCapacity {
  name: string;
  stage: string | null;
  guestSpeakers: number;
  tourGroupSize: number;
  mentors: number;
  equipment: string | null;
  careerClusters: string[];
}

async function readCapacity(
  db: Database,
  employerId: string,
): Promise<EmployerCapacity | undefined> {
  const [row] = await db
    .select({
      name: organizations.name,
      stage: employerOutreach.stage,
      guestSpeakers: capacitySurveys.guestSpeakers,
      tourGroupSize: capacitySurveys.tourGroupSize,
      mentors: capacitySurveys.mentors,
      equipment: capacitySurveys.equipment,
      careerClusters: capacitySurveys.careerClusters,
    })
    .from(capacitySurveys)
    .innerJoin(organizations, eq(organizations.id, capacitySurveys.employerId))
    .leftJoin(employerOutreach, eq(employerOutreach.employerId, capacitySurveys.employerId))
    .where(
      and(eq(capacitySurveys.employerId, employerId), sql`${organizations.kind} = 'employer'`),
    );

  return row;
}

/**
 * Returns whether an employer's capacity survey fits a request, by the rules that
 * findEmployersWithCapacity in capacity.ts applies in SQL. The survey must offer the kind, and a
 * tour must take the whole group. The employer's career clusters must include the program's,
 * and the employer must not have declined.
 */
export function requestFitsCapacity(request: OpenRequest, capacity: EmployerCapacity): boolean {
  if (capacity.stage === 'declined') return false;
  if (!capacity.careerClusters.includes(request.careerCluster)) return false;

  switch (request.kind) {
    case 'guest_speaker':
      return capacity.guestSpeakers > 0;
    case 'mentor':
      return capacity.mentors > 0;
    case 'facility_tour':
      return (
        capacity.tourGroupSize > 0 &&
        (request.groupSize === null || capacity.tourGroupSize >= request.groupSize)
      );
    case 'equipment':
      return (capacity.equipment ?? '').trim().length > 0;
  }
}
