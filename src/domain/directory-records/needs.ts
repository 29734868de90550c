import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { industryNeeds, organizations } from '../../db/schema/index.js';
import type { AccessActor } from '../access.js';
import { mayEditRecord } from '../access.js';
import { recordChange } from '../audit.js';
import { ValidationError } from '../errors.js';
import { isUuid } from '../record-owners.js';
import type { Parsed } from '../validation.js';
import { optionalText, parseForm, requiredText } from '../validation.js';
import type { RawForm } from './form-fields.js';
import { optionalCode, optionalWholeNumber, pickedId, textList } from './form-fields.js';
import type { OwningOrganization } from './record-access.js';
import {
  findOrganization,
  ownersOfOrganization,
  recordNotFound,
  requireAllowedField,
  requireEditable,
} from './record-access.js';
import { hasChanges, isUniqueViolation } from './record-writes.js';

export const needLimits = {
  occupationTitle: 150,
  skills: 30,
  skill: 100,
  openingsPerYear: 100_000,
  timeFrame: 100,
};

const needFormSchema = z.object({
  employerId: pickedId('Choose the employer that has this need.'),
  occupationTitle: requiredText('Occupation title', needLimits.occupationTitle),
  socCode: optionalCode('SOC code', /^\d{2}-\d{4}$/, '51-4121'),
  skills: textList('Skills', {
    itemLabel: 'Skill',
    maxItems: needLimits.skills,
    maxItemLength: needLimits.skill,
  }),
  openingsPerYear: optionalWholeNumber('Openings per year', 0, needLimits.openingsPerYear),
  timeFrame: optionalText('Time frame', needLimits.timeFrame),
});

export type NeedInput = z.output<typeof needFormSchema>;
export type NeedField = keyof NeedInput;

export function parseNeedForm(form: RawForm<NeedField>): Parsed<NeedInput> {
  return parseForm(needFormSchema, form);
}

/** An industry need as its form and confirmation show it. */
export interface NeedRecord {
  id: string;
  employerId: string;
  employerName: string;
  occupationTitle: string;
  socCode: string | null;
  skills: string[];
  openingsPerYear: number | null;
  timeFrame: string | null;
}

/** Returns one industry need of the partnership with its employer's name, or undefined. */
export async function getNeed(
  db: Database,
  query: { partnershipId: string; id: string },
): Promise<NeedRecord | undefined> {
  const [row] = await db
    .select({
      id: industryNeeds.id,
      employerId: industryNeeds.employerId,
      employerName: organizations.name,
      occupationTitle: industryNeeds.occupationTitle,
      socCode: industryNeeds.socCode,
      skills: industryNeeds.skills,
      openingsPerYear: industryNeeds.openingsPerYear,
      timeFrame: industryNeeds.timeFrame,
    })
    .from(industryNeeds)
    .innerJoin(organizations, eq(organizations.id, industryNeeds.employerId))
    .where(
      and(eq(industryNeeds.partnershipId, query.partnershipId), eq(industryNeeds.id, query.id)),
    );

  return row;
}

interface NeedWrite {
  partnershipId: string;
  actor: AccessActor;
  input: NeedInput;
  now: Date;
}

/** Adds an industry need, if the actor is the convener or the employer's staff, and records it. */
export async function createNeed(db: Database, write: NeedWrite): Promise<NeedRecord> {
  const { partnershipId, input, now } = write;

  return withOccupationClashAsError(
    db.transaction(async (tx) => {
      const employer = await requireEmployer(tx, write);
      await requireUniqueOccupation(tx, { partnershipId, employer, title: input.occupationTitle });

      const [row] = await tx
        .insert(industryNeeds)
        .values({ partnershipId, ...storedValues(input), createdAt: now, updatedAt: now })
        .returning();

      if (!row) throw new Error('Inserting an industry need returned no row');

      await recordChange(tx, {
        partnershipId,
        actorPersonId: write.actor.personId,
        channel: 'slack',
        action: 'create',
        entityType: 'industry_need',
        entityId: row.id,
        before: null,
        after: row,
      });

      return { ...row, employerName: employer.name };
    }),
  );
}

/**
 * Changes an industry need, if the actor may edit it and, when it moves to another employer,
 * may add needs for that employer. Unchanged values write nothing.
 */
export async function updateNeed(
  db: Database,
  write: NeedWrite & { id: string },
): Promise<{ record: NeedRecord; changed: boolean }> {
  const { partnershipId, input, now, id } = write;

  // A malformed id names no row, and Postgres would raise on it as a uuid.
  if (!isUuid(id)) throw recordNotFound('need');

  return withOccupationClashAsError(
    db.transaction(async (tx) => {
      const [before] = await tx
        .select()
        .from(industryNeeds)
        .where(and(eq(industryNeeds.partnershipId, partnershipId), eq(industryNeeds.id, id)))
        .for('update');

      if (!before) throw recordNotFound('need');

      await requireEditable(tx, { partnershipId, actor: write.actor, record: 'need', id });

      const employer = await requireEmployer(tx, write);
      await requireUniqueOccupation(tx, {
        partnershipId,
        employer,
        title: input.occupationTitle,
        exceptId: id,
      });

      const values = storedValues(input);

      if (!hasChanges(before, values)) {
        return { record: { ...before, employerName: employer.name }, changed: false };
      }

      const [after] = await tx
        .update(industryNeeds)
        .set({ ...values, updatedAt: now })
        .where(eq(industryNeeds.id, id))
        .returning();

      if (!after) throw recordNotFound('need');

      await recordChange(tx, {
        partnershipId,
        actorPersonId: write.actor.personId,
        channel: 'slack',
        action: 'update',
        entityType: 'industry_need',
        entityId: id,
        before,
        after,
      });

      return { record: { ...after, employerName: employer.name }, changed: true };
    }),
  );
}

function storedValues(input: NeedInput) {
  return {
    employerId: input.employerId,
    occupationTitle: input.occupationTitle,
    socCode: input.socCode ?? null,
    skills: input.skills ?? [],
    openingsPerYear: input.openingsPerYear ?? null,
    timeFrame: input.timeFrame ?? null,
  };
}

/** Finds the chosen employer and checks that the actor may file needs under it. */
async function requireEmployer(db: Database, write: NeedWrite): Promise<OwningOrganization> {
  const employer = await findOrganization(db, {
    partnershipId: write.partnershipId,
    id: write.input.employerId,
    kinds: ['employer'],
  });

  if (!employer) {
    throw new ValidationError({
      employerId: 'That employer is not in this partnership any more; choose another.',
    });
  }

  requireAllowedField('employerId', mayEditRecord(write.actor, ownersOfOrganization(employer)));

  return employer;
}

/** Rejects an occupation that the employer already has a need for, in any case. */
async function requireUniqueOccupation(
  db: Database,
  query: { partnershipId: string; employer: OwningOrganization; title: string; exceptId?: string },
): Promise<void> {
  const [clash] = await db
    .select({ title: industryNeeds.occupationTitle })
    .from(industryNeeds)
    .where(
      and(
        eq(industryNeeds.partnershipId, query.partnershipId),
        eq(industryNeeds.employerId, query.employer.id),
        sql`lower(${industryNeeds.occupationTitle}) = lower(${query.title})`,
        query.exceptId ? ne(industryNeeds.id, query.exceptId) : undefined,
      ),
    )
    .limit(1);

  if (clash) {
    throw new ValidationError({
      occupationTitle: `${query.employer.name} already has a need for "${clash.title}". Edit that need instead, or name another occupation.`,
    });
  }
}

async function withOccupationClashAsError<T>(save: Promise<T>): Promise<T> {
  try {
    return await save;
  } catch (error) {
    if (!isUniqueViolation(error, 'industry_needs_employer_occupation_key')) throw error;

    throw new ValidationError({
      occupationTitle:
        'A need for this occupation was added a moment ago. Edit that need instead, or name another occupation.',
    });
  }
}
