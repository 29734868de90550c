import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { OutreachStage, PersonRole } from '../../db/schema/index.js';
import {
  actionItems,
  employerOutreach,
  meetingOutcomes,
  meetings,
  organizations,
  people,
} from '../../db/schema/index.js';
import type { AccessDecision } from '../access.js';
import { roleLabels } from '../access.js';
import type { RecordedChange } from '../audit.js';
import { recordChange } from '../audit.js';
import { ValidationError } from '../errors.js';
import type { OutcomeInput } from './outcome-form.js';

export type { OutcomeInput } from './outcome-form.js';
export { actionItemFields, outcomeLimits, parseOutcomeForm } from './outcome-form.js';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Decides whether a person may record a meeting's outcome: the same roles that create meetings. */
export function mayRecordOutcome(role: PersonRole): AccessDecision {
  if (role === 'convener' || role === 'chamber' || role === 'district') return { allowed: true };

  return {
    allowed: false,
    reason: `Your role (${roleLabels[role]}) cannot record meeting outcomes; the convener, chamber staff and school district staff can.`,
  };
}

export interface StoredOutcome {
  attendees: Array<{ id: string; name: string }>;
  summary: string;
  decisions: string | null;
  employer: { id: string; name: string } | null;
  employerStage: OutreachStage | null;
  actionItems: Array<{
    ownerPersonId: string;
    ownerName: string;
    description: string;
    dueOn: string | null;
  }>;
}

/** Returns a meeting's recorded outcome with names for the form's pickers, if there is one. */
export async function getOutcome(
  db: Database,
  query: { partnershipId: string; meetingId: string },
): Promise<StoredOutcome | undefined> {
  const [outcome] = await db
    .select({
      attendeeIds: meetingOutcomes.attendeeIds,
      summary: meetingOutcomes.summary,
      decisions: meetingOutcomes.decisions,
      employerId: meetingOutcomes.employerId,
      employerName: organizations.name,
      employerStage: meetingOutcomes.employerStage,
    })
    .from(meetingOutcomes)
    .leftJoin(organizations, eq(organizations.id, meetingOutcomes.employerId))
    .where(
      and(
        eq(meetingOutcomes.meetingId, query.meetingId),
        eq(meetingOutcomes.partnershipId, query.partnershipId),
      ),
    );

  if (!outcome) return undefined;

  const attendees =
    outcome.attendeeIds.length === 0
      ? []
      : await db
          .select({ id: people.id, name: people.displayName })
          .from(people)
          .where(inArray(people.id, outcome.attendeeIds));
  const items = await db
    .select({
      ownerPersonId: actionItems.ownerPersonId,
      ownerName: people.displayName,
      description: actionItems.description,
      dueOn: actionItems.dueOn,
    })
    .from(actionItems)
    .innerJoin(people, eq(people.id, actionItems.ownerPersonId))
    .where(eq(actionItems.meetingId, query.meetingId))
    .orderBy(asc(actionItems.createdAt), asc(actionItems.id));

  return {
    attendees,
    summary: outcome.summary,
    decisions: outcome.decisions,
    employer:
      outcome.employerId && outcome.employerName
        ? { id: outcome.employerId, name: outcome.employerName }
        : null,
    employerStage: outcome.employerStage,
    actionItems: items,
  };
}

/**
 * Stores a meeting's outcome, or edits the one already recorded, with its action items and the
 * employer's new outreach stage, all in one transaction with an audit row for each change.
 * Action items that keep their owner and description keep their status; the others are
 * replaced. Throws ValidationError when a chosen meeting, person or employer is not the
 * partnership's.
 */
export async function saveOutcome(
  db: Database,
  input: {
    partnershipId: string;
    recordedBy: string;
    outcome: OutcomeInput;
    sourceMessage: string | null;
    now: Date;
  },
): Promise<{ created: boolean }> {
  const { outcome, partnershipId } = input;
  const audit: AuditOf = (change) => ({
    partnershipId,
    actorPersonId: input.recordedBy,
    channel: 'slack',
    ...change,
  });

  return db.transaction(async (tx) => {
    await lockMeeting(tx, partnershipId, outcome.meetingId);
    await checkPeople(tx, partnershipId, outcome);

    const [before] = await tx
      .select()
      .from(meetingOutcomes)
      .where(eq(meetingOutcomes.meetingId, outcome.meetingId));
    const values = {
      meetingId: outcome.meetingId,
      partnershipId,
      attendeeIds: outcome.attendeeIds,
      summary: outcome.summary,
      decisions: outcome.decisions,
      employerId: outcome.employerId,
      employerStage: outcome.employerStage,
      sourceMessage: input.sourceMessage ?? before?.sourceMessage ?? null,
      recordedBy: input.recordedBy,
      recordedAt: input.now,
    };
    const [after] = await tx
      .insert(meetingOutcomes)
      .values(values)
      .onConflictDoUpdate({ target: meetingOutcomes.meetingId, set: values })
      .returning();

    if (!after)
      throw new Error(`Saving the outcome of meeting ${outcome.meetingId} returned no row`);

    await recordChange(
      tx,
      audit({
        action: before ? 'update' : 'create',
        entityType: 'meeting_outcome',
        entityId: outcome.meetingId,
        before: before ?? null,
        after,
      }),
    );
    await replaceActionItems(tx, input, audit);

    if (outcome.employerId && outcome.employerStage) {
      await moveEmployerStage(tx, {
        partnershipId,
        employerId: outcome.employerId,
        stage: outcome.employerStage,
        actorPersonId: input.recordedBy,
        now: input.now,
      });
    }

    return { created: !before };
  });
}

async function lockMeeting(tx: Transaction, partnershipId: string, meetingId: string) {
  const [meeting] = await tx
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), eq(meetings.partnershipId, partnershipId)))
    .for('update');

  if (!meeting)
    throw new ValidationError({ meetingId: 'That meeting was not found; choose again.' });
}

async function checkPeople(tx: Transaction, partnershipId: string, outcome: OutcomeInput) {
  const ids = [
    ...new Set([...outcome.attendeeIds, ...outcome.actionItems.map((item) => item.ownerPersonId)]),
  ];
  const found =
    ids.length === 0
      ? []
      : await tx
          .select({ id: people.id })
          .from(people)
          .where(and(eq(people.partnershipId, partnershipId), inArray(people.id, ids)));

  if (found.length !== ids.length) {
    throw new ValidationError({ attendeeIds: 'A chosen person was not found; choose again.' });
  }

  if (!outcome.employerId) return;

  const [employer] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        eq(organizations.id, outcome.employerId),
        eq(organizations.partnershipId, partnershipId),
        eq(organizations.kind, 'employer'),
      ),
    );

  if (!employer) throw new ValidationError({ employerId: 'That employer was not found.' });
}

/** Completes an audit row with the partnership, the person and the channel of the save. */
type AuditOf = (
  change: Omit<RecordedChange, 'partnershipId' | 'actorPersonId' | 'channel'>,
) => RecordedChange;

async function replaceActionItems(
  tx: Transaction,
  input: { partnershipId: string; outcome: OutcomeInput; now: Date },
  audit: AuditOf,
) {
  const existing = await tx
    .select()
    .from(actionItems)
    .where(eq(actionItems.meetingId, input.outcome.meetingId));
  const keyOf = (item: { ownerPersonId: string; description: string }) =>
    `${item.ownerPersonId}\n${item.description}`;
  const kept = new Map(existing.map((item) => [keyOf(item), item]));

  for (const item of input.outcome.actionItems) {
    const match = kept.get(keyOf(item));

    if (match) {
      kept.delete(keyOf(item));

      if (match.dueOn === item.dueOn) continue;

      await tx.update(actionItems).set({ dueOn: item.dueOn }).where(eq(actionItems.id, match.id));
      await recordChange(
        tx,
        audit({
          action: 'update',
          entityType: 'action_item',
          entityId: match.id,
          before: { dueOn: match.dueOn },
          after: { dueOn: item.dueOn },
        }),
      );
      continue;
    }

    const [created] = await tx
      .insert(actionItems)
      .values({
        ...item,
        partnershipId: input.partnershipId,
        meetingId: input.outcome.meetingId,
        createdAt: input.now,
      })
      .returning();

    if (created) {
      await recordChange(
        tx,
        audit({
          action: 'create',
          entityType: 'action_item',
          entityId: created.id,
          before: null,
          after: created,
        }),
      );
    }
  }

  for (const removed of kept.values()) {
    await tx.delete(actionItems).where(eq(actionItems.id, removed.id));
    await recordChange(
      tx,
      audit({
        action: 'delete',
        entityType: 'action_item',
        entityId: removed.id,
        before: removed,
        after: null,
      }),
    );
  }
}

/** Sets an employer's outreach stage with an audit row, creating its outreach row when needed. */
export async function moveEmployerStage(
  tx: Pick<Database, 'select' | 'insert'>,
  input: {
    partnershipId: string;
    employerId: string;
    stage: OutreachStage;
    actorPersonId: string | null;
    now: Date;
  },
): Promise<void> {
  const [before] = await tx
    .select({ stage: employerOutreach.stage })
    .from(employerOutreach)
    .where(eq(employerOutreach.employerId, input.employerId));

  if (before?.stage === input.stage) return;

  await tx
    .insert(employerOutreach)
    .values({
      employerId: input.employerId,
      partnershipId: input.partnershipId,
      stage: input.stage,
      updatedAt: input.now,
    })
    .onConflictDoUpdate({
      target: employerOutreach.employerId,
      set: { stage: input.stage, updatedAt: input.now },
    });
  await recordChange(tx, {
    partnershipId: input.partnershipId,
    actorPersonId: input.actorPersonId,
    channel: input.actorPersonId ? 'slack' : 'job',
    action: before ? 'update' : 'create',
    entityType: 'employer_outreach',
    entityId: input.employerId,
    before: before ? { stage: before.stage } : null,
    after: { stage: input.stage },
  });
}
