import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { OutreachStage } from '../../db/schema/index.js';
import { employerOutreach, outreachContacts, people } from '../../db/schema/index.js';
import type { AccessActor } from '../access.js';
import { roleLabels } from '../access.js';
import { recordChange } from '../audit.js';
import {
  findOrganization,
  recordNotFound,
  requireAllowed,
} from '../directory-records/record-access.js';
import { ValidationError } from '../errors.js';
import { decideOutreachAccess, outreachRoles } from './access.js';
import type { OutreachContactInput, OutreachUpdateInput } from './forms.js';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
type OutreachRow = typeof employerOutreach.$inferSelect;

interface OutreachWrite {
  partnershipId: string;
  actor: AccessActor;
  employerId: string;
  now: Date;
}

/** Channels that reach the employer, so logging one moves a not-contacted employer on. */
const reachingChannels = new Set(['call', 'email', 'meeting']);

/**
 * Logs a contact with an employer and updates its outreach record in one transaction: the last
 * contact date (never moved back by an older contact), and the stage and next follow-up when
 * given. A call, email or meeting moves a not-contacted employer to contacted. Submitting the
 * same form twice (the same `sourceKey`) logs it once.
 */
export async function logOutreachContact(
  db: Database,
  write: OutreachWrite & { contact: OutreachContactInput; sourceKey: string },
): Promise<{ employerName: string; stage: OutreachStage; logged: boolean }> {
  const { partnershipId, actor, employerId, contact } = write;

  return db.transaction(async (tx) => {
    const employer = await requireEmployer(tx, write);
    const access = decideOutreachAccess(actor, employerId);

    requireAllowed(access.logContact);

    if ((contact.stage || contact.nextFollowUpOn) && !access.updateOutreach.allowed) {
      throw new ValidationError({ stage: access.updateOutreach.reason });
    }

    const [inserted] = await tx
      .insert(outreachContacts)
      .values({
        partnershipId,
        employerId,
        personId: actor.personId,
        channel: contact.channel,
        summary: contact.summary,
        contactedOn: contact.contactedOn,
        sourceKey: write.sourceKey,
      })
      .onConflictDoNothing({ target: outreachContacts.sourceKey })
      .returning();
    const before = await lockOutreach(tx, write);

    if (!inserted) return { employerName: employer.name, stage: before.row.stage, logged: false };

    await recordChange(tx, {
      partnershipId,
      actorPersonId: actor.personId,
      channel: 'slack',
      action: 'create',
      entityType: 'outreach_contact',
      entityId: inserted.id,
      before: null,
      after: inserted,
    });

    const lastContactOn =
      before.row.lastContactOn && before.row.lastContactOn > contact.contactedOn
        ? before.row.lastContactOn
        : contact.contactedOn;
    const movesOn = before.row.stage === 'not_contacted' && reachingChannels.has(contact.channel);
    const stage = contact.stage ?? (movesOn ? 'contacted' : before.row.stage);
    const after = await saveOutreach(tx, write, before, {
      stage,
      lastContactOn,
      nextFollowUpOn: contact.nextFollowUpOn ?? before.row.nextFollowUpOn,
    });

    return { employerName: employer.name, stage: after.stage, logged: true };
  });
}

/** Changes an employer's outreach stage, owner and next follow-up, if the actor may. */
export async function updateOutreach(
  db: Database,
  write: OutreachWrite & { update: OutreachUpdateInput; ownerPersonId: string | null },
): Promise<{ employerName: string; stage: OutreachStage; changed: boolean }> {
  const { actor, employerId, update } = write;

  return db.transaction(async (tx) => {
    const employer = await requireEmployer(tx, write);

    requireAllowed(decideOutreachAccess(actor, employerId).updateOutreach);

    if (write.ownerPersonId) await requireOutreachOwner(tx, write, write.ownerPersonId);

    const before = await lockOutreach(tx, write);
    const values = {
      stage: update.stage,
      ownerPersonId: write.ownerPersonId,
      nextFollowUpOn: update.nextFollowUpOn ?? null,
    };
    // A record created just now is written to the audit log even when it matches the defaults.
    const changed =
      before.created ||
      values.stage !== before.row.stage ||
      values.ownerPersonId !== before.row.ownerPersonId ||
      values.nextFollowUpOn !== before.row.nextFollowUpOn;

    if (!changed) return { employerName: employer.name, stage: before.row.stage, changed: false };

    const after = await saveOutreach(tx, write, before, values);

    return { employerName: employer.name, stage: after.stage, changed: true };
  });
}

async function requireEmployer(
  tx: Transaction,
  write: { partnershipId: string; employerId: string },
) {
  const employer = await findOrganization(tx, {
    partnershipId: write.partnershipId,
    id: write.employerId,
    kinds: ['employer'],
  });

  if (!employer) throw recordNotFound('employer');

  return employer;
}

/**
 * Checks that the chosen owner works outreach in this partnership. A refusal shows under the
 * owner field.
 */
async function requireOutreachOwner(
  tx: Transaction,
  write: { partnershipId: string },
  ownerPersonId: string,
): Promise<void> {
  const [owner] = await tx
    .select({ name: people.displayName, role: people.role })
    .from(people)
    .where(and(eq(people.partnershipId, write.partnershipId), eq(people.id, ownerPersonId)));

  if (!owner) {
    throw new ValidationError({ ownerPersonId: 'That person is not in this partnership.' });
  }

  if (!outreachRoles.includes(owner.role)) {
    throw new ValidationError({
      ownerPersonId: `${owner.name} is ${roleLabels[owner.role]} in Bridge; the owner must be the convener, chamber staff or district staff.`,
    });
  }
}

/**
 * Locks the employer's outreach record for the rest of the transaction, creating it in the
 * not-contacted stage when the employer has none yet.
 */
async function lockOutreach(
  tx: Transaction,
  write: { partnershipId: string; employerId: string },
): Promise<{ row: OutreachRow; created: boolean }> {
  const created = await tx
    .insert(employerOutreach)
    .values({ employerId: write.employerId, partnershipId: write.partnershipId })
    .onConflictDoNothing()
    .returning({ employerId: employerOutreach.employerId });
  const [row] = await tx
    .select()
    .from(employerOutreach)
    .where(eq(employerOutreach.employerId, write.employerId))
    .for('update');

  if (!row) throw new Error(`Employer ${write.employerId} has no outreach record after insert`);

  return { row, created: created.length > 0 };
}

async function saveOutreach(
  tx: Transaction,
  write: OutreachWrite,
  before: { row: OutreachRow; created: boolean },
  values: Partial<
    Pick<OutreachRow, 'stage' | 'ownerPersonId' | 'lastContactOn' | 'nextFollowUpOn'>
  >,
): Promise<OutreachRow> {
  const [after] = await tx
    .update(employerOutreach)
    .set({ ...values, updatedAt: write.now })
    .where(eq(employerOutreach.employerId, write.employerId))
    .returning();

  if (!after) throw new Error(`Employer ${write.employerId} lost its outreach record`);

  await recordChange(tx, {
    partnershipId: write.partnershipId,
    actorPersonId: write.actor.personId,
    channel: 'slack',
    action: before.created ? 'create' : 'update',
    entityType: 'employer_outreach',
    entityId: write.employerId,
    before: before.created ? null : before.row,
    after,
  });

  return after;
}
