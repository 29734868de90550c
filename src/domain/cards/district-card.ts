import { and, asc, count, eq, inArray, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { opportunities, organizations, people, programs } from '../../db/schema/index.js';
import type { CardList } from './card-list.js';
import { isOpenOn } from './card-list.js';
import type { ContactList } from './contacts.js';
import { listContacts } from './contacts.js';

export interface CampusSummary {
  id: string;
  name: string;
  zip: string | null;
  /** The first program names in name order; `programTotal` counts them all. */
  programNames: string[];
  programTotal: number;
}

export interface DistrictCard {
  id: string;
  name: string;
  campuses: CardList<CampusSummary>;
  contacts: ContactList;
  /** The career clusters the district's programs cover, in name order. */
  careerClusters: string[];
  /** Open opportunities, from any employer, in those clusters. */
  openOpportunities: number;
}

export interface DistrictCardLimits {
  campuses: number;
  programsPerCampus: number;
  contacts: number;
}

/**
 * Reads a school district's card: its campuses with their programs, the contacts of the district
 * and its campuses, and how many open opportunities are in the clusters its programs cover.
 * Returns undefined when the partnership has no district with that id.
 */
export async function getDistrictCard(
  db: Database,
  query: {
    partnershipId: string;
    districtId: string;
    today: string;
    now: Date;
    limits: DistrictCardLimits;
  },
): Promise<DistrictCard | undefined> {
  const { partnershipId, districtId, limits } = query;

  const [district] = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(
      and(
        eq(organizations.partnershipId, partnershipId),
        eq(organizations.id, districtId),
        eq(organizations.kind, 'school_district'),
      ),
    );

  if (!district) return undefined;

  const campusIds = db
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        eq(organizations.partnershipId, partnershipId),
        eq(organizations.parentId, districtId),
        eq(organizations.kind, 'campus'),
      ),
    );

  const campuses = await listCampuses(db, { partnershipId, districtId, limits });
  const contacts = await listContacts(db, {
    partnershipId,
    belongs: or(eq(people.organizationId, districtId), inArray(people.organizationId, campusIds)),
    first: sql`${people.organizationId} = ${districtId}`,
    now: query.now,
    limit: limits.contacts,
  });

  const clusterRows = await db
    .selectDistinct({ careerCluster: programs.careerCluster })
    .from(programs)
    .where(and(eq(programs.partnershipId, partnershipId), inArray(programs.campusId, campusIds)))
    .orderBy(asc(programs.careerCluster));
  const careerClusters = clusterRows.map((row) => row.careerCluster);
  const openOpportunities = await countOpenOpportunities(db, {
    partnershipId,
    careerClusters,
    today: query.today,
  });

  return { ...district, campuses, contacts, careerClusters, openOpportunities };
}

async function listCampuses(
  db: Database,
  query: { partnershipId: string; districtId: string; limits: DistrictCardLimits },
): Promise<CardList<CampusSummary>> {
  const filter = and(
    eq(organizations.partnershipId, query.partnershipId),
    eq(organizations.parentId, query.districtId),
    eq(organizations.kind, 'campus'),
  );

  const rows = await db
    .select({ id: organizations.id, name: organizations.name, zip: organizations.zip })
    .from(organizations)
    .where(filter)
    .orderBy(asc(organizations.name))
    .limit(query.limits.campuses);
  const [total] = await db.select({ value: count() }).from(organizations).where(filter);
  const programRows =
    rows.length === 0
      ? []
      : await db
          .select({ campusId: programs.campusId, name: programs.name })
          .from(programs)
          .where(
            and(
              eq(programs.partnershipId, query.partnershipId),
              inArray(
                programs.campusId,
                rows.map((row) => row.id),
              ),
            ),
          )
          .orderBy(asc(programs.name));

  const campuses = rows.map((campus) => {
    const names = programRows.filter((row) => row.campusId === campus.id).map((row) => row.name);

    return {
      ...campus,
      programNames: names.slice(0, query.limits.programsPerCampus),
      programTotal: names.length,
    };
  });

  return { rows: campuses, total: total?.value ?? campuses.length };
}

async function countOpenOpportunities(
  db: Database,
  query: { partnershipId: string; careerClusters: string[]; today: string },
): Promise<number> {
  if (query.careerClusters.length === 0) return 0;

  const [row] = await db
    .select({ value: count() })
    .from(opportunities)
    .where(
      and(
        eq(opportunities.partnershipId, query.partnershipId),
        inArray(opportunities.careerCluster, query.careerClusters),
        isOpenOn(query.today),
      ),
    );

  return row?.value ?? 0;
}
