import { and, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { organizations, programs } from '../../db/schema/index.js';
import type { AccessActor } from '../access.js';
import { mayEditRecord } from '../access.js';
import { recordChange } from '../audit.js';
import { ValidationError } from '../errors.js';
import { isUuid } from '../record-owners.js';
import type { ProgramInput } from './program-form.js';
import type { OwningOrganization } from './record-access.js';
import {
  findOrganization,
  ownersOfOrganization,
  recordNotFound,
  requireAllowedField,
  requireEditable,
} from './record-access.js';
import { hasChanges, isUniqueViolation } from './record-writes.js';

export type { ProgramField, ProgramInput } from './program-form.js';
export { parseProgramForm, programLimits } from './program-form.js';

/** A program as its form and confirmation show it. */
export interface ProgramRecord {
  id: string;
  campusId: string;
  campusName: string;
  name: string;
  careerCluster: string;
  cipCode: string | null;
  socCodes: string[];
  lowestGrade: number | null;
  highestGrade: number | null;
  enrollment: number | null;
  certifications: string[];
  wblOffered: string[];
  wblMissing: string[];
}

/** Returns one program of the partnership with its campus name, or undefined. */
export async function getProgram(
  db: Database,
  query: { partnershipId: string; id: string },
): Promise<ProgramRecord | undefined> {
  const [row] = await db
    .select({
      id: programs.id,
      campusId: programs.campusId,
      campusName: organizations.name,
      name: programs.name,
      careerCluster: programs.careerCluster,
      cipCode: programs.cipCode,
      socCodes: programs.socCodes,
      lowestGrade: programs.lowestGrade,
      highestGrade: programs.highestGrade,
      enrollment: programs.enrollment,
      certifications: programs.certifications,
      wblOffered: programs.wblOffered,
      wblMissing: programs.wblMissing,
    })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.campusId))
    .where(and(eq(programs.partnershipId, query.partnershipId), eq(programs.id, query.id)));

  return row;
}

interface ProgramWrite {
  partnershipId: string;
  actor: AccessActor;
  input: ProgramInput;
  now: Date;
}

/**
 * Adds a program to a campus, if the actor is the convener or staff of the campus or its
 * district, and records it in the audit log.
 */
export async function createProgram(db: Database, write: ProgramWrite): Promise<ProgramRecord> {
  const { partnershipId, input, now } = write;

  return withNameClashAsError(
    db.transaction(async (tx) => {
      const campus = await requireCampus(tx, write);
      await requireUniqueName(tx, { partnershipId, campus, name: input.name });

      const [row] = await tx
        .insert(programs)
        .values({ partnershipId, ...storedValues(input), createdAt: now, updatedAt: now })
        .returning();

      if (!row) throw new Error('Inserting a program returned no row');

      await recordChange(tx, {
        partnershipId,
        actorPersonId: write.actor.personId,
        channel: 'slack',
        action: 'create',
        entityType: 'program',
        entityId: row.id,
        before: null,
        after: row,
      });

      return { ...row, campusName: campus.name };
    }),
  );
}

/**
 * Changes a program, if the actor may edit it and, when it moves, may add to the new campus.
 * Records the row before and after; unchanged values write nothing.
 */
export async function updateProgram(
  db: Database,
  write: ProgramWrite & { id: string },
): Promise<{ record: ProgramRecord; changed: boolean }> {
  const { partnershipId, input, now, id } = write;

  // A malformed id names no row, and Postgres would raise on it as a uuid.
  if (!isUuid(id)) throw recordNotFound('program');

  return withNameClashAsError(
    db.transaction(async (tx) => {
      const [before] = await tx
        .select()
        .from(programs)
        .where(and(eq(programs.partnershipId, partnershipId), eq(programs.id, id)))
        .for('update');

      if (!before) throw recordNotFound('program');

      await requireEditable(tx, { partnershipId, actor: write.actor, record: 'program', id });

      const campus = await requireCampus(tx, write);
      await requireUniqueName(tx, { partnershipId, campus, name: input.name, exceptId: id });

      const values = storedValues(input);

      if (!hasChanges(before, values)) {
        return { record: { ...before, campusName: campus.name }, changed: false };
      }

      const [after] = await tx
        .update(programs)
        .set({ ...values, updatedAt: now })
        .where(eq(programs.id, id))
        .returning();

      if (!after) throw recordNotFound('program');

      await recordChange(tx, {
        partnershipId,
        actorPersonId: write.actor.personId,
        channel: 'slack',
        action: 'update',
        entityType: 'program',
        entityId: id,
        before,
        after,
      });

      return { record: { ...after, campusName: campus.name }, changed: true };
    }),
  );
}

function storedValues(input: ProgramInput) {
  return {
    campusId: input.campusId,
    name: input.name,
    careerCluster: input.careerCluster,
    cipCode: input.cipCode ?? null,
    socCodes: input.socCodes ?? [],
    lowestGrade: input.lowestGrade ?? null,
    highestGrade: input.highestGrade ?? null,
    enrollment: input.enrollment ?? null,
    certifications: input.certifications ?? [],
    wblOffered: input.wblOffered,
    wblMissing: input.wblMissing,
  };
}

/** Finds the chosen campus and checks that the actor may file programs under it. */
async function requireCampus(db: Database, write: ProgramWrite): Promise<OwningOrganization> {
  const campus = await findOrganization(db, {
    partnershipId: write.partnershipId,
    id: write.input.campusId,
    kinds: ['campus'],
  });

  if (!campus) {
    throw new ValidationError({
      campusId: 'That campus is not in this partnership any more; choose another.',
    });
  }

  const owners = ownersOfOrganization(campus);
  const description = `the campus ${campus.name}`;
  requireAllowedField('campusId', mayEditRecord(write.actor, { ...owners, description }));

  return campus;
}

/** Rejects a name that another program of the same campus has, in any case. */
async function requireUniqueName(
  db: Database,
  query: { partnershipId: string; campus: OwningOrganization; name: string; exceptId?: string },
): Promise<void> {
  const [clash] = await db
    .select({ name: programs.name })
    .from(programs)
    .where(
      and(
        eq(programs.partnershipId, query.partnershipId),
        eq(programs.campusId, query.campus.id),
        sql`lower(${programs.name}) = lower(${query.name})`,
        query.exceptId ? ne(programs.id, query.exceptId) : undefined,
      ),
    )
    .limit(1);

  if (clash) {
    throw new ValidationError({
      name: `${query.campus.name} already has a program named "${clash.name}". Edit that program instead, or use another name.`,
    });
  }
}

async function withNameClashAsError<T>(save: Promise<T>): Promise<T> {
  try {
    return await save;
  } catch (error) {
    if (!isUniqueViolation(error, 'programs_campus_name_key')) throw error;

    throw new ValidationError({
      name: 'A program with this name was added to the campus a moment ago. Edit that program instead, or use another name.',
    });
  }
}
