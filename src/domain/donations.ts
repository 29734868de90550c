import { and, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.js';
import type { DonationStatus } from '../db/schema/index.js';
import { equipmentDonations, organizations, programs } from '../db/schema/index.js';
import type { AccessActor } from './access.js';
import { recordChange } from './audit.js';
import type { DonationParties } from './donation-access.js';
import { donationMoves, mayMoveDonation, mayOfferDonation } from './donation-access.js';
import type { DonationInput } from './donation-form.js';
import { ValidationError } from './errors.js';
import { isUuid } from './record-owners.js';
import { findRequestProgram } from './request-programs.js';
import type { RequestSummary } from './wbl-requests.js';

/** A donation with its employer and program, as messages show it. */
export interface DonationSummary extends DonationParties {
  id: string;
  programId: string | null;
  campusName: string | null;
  description: string;
  quantity: number;
  status: DonationStatus;
  deliveredOn: string | null;
  requestId: string | null;
  createdAt: Date;
}

const employers = alias(organizations, 'donation_employers');
const campuses = alias(organizations, 'donation_campuses');

function selectDonations(db: Database) {
  return db
    .select({
      id: equipmentDonations.id,
      employerId: equipmentDonations.employerId,
      employerName: employers.name,
      programId: equipmentDonations.programId,
      programName: programs.name,
      campusId: campuses.id,
      campusName: campuses.name,
      districtId: campuses.parentId,
      description: equipmentDonations.description,
      quantity: equipmentDonations.quantity,
      status: equipmentDonations.status,
      deliveredOn: equipmentDonations.deliveredOn,
      requestId: equipmentDonations.requestId,
      createdAt: equipmentDonations.createdAt,
    })
    .from(equipmentDonations)
    .innerJoin(employers, eq(employers.id, equipmentDonations.employerId))
    .leftJoin(programs, eq(programs.id, equipmentDonations.programId))
    .leftJoin(campuses, eq(campuses.id, programs.campusId));
}

type DonationRow = Awaited<ReturnType<ReturnType<typeof selectDonations>['execute']>>[number];

function toSummary(row: DonationRow): DonationSummary {
  const { campusId, districtId, ...donation } = row;
  const programOrganizationIds = [campusId, districtId].filter((id): id is string => id !== null);

  return { ...donation, programOrganizationIds };
}

/** Returns one donation of a partnership, or undefined. */
export async function getDonation(
  db: Database,
  query: { partnershipId: string; donationId: string },
): Promise<DonationSummary | undefined> {
  if (!isUuid(query.donationId)) return undefined;

  const [row] = await selectDonations(db).where(
    and(
      eq(equipmentDonations.partnershipId, query.partnershipId),
      eq(equipmentDonations.id, query.donationId),
    ),
  );

  return row && toSummary(row);
}

/**
 * Lists a partnership's donations: those still moving (offered, accepted, scheduled) first,
 * then delivered and declined ones, newest first within each.
 */
export async function listDonations(
  db: Database,
  query: { partnershipId: string; limit: number; offset: number },
): Promise<DonationSummary[]> {
  const finished = sql`case when ${equipmentDonations.status} in ('delivered', 'declined') then 1 else 0 end`;
  const rows = await selectDonations(db)
    .where(eq(equipmentDonations.partnershipId, query.partnershipId))
    .orderBy(finished, desc(equipmentDonations.createdAt), desc(equipmentDonations.id))
    .limit(query.limit)
    .offset(query.offset);

  return rows.map(toSummary);
}

/**
 * Records equipment an employer offers, if the actor may offer for that employer, and writes
 * the audit row. Refusals and unknown records are ValidationErrors on the field they concern.
 * NOTE: equipment_donations has no source key, so a submission Slack retries after a lost
 * acknowledgement can store the donation twice.
 */
export async function createDonation(
  db: Database,
  input: { partnershipId: string; actor: AccessActor; donation: DonationInput; now: Date },
): Promise<string> {
  const { partnershipId, actor, donation, now } = input;

  return db.transaction(async (tx) => {
    const employer = await findEmployer(tx, { partnershipId, employerId: donation.employerId });

    if (!employer) {
      throw new ValidationError({
        employerId: 'That employer is not in this partnership; choose another.',
      });
    }

    const decision = mayOfferDonation(actor, employer);

    if (!decision.allowed) throw new ValidationError({ employerId: decision.reason });

    if (donation.programId) {
      const program = await findRequestProgram(tx, {
        partnershipId,
        programId: donation.programId,
      });

      if (!program) {
        throw new ValidationError({
          programId: 'That program is not in this partnership; choose another.',
        });
      }
    }

    const [row] = await tx
      .insert(equipmentDonations)
      .values({
        partnershipId,
        employerId: employer.id,
        programId: donation.programId ?? null,
        description: donation.description,
        quantity: donation.quantity,
        createdBy: actor.personId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();

    if (!row) throw new Error('Inserting an equipment donation returned no row');

    await audit(tx, { partnershipId, actor, id: row.id, before: null, after: row });

    return row.id;
  });
}

/**
 * Creates the accepted donation that follows when an employer accepts an equipment request.
 * Call it inside the transaction that records the acceptance.
 */
export async function createDonationForRequest(
  db: Database,
  input: {
    partnershipId: string;
    actor: AccessActor;
    request: RequestSummary;
    employerId: string;
    now: Date;
  },
): Promise<string> {
  const { partnershipId, actor, request, now } = input;
  const [row] = await db
    .insert(equipmentDonations)
    .values({
      partnershipId,
      employerId: input.employerId,
      programId: request.programId,
      requestId: request.id,
      description: request.details,
      quantity: 1,
      status: 'accepted',
      createdBy: actor.personId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();

  if (!row) throw new Error('Inserting an equipment donation returned no row');

  await audit(db, { partnershipId, actor, id: row.id, before: null, after: row });

  return row.id;
}

export type MoveOutcome =
  | { outcome: 'not_found' }
  | { outcome: 'not_allowed'; reason: string }
  | { outcome: 'stale'; donation: DonationSummary }
  | { outcome: 'moved'; donation: DonationSummary };

/**
 * Moves a donation to its next status, if the move is one `donationMoves` allows from the
 * current status and the actor may make it. Delivered records `today` as the delivery date.
 */
export async function moveDonation(
  db: Database,
  input: {
    partnershipId: string;
    actor: AccessActor;
    donationId: string;
    to: DonationStatus;
    today: string;
    now: Date;
  },
): Promise<MoveOutcome> {
  const { partnershipId, actor, to } = input;

  return db.transaction(async (tx): Promise<MoveOutcome> => {
    if (!isUuid(input.donationId)) return { outcome: 'not_found' };

    const [before] = await tx
      .select()
      .from(equipmentDonations)
      .where(
        and(
          eq(equipmentDonations.partnershipId, partnershipId),
          eq(equipmentDonations.id, input.donationId),
        ),
      )
      .for('update');
    const donation = await getDonation(tx, input);

    if (!before || !donation) return { outcome: 'not_found' };
    if (!donationMoves[before.status].includes(to)) return { outcome: 'stale', donation };

    const decision = mayMoveDonation(actor, donation, to);

    if (!decision.allowed) return { outcome: 'not_allowed', reason: decision.reason };

    const [after] = await tx
      .update(equipmentDonations)
      .set({
        status: to,
        updatedAt: input.now,
        ...(to === 'delivered' ? { deliveredOn: input.today } : {}),
      })
      .where(eq(equipmentDonations.id, before.id))
      .returning();

    await audit(tx, { partnershipId, actor, id: before.id, before, after: after ?? null });

    const moved = await getDonation(tx, input);

    return moved ? { outcome: 'moved', donation: moved } : { outcome: 'not_found' };
  });
}

async function audit(
  db: Database,
  change: {
    partnershipId: string;
    actor: AccessActor;
    id: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  },
): Promise<void> {
  await recordChange(db, {
    partnershipId: change.partnershipId,
    actorPersonId: change.actor.personId,
    channel: 'slack',
    action: change.before ? 'update' : 'create',
    entityType: 'equipment_donation',
    entityId: change.id,
    before: change.before,
    after: change.after,
  });
}

async function findEmployer(db: Database, query: { partnershipId: string; employerId: string }) {
  const [employer] = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(
      and(
        eq(organizations.id, query.employerId),
        eq(organizations.partnershipId, query.partnershipId),
        eq(organizations.kind, 'employer'),
      ),
    );

  return employer;
}

/** Returns the employer a person belongs to, when their organization is an employer. */
export async function findEmployerOf(
  db: Database,
  query: { partnershipId: string; organizationId: string | null },
): Promise<{ id: string; name: string } | undefined> {
  if (!query.organizationId) return undefined;

  return findEmployer(db, { partnershipId: query.partnershipId, employerId: query.organizationId });
}
