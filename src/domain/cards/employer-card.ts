import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { OpportunityType } from '../../db/schema/index.js';
import { industryNeeds, opportunities, organizations, people } from '../../db/schema/index.js';
import type { CapacitySurvey } from '../capacity-survey.js';
import { getCapacitySurvey } from '../capacity-survey.js';
import type { OutreachSummary } from '../outreach/summary.js';
import { getOutreachSummary, OUTREACH_CONTACTS_ON_CARD } from '../outreach/summary.js';
import type { CardList } from './card-list.js';
import { isOpenOn } from './card-list.js';
import type { ContactList } from './contacts.js';
import { listContacts } from './contacts.js';

export interface NeedSummary {
  id: string;
  occupationTitle: string;
  socCode: string | null;
  openingsPerYear: number | null;
  timeFrame: string | null;
  skills: string[];
}

export interface CardOpportunity {
  id: string;
  title: string;
  type: OpportunityType;
  startsOn: string | null;
  endsOn: string | null;
  slots: number;
}

export interface EmployerCard {
  id: string;
  name: string;
  naicsCode: string | null;
  size: string | null;
  address: string | null;
  zip: string | null;
  contacts: ContactList;
  needs: CardList<NeedSummary>;
  opportunities: CardList<CardOpportunity>;
  outreach: OutreachSummary;
  /** The latest capacity survey answers, or null when nobody has answered yet. */
  capacity: CapacitySurvey | null;
}

/** How many rows of each list a card reads. */
export interface EmployerCardLimits {
  contacts: number;
  needs: number;
  opportunities: number;
}

/**
 * Reads an employer's card: its details, contacts, industry needs, open opportunities, outreach
 * record and capacity survey.
 * Returns undefined when the partnership has no employer with that id.
 */
export async function getEmployerCard(
  db: Database,
  query: {
    partnershipId: string;
    employerId: string;
    /** The partnership's date (YYYY-MM-DD), so opportunities that ended earlier are left out. */
    today: string;
    now: Date;
    limits: EmployerCardLimits;
  },
): Promise<EmployerCard | undefined> {
  const { partnershipId, employerId, limits } = query;

  const [employer] = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      naicsCode: organizations.naicsCode,
      size: organizations.size,
      address: organizations.address,
      zip: organizations.zip,
    })
    .from(organizations)
    .where(
      and(
        eq(organizations.partnershipId, partnershipId),
        eq(organizations.id, employerId),
        eq(organizations.kind, 'employer'),
      ),
    );

  if (!employer) return undefined;

  const contacts = await listContacts(db, {
    partnershipId,
    belongs: eq(people.organizationId, employerId),
    now: query.now,
    limit: limits.contacts,
  });
  const needs = await listNeeds(db, { partnershipId, employerId, limit: limits.needs });
  const openOpportunities = await listEmployerOpportunities(db, {
    partnershipId,
    employerId,
    today: query.today,
    limit: limits.opportunities,
  });

  const outreach = await getOutreachSummary(db, {
    partnershipId,
    employerId,
    today: query.today,
    contactLimit: OUTREACH_CONTACTS_ON_CARD,
  });
  const capacity = await getCapacitySurvey(db, { partnershipId, employerId });

  return { ...employer, contacts, needs, opportunities: openOpportunities, outreach, capacity };
}

async function listNeeds(
  db: Database,
  query: { partnershipId: string; employerId: string; limit: number },
): Promise<CardList<NeedSummary>> {
  const filter = and(
    eq(industryNeeds.partnershipId, query.partnershipId),
    eq(industryNeeds.employerId, query.employerId),
  );

  const rows = await db
    .select({
      id: industryNeeds.id,
      occupationTitle: industryNeeds.occupationTitle,
      socCode: industryNeeds.socCode,
      openingsPerYear: industryNeeds.openingsPerYear,
      timeFrame: industryNeeds.timeFrame,
      skills: industryNeeds.skills,
    })
    .from(industryNeeds)
    .where(filter)
    .orderBy(
      sql`${industryNeeds.openingsPerYear} desc nulls last`,
      asc(industryNeeds.occupationTitle),
    )
    .limit(query.limit);
  const [total] = await db.select({ value: count() }).from(industryNeeds).where(filter);

  return { rows, total: total?.value ?? rows.length };
}

async function listEmployerOpportunities(
  db: Database,
  query: { partnershipId: string; employerId: string; today: string; limit: number },
): Promise<CardList<CardOpportunity>> {
  const filter = and(
    eq(opportunities.partnershipId, query.partnershipId),
    eq(opportunities.employerId, query.employerId),
    isOpenOn(query.today),
  );

  const rows = await db
    .select({
      id: opportunities.id,
      title: opportunities.title,
      type: opportunities.type,
      startsOn: opportunities.startsOn,
      endsOn: opportunities.endsOn,
      slots: opportunities.slots,
    })
    .from(opportunities)
    .where(filter)
    .orderBy(desc(opportunities.createdAt), desc(opportunities.id))
    .limit(query.limit);
  const [total] = await db.select({ value: count() }).from(opportunities).where(filter);

  return { rows, total: total?.value ?? rows.length };
}
