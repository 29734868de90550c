import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { employerSizes, organizations } from '../../db/schema/index.js';
import type { AccessActor } from '../access.js';
import { mayAddOrganization } from '../access.js';
import { recordChange } from '../audit.js';
import { naicsCode } from '../directory/naics.js';
import { coordinatesForZip } from '../directory/zip-coordinates.js';
import { ValidationError } from '../errors.js';
import { isUuid } from '../record-owners.js';
import type { Parsed } from '../validation.js';
import { optionalText, parseForm, requiredText } from '../validation.js';
import type { RawForm } from './form-fields.js';
import { optionalChoice, optionalCode } from './form-fields.js';
import { recordNotFound, requireAllowed, requireEditable } from './record-access.js';
import { hasChanges, isUniqueViolation } from './record-writes.js';

export const employerLimits = { name: 150, address: 300 };

export type EmployerSize = (typeof employerSizes)[number];

const naicsField = z
  .string()
  .nullish()
  .transform((value, context) => {
    const code = value?.trim();

    if (!code) return undefined;

    const parsed = naicsCode(code);

    if (parsed.ok) return parsed.value;

    context.addIssue({ code: 'custom', message: `${parsed.message}.` });
    return z.NEVER;
  });

const employerFormSchema = z.object({
  name: requiredText('Name', employerLimits.name),
  naicsCode: naicsField,
  size: optionalChoice(employerSizes, 'Choose a size band from the list.'),
  address: optionalText('Address', employerLimits.address),
  zip: optionalCode('ZIP code', /^\d{5}$/, '78374 (5 digits)'),
});

export type EmployerInput = z.output<typeof employerFormSchema>;
export type EmployerField = keyof EmployerInput;

export function parseEmployerForm(form: RawForm<EmployerField>): Parsed<EmployerInput> {
  return parseForm(employerFormSchema, form);
}

/** An employer as its form and confirmation show it. */
export interface EmployerRecord {
  id: string;
  name: string;
  naicsCode: string | null;
  size: EmployerSize | null;
  address: string | null;
  zip: string | null;
  latitude: string | null;
  longitude: string | null;
}

const employerColumns = {
  id: organizations.id,
  name: organizations.name,
  naicsCode: organizations.naicsCode,
  size: organizations.size,
  address: organizations.address,
  zip: organizations.zip,
  latitude: organizations.latitude,
  longitude: organizations.longitude,
};

function isEmployer(partnershipId: string, id: string) {
  return and(
    eq(organizations.partnershipId, partnershipId),
    eq(organizations.id, id),
    eq(organizations.kind, 'employer'),
  );
}

/** Returns one employer of the partnership, or undefined. */
export async function getEmployer(
  db: Database,
  query: { partnershipId: string; id: string },
): Promise<EmployerRecord | undefined> {
  const [row] = await db
    .select(employerColumns)
    .from(organizations)
    .where(isEmployer(query.partnershipId, query.id));

  return row;
}

interface EmployerWrite {
  partnershipId: string;
  actor: AccessActor;
  input: EmployerInput;
  now: Date;
}

/** Adds an employer, if the actor may add employers, and records it in the audit log. */
export async function createEmployer(db: Database, write: EmployerWrite): Promise<EmployerRecord> {
  const { partnershipId, input, now } = write;

  return withNameClashAsError(
    db.transaction(async (tx) => {
      requireAllowed(mayAddOrganization(write.actor, 'employer'));
      await requireUniqueName(tx, { partnershipId, name: input.name });

      const [row] = await tx
        .insert(organizations)
        .values({
          partnershipId,
          kind: 'employer',
          ...storedValues(input, undefined),
          createdAt: now,
          updatedAt: now,
        })
        .returning();

      if (!row) throw new Error('Inserting an employer returned no row');

      await recordChange(tx, {
        partnershipId,
        actorPersonId: write.actor.personId,
        channel: 'slack',
        action: 'create',
        entityType: 'organization',
        entityId: row.id,
        before: null,
        after: row,
      });

      return pickEmployer(row);
    }),
  );
}

/**
 * Changes an employer, if the actor may edit it, and records the row before and after. Saving
 * unchanged values writes nothing and returns `changed: false`.
 */
export async function updateEmployer(
  db: Database,
  write: EmployerWrite & { id: string },
): Promise<{ record: EmployerRecord; changed: boolean }> {
  const { partnershipId, input, now, id } = write;

  // A malformed id names no row, and Postgres would raise on it as a uuid.
  if (!isUuid(id)) throw recordNotFound('employer');

  return withNameClashAsError(
    db.transaction(async (tx) => {
      const [before] = await tx
        .select()
        .from(organizations)
        .where(isEmployer(partnershipId, id))
        .for('update');

      if (!before) throw recordNotFound('employer');

      await requireEditable(tx, { partnershipId, actor: write.actor, record: 'employer', id });
      await requireUniqueName(tx, { partnershipId, name: input.name, exceptId: id });

      const values = storedValues(input, before);

      if (!hasChanges(before, values)) return { record: pickEmployer(before), changed: false };

      const [after] = await tx
        .update(organizations)
        .set({ ...values, updatedAt: now })
        .where(eq(organizations.id, id))
        .returning();

      if (!after) throw recordNotFound('employer');

      await recordChange(tx, {
        partnershipId,
        actorPersonId: write.actor.personId,
        channel: 'slack',
        action: 'update',
        entityType: 'organization',
        entityId: id,
        before,
        after,
      });

      return { record: pickEmployer(after), changed: true };
    }),
  );
}

/**
 * Returns the columns an employer form sets. Coordinates come from the offline ZIP table when
 * the ZIP changes, or when the stored row has a ZIP but no coordinates. Otherwise the stored
 * coordinates stay, because an import may have set them more precisely.
 */
function storedValues(input: EmployerInput, stored: EmployerRecord | undefined) {
  const zip = input.zip ?? null;
  const keepsCoordinates = stored !== undefined && stored.zip === zip && stored.latitude !== null;
  const coordinates = keepsCoordinates
    ? { latitude: stored.latitude, longitude: stored.longitude }
    : ((zip ? coordinatesForZip(zip) : undefined) ?? { latitude: null, longitude: null });

  return {
    name: input.name,
    naicsCode: input.naicsCode ?? null,
    size: input.size ?? null,
    address: input.address ?? null,
    zip,
    ...coordinates,
  };
}

function pickEmployer(row: EmployerRecord): EmployerRecord {
  const { id, name, naicsCode, size, address, zip, latitude, longitude } = row;

  return { id, name, naicsCode, size, address, zip, latitude, longitude };
}

/** Rejects a name that another employer of the partnership has, in any case. */
async function requireUniqueName(
  db: Database,
  query: { partnershipId: string; name: string; exceptId?: string },
): Promise<void> {
  const [clash] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(
      and(
        eq(organizations.partnershipId, query.partnershipId),
        eq(organizations.kind, 'employer'),
        sql`lower(${organizations.name}) = lower(${query.name})`,
        query.exceptId ? ne(organizations.id, query.exceptId) : undefined,
      ),
    )
    .limit(1);

  if (clash) {
    throw new ValidationError({
      name: `The directory already has an employer named "${clash.name}". Edit that employer instead, or use another name.`,
    });
  }
}

/** Turns a clash with an employer saved at the same moment into the same field error. */
async function withNameClashAsError<T>(save: Promise<T>): Promise<T> {
  try {
    return await save;
  } catch (error) {
    if (!isUniqueViolation(error, 'organizations_partnership_kind_name_key')) throw error;

    throw new ValidationError({
      name: 'An employer with this name was added a moment ago. Edit that employer instead, or use another name.',
    });
  }
}
