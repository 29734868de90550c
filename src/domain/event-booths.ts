import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.js';
import { eventBooths, events, organizations, programs } from '../db/schema/index.js';
import { recordChange } from './audit.js';
import { escapeLikePattern, SEARCH_TEXT_MAX } from './organization-search.js';

/** A booth at an event: a CTE program at its campus, or an organization. */
export type Booth =
  | { kind: 'program'; id: string; name: string; campusName: string }
  | { kind: 'organization'; id: string; name: string };

/** A program as a booth picker shows it. */
export interface ProgramChoice {
  id: string;
  name: string;
  campusName: string;
}

const campuses = alias(organizations, 'booth_campuses');

/** Lists an event's booths: programs by name, then organizations by name. */
export async function listBooths(db: Database, eventId: string): Promise<Booth[]> {
  const programRows = await db
    .select({ id: programs.id, name: programs.name, campusName: campuses.name })
    .from(eventBooths)
    .innerJoin(programs, eq(programs.id, eventBooths.programId))
    .innerJoin(campuses, eq(campuses.id, programs.campusId))
    .where(eq(eventBooths.eventId, eventId))
    .orderBy(asc(sql`lower(${programs.name})`), asc(sql`lower(${campuses.name})`));
  const organizationRows = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(eventBooths)
    .innerJoin(organizations, eq(organizations.id, eventBooths.organizationId))
    .where(eq(eventBooths.eventId, eventId))
    .orderBy(asc(sql`lower(${organizations.name})`));

  return [
    ...programRows.map((row) => ({ kind: 'program' as const, ...row })),
    ...organizationRows.map((row) => ({ kind: 'organization' as const, ...row })),
  ];
}

/**
 * Finds a partnership's programs whose name or campus contains `text`, ignoring case, with how
 * many matched in all. Blank text matches every program.
 */
export async function searchProgramChoices(
  db: Database,
  query: { partnershipId: string; text: string; limit: number },
): Promise<{ choices: ProgramChoice[]; total: number }> {
  const typed = query.text.trim().slice(0, SEARCH_TEXT_MAX).toLowerCase();
  const pattern = `%${escapeLikePattern(typed)}%`;
  const where = and(
    eq(programs.partnershipId, query.partnershipId),
    typed
      ? sql`(lower(${programs.name}) like ${pattern} escape '\\' or lower(${campuses.name}) like ${pattern} escape '\\')`
      : undefined,
  );

  const choices = await db
    .select({ id: programs.id, name: programs.name, campusName: campuses.name })
    .from(programs)
    .innerJoin(campuses, eq(campuses.id, programs.campusId))
    .where(where)
    .orderBy(asc(sql`lower(${programs.name})`), asc(sql`lower(${campuses.name})`))
    .limit(query.limit);
  const [counted] = await db
    .select({ value: count() })
    .from(programs)
    .innerJoin(campuses, eq(campuses.id, programs.campusId))
    .where(where);

  return { choices, total: counted?.value ?? choices.length };
}

export type BoothChange =
  | { outcome: 'saved'; added: number; removed: number }
  | { outcome: 'not_found' }
  | { outcome: 'unknown_records' };

/**
 * Makes an event's booths exactly the given programs and organizations, adding and removing
 * rows and auditing each. Ids that are not the partnership's programs or organizations reject
 * the whole change.
 */
export async function replaceBooths(
  db: Database,
  input: {
    partnershipId: string;
    eventId: string;
    actorPersonId: string;
    programIds: readonly string[];
    organizationIds: readonly string[];
  },
): Promise<BoothChange> {
  const programIds = [...new Set(input.programIds)];
  const organizationIds = [...new Set(input.organizationIds)];

  return db.transaction(async (tx) => {
    const [event] = await tx
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.id, input.eventId), eq(events.partnershipId, input.partnershipId)))
      .for('update');

    if (!event) return { outcome: 'not_found' };

    const known = await countKnown(tx, { ...input, programIds, organizationIds });

    if (known.programs !== programIds.length || known.organizations !== organizationIds.length) {
      return { outcome: 'unknown_records' };
    }

    const current = await tx
      .select()
      .from(eventBooths)
      .where(eq(eventBooths.eventId, input.eventId));
    const audit = (action: 'create' | 'delete', booth: typeof eventBooths.$inferSelect) =>
      recordChange(tx, {
        partnershipId: input.partnershipId,
        actorPersonId: input.actorPersonId,
        channel: 'slack',
        action,
        entityType: 'event_booth',
        entityId: booth.id,
        before: action === 'delete' ? booth : null,
        after: action === 'create' ? booth : null,
      });

    const removed = current.filter((booth) =>
      booth.programId
        ? !programIds.includes(booth.programId)
        : !organizationIds.includes(booth.organizationId ?? ''),
    );

    for (const booth of removed) {
      await tx.delete(eventBooths).where(eq(eventBooths.id, booth.id));
      await audit('delete', booth);
    }

    const holders = [
      ...programIds.map((programId) => ({ programId, organizationId: null })),
      ...organizationIds.map((organizationId) => ({ programId: null, organizationId })),
    ];
    const added = holders.filter(
      (holder) =>
        !current.some(
          (booth) =>
            (holder.programId !== null && booth.programId === holder.programId) ||
            (holder.organizationId !== null && booth.organizationId === holder.organizationId),
        ),
    );

    for (const holder of added) {
      const [booth] = await tx
        .insert(eventBooths)
        .values({ eventId: input.eventId, ...holder })
        .returning();

      if (booth) await audit('create', booth);
    }

    return { outcome: 'saved', added: added.length, removed: removed.length };
  });
}

/** Counts how many of the ids are the partnership's programs and organizations. */
async function countKnown(
  tx: Pick<Database, 'select'>,
  input: { partnershipId: string; programIds: string[]; organizationIds: string[] },
): Promise<{ programs: number; organizations: number }> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

  // A malformed id would make Postgres raise instead of matching nothing.
  if (![...input.programIds, ...input.organizationIds].every((id) => uuid.test(id))) {
    return { programs: -1, organizations: -1 };
  }

  const [programCount] =
    input.programIds.length === 0
      ? [{ value: 0 }]
      : await tx
          .select({ value: count() })
          .from(programs)
          .where(
            and(
              eq(programs.partnershipId, input.partnershipId),
              inArray(programs.id, input.programIds),
            ),
          );
  const [organizationCount] =
    input.organizationIds.length === 0
      ? [{ value: 0 }]
      : await tx
          .select({ value: count() })
          .from(organizations)
          .where(
            and(
              eq(organizations.partnershipId, input.partnershipId),
              inArray(organizations.id, input.organizationIds),
            ),
          );

  return { programs: programCount?.value ?? 0, organizations: organizationCount?.value ?? 0 };
}
