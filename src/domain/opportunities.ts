import { and, count, desc, eq, gte, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import type { OpportunityType } from '../db/schema/index.js';
import { opportunities, opportunityTypes, organizations } from '../db/schema/index.js';
import type { AccessActor, AccessDecision } from './access.js';
import { mayAddOrganization, roleLabels } from './access.js';
import { recordChange } from './audit.js';
import { ValidationError } from './errors.js';
import type { OpportunityInput } from './opportunity-form.js';

export type { OpportunityForm, OpportunityInput } from './opportunity-form.js';
export { opportunityLimits, parseOpportunityForm } from './opportunity-form.js';

export interface OpportunitySummary {
  id: string;
  type: OpportunityType;
  title: string;
  description: string | null;
  employerName: string;
  careerCluster: string;
  slots: number;
  paid: boolean;
  startsOn: string | null;
  endsOn: string | null;
  location: string | null;
  isPilot: boolean;
  createdAt: Date;
}

/**
 * Stores an opportunity. `sourceKey` identifies the request that created it, so a retried
 * request returns the first row instead of adding a second one.
 */
export async function createOpportunity(
  db: Database,
  input: {
    partnershipId: string;
    createdBy: string;
    sourceKey: string;
    opportunity: OpportunityInput;
    now: Date;
    /** The person's role decides who may register and for which employer. */
    actor: AccessActor;
  },
): Promise<{ id: string; created: boolean }> {
  const { partnershipId } = input;
  const { newEmployerName, ...opportunity } = input.opportunity;
  const employerId = newEmployerName
    ? await findOrAddEmployer(db, { partnershipId, name: newEmployerName, actor: input.actor })
    : await checkEmployer(db, { partnershipId, employerId: opportunity.employerId });
  const decision = mayRegisterOpportunity(input.actor, employerId);

  if (!decision.allowed) throw new ValidationError({ employerId: decision.reason });

  const created = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(opportunities)
      .values({
        ...opportunity,
        employerId,
        partnershipId,
        createdBy: input.createdBy,
        sourceKey: input.sourceKey,
        createdAt: input.now,
      })
      .onConflictDoNothing({ target: opportunities.sourceKey })
      .returning();

    if (row) {
      await recordChange(tx, {
        partnershipId,
        actorPersonId: input.createdBy,
        channel: 'slack',
        action: 'create',
        entityType: 'opportunity',
        entityId: row.id,
        before: null,
        after: row,
      });
    }

    return row;
  });

  if (created) return { id: created.id, created: true };

  const [existing] = await db
    .select({ id: opportunities.id })
    .from(opportunities)
    .where(eq(opportunities.sourceKey, input.sourceKey));

  if (!existing) throw new Error(`Opportunity with source key ${input.sourceKey} vanished`);

  return { id: existing.id, created: false };
}

/**
 * Decides whether a person may register an opportunity for an employer. The convener, chamber
 * and district staff may for any employer, and employer staff for their own. Educators and
 * viewers only read.
 */
export function mayRegisterOpportunity(actor: AccessActor, employerId: string): AccessDecision {
  if (actor.role === 'convener' || actor.role === 'chamber' || actor.role === 'district') {
    return { allowed: true };
  }

  if (actor.role === 'employer') {
    return actor.organizationId === employerId
      ? { allowed: true }
      : {
          allowed: false,
          reason:
            'Employer staff register opportunities for their own employer only; choose it in the list.',
        };
  }

  return {
    allowed: false,
    reason: `Your role (${roleLabels[actor.role]}) can read opportunities but not register them. Ask the convener for an editing role with \`/bridge join\`.`,
  };
}

async function checkEmployer(
  db: Database,
  query: { partnershipId: string; employerId: string | undefined },
): Promise<string> {
  const [employer] = query.employerId
    ? await db
        .select({ id: organizations.id })
        .from(organizations)
        .where(
          and(
            eq(organizations.id, query.employerId),
            eq(organizations.partnershipId, query.partnershipId),
            eq(organizations.kind, 'employer'),
          ),
        )
    : [];

  if (!employer) {
    throw new ValidationError({
      employerId: 'That employer is not in this partnership; choose another.',
    });
  }

  return employer.id;
}

/** Returns the id of the partnership's employer with this name (any case), adding it if new. */
/**
 * Returns the employer with this name, in any case, adding it when the person's role may add
 * employers; otherwise the error under the new-employer field names who can.
 */
async function findOrAddEmployer(
  db: Database,
  input: { partnershipId: string; name: string; actor: AccessActor },
): Promise<string> {
  const sameEmployer = and(
    eq(organizations.partnershipId, input.partnershipId),
    eq(organizations.kind, 'employer'),
    eq(sql`lower(${organizations.name})`, input.name.toLowerCase()),
  );
  const [existing] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(sameEmployer);

  if (existing) return existing.id;

  const decision = mayAddOrganization(input.actor, 'employer');

  if (!decision.allowed) throw new ValidationError({ newEmployerName: decision.reason });

  await db.transaction(async (tx) => {
    const [added] = await tx
      .insert(organizations)
      .values({ partnershipId: input.partnershipId, kind: 'employer', name: input.name })
      .onConflictDoNothing()
      .returning();

    if (added) {
      await recordChange(tx, {
        partnershipId: input.partnershipId,
        actorPersonId: input.actor.personId,
        channel: 'slack',
        action: 'create',
        entityType: 'organization',
        entityId: added.id,
        before: null,
        after: added,
      });
    }
  });

  const [employer] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(sameEmployer);

  if (!employer) throw new Error(`Employer ${input.name} vanished after insert`);

  return employer.id;
}

function selectOpportunities(db: Database) {
  return db
    .select({
      id: opportunities.id,
      type: opportunities.type,
      title: opportunities.title,
      description: opportunities.description,
      employerName: organizations.name,
      careerCluster: opportunities.careerCluster,
      slots: opportunities.slots,
      paid: opportunities.paid,
      startsOn: opportunities.startsOn,
      endsOn: opportunities.endsOn,
      location: opportunities.location,
      isPilot: opportunities.isPilot,
      createdAt: opportunities.createdAt,
    })
    .from(opportunities)
    .innerJoin(organizations, eq(organizations.id, opportunities.employerId));
}

/**
 * Lists open opportunities that have not ended by `today` (YYYY-MM-DD in the partnership's
 * zone), newest first, optionally of one type.
 */
export async function listOpenOpportunities(
  db: Database,
  query: {
    partnershipId: string;
    type?: OpportunityType | undefined;
    today: string;
    limit: number;
    /** Rows to skip, for the pages after the first. */
    offset?: number;
  },
): Promise<OpportunitySummary[]> {
  const filters = [
    eq(opportunities.partnershipId, query.partnershipId),
    eq(opportunities.status, 'open'),
    or(isNull(opportunities.endsOn), gte(opportunities.endsOn, query.today)),
  ];

  if (query.type) filters.push(eq(opportunities.type, query.type));

  return selectOpportunities(db)
    .where(and(...filters))
    .orderBy(desc(opportunities.createdAt), desc(opportunities.id))
    .limit(query.limit)
    .offset(query.offset ?? 0);
}

/** Returns one opportunity of a partnership. */
export async function getOpportunity(
  db: Database,
  query: { partnershipId: string; opportunityId: string },
): Promise<OpportunitySummary | undefined> {
  const [row] = await selectOpportunities(db).where(
    and(
      eq(opportunities.id, query.opportunityId),
      eq(opportunities.partnershipId, query.partnershipId),
    ),
  );

  return row;
}

/** Employers of a partnership in name order, for pickers, with how many there are in all. */
export async function listEmployers(
  db: Database,
  query: { partnershipId: string; limit: number },
): Promise<{ employers: Array<{ id: string; name: string }>; total: number }> {
  const isEmployerOfPartnership = and(
    eq(organizations.partnershipId, query.partnershipId),
    eq(organizations.kind, 'employer'),
  );

  const employers = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(isEmployerOfPartnership)
    .orderBy(organizations.name)
    .limit(query.limit);
  const [total] = await db
    .select({ value: count() })
    .from(organizations)
    .where(isEmployerOfPartnership);

  return { employers, total: total?.value ?? employers.length };
}

const opportunityTypeAliases: Record<string, OpportunityType> = {
  shadow: 'job_shadow',
  tour: 'facility_tour',
  speaker: 'guest_speaker',
  equipment: 'equipment_donation',
  donation: 'equipment_donation',
};

/** Reads an opportunity type from command text: "internship", "job shadow", "job-shadows", "tours". */
export function parseOpportunityType(text: string): OpportunityType | undefined {
  const normalized = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
    .replace(/s$/, '');

  return (
    opportunityTypes.find((type) => type === normalized) ??
    (Object.hasOwn(opportunityTypeAliases, normalized)
      ? opportunityTypeAliases[normalized]
      : undefined)
  );
}
