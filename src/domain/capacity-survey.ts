import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.js';
import type { Season } from '../db/schema/index.js';
import { capacitySurveys, people, seasons } from '../db/schema/index.js';
import type { AccessActor } from './access.js';
import { recordChange } from './audit.js';
import type { CareerCluster } from './career-clusters.js';
import { careerClusters } from './career-clusters.js';
import {
  findOrganization,
  recordNotFound,
  requireAllowed,
} from './directory-records/record-access.js';
import { answersOnBehalf, decideOutreachAccess } from './outreach/access.js';
import type { Parsed } from './validation.js';
import { optionalText, parseForm } from './validation.js';

export const capacityLimits = {
  /** The largest count any question takes, well above what one employer offers. */
  count: 1000,
  equipment: 500,
} as const;

/** The survey's count fields, in form order. */
export const capacityCounts = [
  'interns',
  'apprentices',
  'mentors',
  'jobShadows',
  'tourGroupSize',
  'guestSpeakers',
] as const;

export type CapacityCount = (typeof capacityCounts)[number];

export const capacityCountLabels: Record<CapacityCount, string> = {
  interns: 'Interns',
  apprentices: 'Apprentices',
  mentors: 'Mentors',
  jobShadows: 'Job shadows',
  tourGroupSize: 'Facility tours: largest group',
  guestSpeakers: 'Guest speakers',
};

/** A count typed as text; blank means 0, because the form is prefilled with the last survey. */
function countField(label: string) {
  return z
    .string()
    .nullish()
    .transform((value) => value?.trim() || '0')
    .pipe(z.string().regex(/^-?\d+$/, `${label} must be a whole number such as 3.`))
    .transform(Number)
    .pipe(
      z
        .number()
        .min(0, `${label} cannot be negative; enter 0 or more.`)
        .max(capacityLimits.count, `${label} must be at most ${capacityLimits.count}.`),
    );
}

const capacityFormSchema = z.object({
  interns: countField(capacityCountLabels.interns),
  apprentices: countField(capacityCountLabels.apprentices),
  mentors: countField(capacityCountLabels.mentors),
  jobShadows: countField(capacityCountLabels.jobShadows),
  tourGroupSize: countField('Facility tour group size'),
  guestSpeakers: countField(capacityCountLabels.guestSpeakers),
  equipment: optionalText('Equipment', capacityLimits.equipment, { multiline: true }),
  seasons: z
    .array(z.enum(seasons, { error: 'Choose seasons from the list.' }))
    .nullish()
    .transform((value) => value ?? []),
  careerClusters: z
    .array(z.enum(careerClusters, { error: 'Choose career clusters from the list.' }))
    .nullish()
    .transform((value) => value ?? []),
});

export type CapacityInput = z.output<typeof capacityFormSchema>;

/** Checks a filled-in capacity survey. */
export function parseCapacityForm(
  form: Partial<Record<keyof CapacityInput, unknown>>,
): Parsed<CapacityInput> {
  return parseForm(capacityFormSchema, form);
}

/** An employer's latest capacity survey, with the person who filled it in. */
export interface CapacitySurvey {
  interns: number;
  apprentices: number;
  mentors: number;
  jobShadows: number;
  tourGroupSize: number;
  guestSpeakers: number;
  equipment: string | null;
  seasons: Season[];
  careerClusters: CareerCluster[];
  answeredByName: string | null;
  onBehalf: boolean;
  updatedAt: Date;
}

/** Reads an employer's latest capacity survey, or null when none is stored yet. */
export async function getCapacitySurvey(
  db: Database,
  query: { partnershipId: string; employerId: string },
): Promise<CapacitySurvey | null> {
  const [row] = await db
    .select({
      interns: capacitySurveys.interns,
      apprentices: capacitySurveys.apprentices,
      mentors: capacitySurveys.mentors,
      jobShadows: capacitySurveys.jobShadows,
      tourGroupSize: capacitySurveys.tourGroupSize,
      guestSpeakers: capacitySurveys.guestSpeakers,
      equipment: capacitySurveys.equipment,
      seasons: capacitySurveys.seasons,
      careerClusters: capacitySurveys.careerClusters,
      answeredByName: people.displayName,
      onBehalf: capacitySurveys.onBehalf,
      updatedAt: capacitySurveys.updatedAt,
    })
    .from(capacitySurveys)
    .leftJoin(people, eq(people.id, capacitySurveys.answeredBy))
    .where(
      and(
        eq(capacitySurveys.partnershipId, query.partnershipId),
        eq(capacitySurveys.employerId, query.employerId),
      ),
    );

  if (!row) return null;

  return {
    ...row,
    // The check constraint keeps seasons valid; clusters are filtered in case the list changes.
    seasons: row.seasons as Season[],
    careerClusters: row.careerClusters.filter((cluster): cluster is CareerCluster =>
      (careerClusters as readonly string[]).includes(cluster),
    ),
  };
}

/**
 * Stores an employer's capacity answers, replacing the earlier ones, and records the change.
 * Employer staff answer for their own employer; the convener, chamber staff and district staff
 * answer on its behalf, which the row marks.
 */
export async function saveCapacitySurvey(
  db: Database,
  write: {
    partnershipId: string;
    actor: AccessActor;
    employerId: string;
    answers: CapacityInput;
    now: Date;
  },
): Promise<{ employerName: string; onBehalf: boolean }> {
  const { partnershipId, actor, employerId, answers } = write;

  return db.transaction(async (tx) => {
    const employer = await findOrganization(tx, {
      partnershipId,
      id: employerId,
      kinds: ['employer'],
    });

    if (!employer) throw recordNotFound('employer');

    requireAllowed(decideOutreachAccess(actor, employerId).capacitySurvey);

    const [before] = await tx
      .select()
      .from(capacitySurveys)
      .where(eq(capacitySurveys.employerId, employerId))
      .for('update');
    const onBehalf = answersOnBehalf(actor, employerId);
    const values = {
      ...answers,
      equipment: answers.equipment ?? null,
      answeredBy: actor.personId,
      onBehalf,
      updatedAt: write.now,
    };
    const [after] = await tx
      .insert(capacitySurveys)
      .values({ employerId, partnershipId, ...values })
      .onConflictDoUpdate({ target: capacitySurveys.employerId, set: values })
      .returning();

    if (!after) throw new Error(`Saving the capacity survey of ${employerId} returned no row`);

    await recordChange(tx, {
      partnershipId,
      actorPersonId: actor.personId,
      channel: 'slack',
      action: before ? 'update' : 'create',
      entityType: 'capacity_survey',
      entityId: employerId,
      before: before ?? null,
      after,
    });

    return { employerName: employer.name, onBehalf };
  });
}
