import { and, count, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.js';
import type { OpportunityType } from '../db/schema/index.js';
import { opportunities, opportunityTypes, organizations } from '../db/schema/index.js';
import { careerClusters } from './career-clusters.js';
import { ValidationError } from './errors.js';
import { optionalDate, optionalText, parseForm, requiredText, wholeNumber } from './validation.js';

export const opportunityLimits = { title: 150, description: 3000, location: 200, slots: 1000 };

const opportunityFormSchema = z
  .object({
    employerId: z.uuid({ error: 'Choose the employer offering this opportunity.' }),
    type: z.enum(opportunityTypes, { error: 'Choose the type of opportunity.' }),
    title: requiredText('Title', opportunityLimits.title),
    description: optionalText('Description', opportunityLimits.description),
    careerCluster: z.enum(careerClusters, { error: 'Choose a career cluster.' }),
    slots: wholeNumber('Slots', 1, opportunityLimits.slots),
    paid: z.boolean().default(false),
    startsOn: optionalDate('Start date'),
    endsOn: optionalDate('End date'),
    location: optionalText('Location', opportunityLimits.location),
    today: z.string(),
  })
  .superRefine((form, context) => {
    if (form.startsOn && form.startsOn < form.today) {
      context.addIssue({
        code: 'custom',
        path: ['startsOn'],
        message: 'Start date is in the past; choose today or a later date.',
      });
    }

    if (form.endsOn && form.endsOn < form.today) {
      context.addIssue({
        code: 'custom',
        path: ['endsOn'],
        message: 'End date is in the past; choose today or a later date.',
      });
    }

    if (form.startsOn && form.endsOn && form.endsOn < form.startsOn) {
      context.addIssue({
        code: 'custom',
        path: ['endsOn'],
        message: 'End date is before the start date; choose the same day or later.',
      });
    }
  })
  .transform(({ today: _today, ...opportunity }) => opportunity);

export type OpportunityInput = z.output<typeof opportunityFormSchema>;

/** Raw form values by field, as a surface read them; the schema decides what is valid. */
export type OpportunityForm = Partial<Record<keyof OpportunityInput, unknown>> & { today: string };

/** Checks a filled-in opportunity form; `today` is the date in the partnership's time zone. */
export function parseOpportunityForm(form: OpportunityForm) {
  return parseForm(opportunityFormSchema, form);
}

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
  },
): Promise<{ id: string; created: boolean }> {
  const { partnershipId, opportunity } = input;
  const [employer] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        eq(organizations.id, opportunity.employerId),
        eq(organizations.partnershipId, partnershipId),
        eq(organizations.kind, 'employer'),
      ),
    );

  if (!employer) {
    throw new ValidationError({
      employerId: 'That employer is not in this partnership; choose another.',
    });
  }

  const inserted = await db
    .insert(opportunities)
    .values({
      ...opportunity,
      partnershipId,
      createdBy: input.createdBy,
      sourceKey: input.sourceKey,
      createdAt: input.now,
    })
    .onConflictDoNothing({ target: opportunities.sourceKey })
    .returning({ id: opportunities.id });

  if (inserted[0]) return { id: inserted[0].id, created: true };

  const [existing] = await db
    .select({ id: opportunities.id })
    .from(opportunities)
    .where(eq(opportunities.sourceKey, input.sourceKey));

  if (!existing) throw new Error(`Opportunity with source key ${input.sourceKey} vanished`);

  return { id: existing.id, created: false };
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
      createdAt: opportunities.createdAt,
    })
    .from(opportunities)
    .innerJoin(organizations, eq(organizations.id, opportunities.employerId));
}

/** Lists open opportunities, newest first, optionally of one type. */
export async function listOpenOpportunities(
  db: Database,
  query: { partnershipId: string; type?: OpportunityType | undefined; limit: number },
): Promise<OpportunitySummary[]> {
  const filters = [
    eq(opportunities.partnershipId, query.partnershipId),
    eq(opportunities.status, 'open'),
  ];

  if (query.type) filters.push(eq(opportunities.type, query.type));

  return selectOpportunities(db)
    .where(and(...filters))
    .orderBy(desc(opportunities.createdAt), desc(opportunities.id))
    .limit(query.limit);
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
