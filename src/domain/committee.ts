import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import type { PersonRole, StakeholderGroup } from '../db/schema/index.js';
import { committeeSeats, organizations, people, stakeholderGroups } from '../db/schema/index.js';
import type { AccessDecision } from './access.js';
import { roleLabels } from './access.js';
import { recordChange } from './audit.js';
import { ValidationError } from './errors.js';
import { isUuid } from './record-owners.js';

export const stakeholderGroupLabels: Record<StakeholderGroup, string> = {
  chamber: 'Chamber of commerce',
  school_district: 'School districts',
  workforce_board: 'Workforce board',
  employer: 'Employers',
  college: 'Colleges',
  community: 'Community',
  other: 'Other',
};

/** Groups the framework requires on every steering committee. */
export const requiredStakeholderGroups: readonly StakeholderGroup[] = [
  'chamber',
  'school_district',
  'workforce_board',
];

/** Field names of the seat form; the Slack modal maps them to its block ids. */
export const seatFields = { personId: 'personId', group: 'group' } as const;

export interface CommitteeSeat {
  id: string;
  personId: string;
  personName: string;
  organizationName: string | null;
  group: StakeholderGroup;
}

export interface CommitteeActor {
  personId: string;
  role: PersonRole;
}

/** Returns the partnership's committee seats, by stakeholder group and then by name. */
export async function listCommitteeSeats(
  db: Database,
  partnershipId: string,
): Promise<CommitteeSeat[]> {
  return db
    .select({
      id: committeeSeats.id,
      personId: people.id,
      personName: people.displayName,
      organizationName: organizations.name,
      group: committeeSeats.stakeholderGroup,
    })
    .from(committeeSeats)
    .innerJoin(people, eq(people.id, committeeSeats.personId))
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .where(eq(committeeSeats.partnershipId, partnershipId))
    .orderBy(
      sql`array_position(${sql.raw(`array[${stakeholderGroups.map((group) => `'${group}'`).join(', ')}]::text[]`)}, ${committeeSeats.stakeholderGroup})`,
      asc(sql`lower(${people.displayName})`),
      asc(committeeSeats.id),
    );
}

/** Returns the required stakeholder groups that hold no seat. */
export function missingStakeholderGroups(seats: readonly CommitteeSeat[]): StakeholderGroup[] {
  return requiredStakeholderGroups.filter((group) => !seats.some((seat) => seat.group === group));
}

/** Only the convener seats and unseats committee members. */
export function mayManageCommittee(actor: CommitteeActor): AccessDecision {
  if (actor.role === 'convener') return { allowed: true };

  return {
    allowed: false,
    reason: `Only the convener adds and removes steering committee seats. Your role is ${roleLabels[actor.role]}.`,
  };
}

export type SeatResult =
  | { outcome: 'seated'; seat: CommitteeSeat }
  | { outcome: 'not_allowed'; reason: string };

/**
 * Seats a person on the steering committee for a stakeholder group, as the convener. Throws
 * ValidationError, keyed by seatFields, for a person outside the partnership or one already seated.
 */
export async function addCommitteeSeat(
  db: Database,
  input: {
    partnershipId: string;
    actor: CommitteeActor;
    personId: string;
    group: StakeholderGroup;
  },
): Promise<SeatResult> {
  const decision = mayManageCommittee(input.actor);

  if (!decision.allowed) return { outcome: 'not_allowed', reason: decision.reason };

  const person = await findPerson(db, input.partnershipId, input.personId);

  const seat = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(committeeSeats)
      .values({
        partnershipId: input.partnershipId,
        personId: person.id,
        stakeholderGroup: input.group,
        seatedBy: input.actor.personId,
      })
      .onConflictDoNothing()
      .returning({ id: committeeSeats.id });

    if (!inserted) {
      throw new ValidationError({
        [seatFields.personId]: `${person.name} already has a seat. Remove it first to change the group.`,
      });
    }

    await recordChange(tx, {
      partnershipId: input.partnershipId,
      actorPersonId: input.actor.personId,
      channel: 'slack',
      action: 'create',
      entityType: 'committee_seat',
      entityId: inserted.id,
      before: null,
      after: { personId: person.id, stakeholderGroup: input.group },
    });

    return inserted;
  });

  return {
    outcome: 'seated',
    seat: {
      id: seat.id,
      personId: person.id,
      personName: person.name,
      organizationName: person.organizationName,
      group: input.group,
    },
  };
}

export type UnseatResult =
  | { outcome: 'removed'; seat: CommitteeSeat }
  | { outcome: 'not_found' }
  | { outcome: 'not_allowed'; reason: string };

/** Removes a seat from the steering committee, as the convener; the removal is audited. */
export async function removeCommitteeSeat(
  db: Database,
  input: { partnershipId: string; actor: CommitteeActor; seatId: string },
): Promise<UnseatResult> {
  const decision = mayManageCommittee(input.actor);

  if (!decision.allowed) return { outcome: 'not_allowed', reason: decision.reason };
  if (!isUuid(input.seatId)) return { outcome: 'not_found' };

  const seats = await listCommitteeSeats(db, input.partnershipId);
  const seat = seats.find((candidate) => candidate.id === input.seatId);

  if (!seat) return { outcome: 'not_found' };

  return db.transaction(async (tx) => {
    const deleted = await tx
      .delete(committeeSeats)
      .where(
        and(
          eq(committeeSeats.id, input.seatId),
          eq(committeeSeats.partnershipId, input.partnershipId),
        ),
      )
      .returning({ id: committeeSeats.id });

    // Another convener may have removed it a moment earlier; then there is nothing to record.
    if (deleted.length === 0) return { outcome: 'not_found' as const };

    await recordChange(tx, {
      partnershipId: input.partnershipId,
      actorPersonId: input.actor.personId,
      channel: 'slack',
      action: 'delete',
      entityType: 'committee_seat',
      entityId: seat.id,
      before: { personId: seat.personId, stakeholderGroup: seat.group },
      after: null,
    });

    return { outcome: 'removed' as const, seat };
  });
}

async function findPerson(db: Database, partnershipId: string, personId: string) {
  const [person] = isUuid(personId)
    ? await db
        .select({ id: people.id, name: people.displayName, organizationName: organizations.name })
        .from(people)
        .leftJoin(organizations, eq(organizations.id, people.organizationId))
        .where(and(eq(people.id, personId), eq(people.partnershipId, partnershipId)))
    : [];

  if (!person) {
    throw new ValidationError({
      [seatFields.personId]:
        'That person is not in this partnership. Type part of their name and choose them from the list.',
    });
  }

  return person;
}
