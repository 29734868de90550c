import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import type { PersonRole } from '../db/schema/index.js';
import { people, roleRequests } from '../db/schema/index.js';
import { roleLabels } from './access.js';
import { recordChange } from './audit.js';
import { isUuid } from './record-owners.js';
import type { RoleRequest } from './role-request-records.js';
import { getRoleRequest, roleRequestAudit } from './role-request-records.js';

export type RoleDecision = 'approved' | 'rejected';

export type RoleDecisionResult =
  | { outcome: 'decided' | 'already_decided'; request: RoleRequest }
  | { outcome: 'not_found' }
  | { outcome: 'not_allowed'; reason: string };

interface DecisionInput {
  /** The decider's partnership; a request of another partnership is not found. */
  partnershipId: string;
  requestId: string;
  deciderPersonId: string;
  decision: RoleDecision;
  now: Date;
}

type StoredOutcome =
  | Exclude<RoleDecisionResult, { request: RoleRequest }>
  | { outcome: 'decided' | 'already_decided' };

/**
 * Approves or rejects a pending role request. Only a convener of the request's partnership
 * decides. A request is decided once: the first decision wins and later ones return
 * 'already_decided' and change nothing. Approval changes the person's role and organization in
 * the same transaction as the request's status, and both changes are audited. A person who is
 * a convener by then keeps the convener role and only takes the organization.
 */
export async function decideRoleRequest(
  db: Database,
  input: DecisionInput,
): Promise<RoleDecisionResult> {
  if (!isUuid(input.requestId)) return { outcome: 'not_found' };

  const stored = await db.transaction((tx) => decideInTransaction(tx, input));

  if (stored.outcome === 'not_found' || stored.outcome === 'not_allowed') return stored;

  const request = await getRoleRequest(db, input);

  // The person or organization may have been deleted since, which deletes the request too.
  if (!request) return { outcome: 'not_found' };

  return { outcome: stored.outcome, request };
}

export function approveRoleRequest(
  db: Database,
  input: Omit<DecisionInput, 'decision'>,
): Promise<RoleDecisionResult> {
  return decideRoleRequest(db, { ...input, decision: 'approved' });
}

export function rejectRoleRequest(
  db: Database,
  input: Omit<DecisionInput, 'decision'>,
): Promise<RoleDecisionResult> {
  return decideRoleRequest(db, { ...input, decision: 'rejected' });
}

async function decideInTransaction(db: Database, input: DecisionInput): Promise<StoredOutcome> {
  const refusal = await checkDecider(db, input);

  if (refusal) return refusal;

  const [target] = await db
    .select({ personId: roleRequests.personId })
    .from(roleRequests)
    .where(
      and(
        eq(roleRequests.id, input.requestId),
        eq(roleRequests.partnershipId, input.partnershipId),
      ),
    );

  if (!target) return { outcome: 'not_found' };

  // The person's row is locked before the request's, in the same order as requestRole locks
  // them, so a join and a decision for one person wait for each other instead of deadlocking.
  const [person] = await db
    .select({ role: people.role, organizationId: people.organizationId })
    .from(people)
    .where(eq(people.id, target.personId))
    .for('update');
  const [request] = await db
    .select({
      status: roleRequests.status,
      organizationId: roleRequests.organizationId,
      requestedRole: roleRequests.requestedRole,
    })
    .from(roleRequests)
    .where(eq(roleRequests.id, input.requestId))
    .for('update');

  if (!person || !request) return { outcome: 'not_found' };
  if (request.status !== 'pending') return { outcome: 'already_decided' };

  const decided = {
    status: input.decision,
    decidedBy: input.deciderPersonId,
    decidedAt: input.now,
  };
  const updated = await db
    .update(roleRequests)
    .set(decided)
    .where(and(eq(roleRequests.id, input.requestId), eq(roleRequests.status, 'pending')))
    .returning({ id: roleRequests.id });

  if (updated.length === 0) return { outcome: 'already_decided' };

  await recordChange(db, {
    ...roleRequestAudit(
      { id: input.requestId, partnershipId: input.partnershipId },
      input.deciderPersonId,
    ),
    action: 'update',
    before: { status: 'pending', decidedBy: null, decidedAt: null },
    after: decided,
  });

  if (input.decision === 'approved') {
    // Only requestRole writes requested_role, and it stores requestable roles only.
    const requested = request.requestedRole as PersonRole;
    const role = person.role === 'convener' ? 'convener' : requested;

    await updatePerson(db, input, {
      personId: target.personId,
      before: person,
      after: { role, organizationId: request.organizationId },
    });
  }

  return { outcome: 'decided' };
}

/** Returns a refusal unless the decider is a convener of the partnership. */
async function checkDecider(
  db: Database,
  input: DecisionInput,
): Promise<{ outcome: 'not_allowed'; reason: string } | undefined> {
  const [decider] = await db
    .select({ role: people.role })
    .from(people)
    .where(
      and(eq(people.id, input.deciderPersonId), eq(people.partnershipId, input.partnershipId)),
    );

  if (decider?.role === 'convener') return undefined;

  const yourRole = decider ? ` Your role is ${roleLabels[decider.role]}.` : '';

  return {
    outcome: 'not_allowed',
    reason: `Only a convener of this partnership can approve or reject role requests.${yourRole}`,
  };
}

async function updatePerson(
  db: Database,
  input: DecisionInput,
  change: {
    personId: string;
    before: { role: PersonRole; organizationId: string | null };
    after: { role: PersonRole; organizationId: string };
  },
): Promise<void> {
  const { before, after } = change;

  if (before.role === after.role && before.organizationId === after.organizationId) return;

  await db
    .update(people)
    .set({ ...after, updatedAt: input.now })
    .where(eq(people.id, change.personId));
  await recordChange(db, {
    partnershipId: input.partnershipId,
    actorPersonId: input.deciderPersonId,
    channel: 'slack',
    action: 'update',
    entityType: 'person',
    entityId: change.personId,
    before,
    after,
  });
}
