import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import type { PersonRole } from '../db/schema/index.js';
import { organizations, people, roleRequests } from '../db/schema/index.js';
import {
  isEditingRole,
  organizationKindLabels,
  roleLabels,
  roleOrganizationKinds,
} from './access.js';
import { recordChange } from './audit.js';
import { ValidationError } from './errors.js';
import type { OrganizationChoice } from './organization-search.js';
import { isUuid } from './record-owners.js';
import type { RequestableRole, RoleRequest } from './role-request-records.js';
import { getRoleRequest, joinFields, roleRequestAudit } from './role-request-records.js';

export type { RoleDecision, RoleDecisionResult } from './role-decisions.js';
export { approveRoleRequest, decideRoleRequest, rejectRoleRequest } from './role-decisions.js';
export type { Membership, RequestableRole, RoleRequest } from './role-request-records.js';
export {
  getMembership,
  getRoleRequest,
  isRequestableRole,
  joinFields,
  listConveners,
  listPendingRoleRequests,
  requestableRoles,
} from './role-request-records.js';

/**
 * The result of `/bridge join`. Reading roles, and a convener's own organization, apply at once.
 * Editing roles wait for a convener as a pending request. `withdrawn` is the person's earlier
 * pending request, which a new join replaces.
 */
export type JoinResult =
  | {
      outcome: 'applied' | 'unchanged';
      role: PersonRole;
      organization: OrganizationChoice;
      withdrawn: RoleRequest | undefined;
    }
  | {
      outcome: 'pending';
      request: RoleRequest;
      withdrawn: RoleRequest | undefined;
      /** Whether the same request was already pending, so it was kept and not sent to conveners again. */
      repeated: boolean;
    };

interface JoinInput {
  partnershipId: string;
  personId: string;
  organizationId: string;
  /** Ignored for a convener, who stays convener. */
  role: RequestableRole | undefined;
  now: Date;
}

/**
 * Links a person to an organization with a role, or stores a pending request for a convener.
 * Runs in one transaction that locks the person's row, so two joins by one person take turns
 * and at most one request stays pending. Throws ValidationError, keyed by joinFields, for an
 * organization outside the partnership or a role that does not fit the organization's kind.
 */
export async function requestRole(db: Database, input: JoinInput): Promise<JoinResult> {
  return db.transaction(async (tx) => {
    const person = await lockPerson(tx, input);
    const organization = await findOrganization(tx, input);
    const role = person.role === 'convener' ? 'convener' : checkRoleFits(input.role, organization);
    const pending = await getPendingRequest(tx, input);

    if (pending && pending.requestedRole === role && pending.organization.id === organization.id) {
      return { outcome: 'pending', request: pending, withdrawn: undefined, repeated: true };
    }

    const withdrawn = pending ? await withdrawRequest(tx, pending, input) : undefined;
    const unchanged = person.role === role && person.organizationId === organization.id;

    if (unchanged) return { outcome: 'unchanged', role, organization, withdrawn };

    if (role !== 'convener' && isEditingRole(role)) {
      const request = await insertRequest(tx, { ...input, role, organizationId: organization.id });
      return { outcome: 'pending', request, withdrawn, repeated: false };
    }

    await updatePerson(tx, { ...input, before: person, role, organizationId: organization.id });

    return { outcome: 'applied', role, organization, withdrawn };
  });
}

async function lockPerson(db: Database, input: JoinInput) {
  const [person] = await db
    .select({ role: people.role, organizationId: people.organizationId })
    .from(people)
    .where(and(eq(people.id, input.personId), eq(people.partnershipId, input.partnershipId)))
    .for('update');

  if (!person) {
    throw new Error(`Person ${input.personId} is not in partnership ${input.partnershipId}`);
  }

  return person;
}

async function findOrganization(db: Database, input: JoinInput): Promise<OrganizationChoice> {
  const [organization] = isUuid(input.organizationId)
    ? await db
        .select({ id: organizations.id, name: organizations.name, kind: organizations.kind })
        .from(organizations)
        .where(
          and(
            eq(organizations.id, input.organizationId),
            eq(organizations.partnershipId, input.partnershipId),
          ),
        )
    : [];

  if (!organization) {
    throw new ValidationError({
      [joinFields.organizationId]:
        'That organization is not in this partnership. Type part of its name and choose it from the list.',
    });
  }

  return organization;
}

/** Returns the role when it fits the organization's kind; otherwise throws a ValidationError. */
function checkRoleFits(
  role: RequestableRole | undefined,
  organization: OrganizationChoice,
): RequestableRole {
  if (!role) throw new ValidationError({ [joinFields.role]: 'Choose the role you ask for.' });

  const kinds = roleOrganizationKinds[role];

  if (kinds === 'any' || kinds.includes(organization.kind)) return role;

  const fitting = kinds.map((kind) => withArticle(organizationKindLabels[kind].one));
  const actual = withArticle(organizationKindLabels[organization.kind].one);
  const name = shorten(organization.name, ERROR_NAME_MAX);

  throw new ValidationError({
    [joinFields.role]: `${capitalize(roleLabels[role])} must belong to ${joinWithOr(fitting)}, but ${name} is ${actual}. Choose another role or organization.`,
  });
}

async function getPendingRequest(db: Database, input: JoinInput) {
  const [pending] = await db
    .select({ id: roleRequests.id })
    .from(roleRequests)
    .where(and(eq(roleRequests.personId, input.personId), eq(roleRequests.status, 'pending')));

  return pending ? getRoleRequest(db, { ...input, requestId: pending.id }) : undefined;
}

/** Marks the person's pending request rejected by the person themself, which reads as withdrawn. */
async function withdrawRequest(
  db: Database,
  pending: RoleRequest,
  input: JoinInput,
): Promise<RoleRequest | undefined> {
  const decided = { status: 'rejected' as const, decidedBy: input.personId, decidedAt: input.now };
  // A convener who decided the request first wins, and then nothing is withdrawn.
  const updated = await db
    .update(roleRequests)
    .set(decided)
    .where(and(eq(roleRequests.id, pending.id), eq(roleRequests.status, 'pending')))
    .returning({ id: roleRequests.id });

  if (updated.length === 0) return undefined;

  await recordChange(db, {
    ...roleRequestAudit(pending, input.personId),
    action: 'update',
    before: { status: pending.status, decidedBy: null, decidedAt: null },
    after: decided,
  });

  return { ...pending, ...decided, decidedBy: { id: input.personId, name: pending.personName } };
}

async function updatePerson(
  db: Database,
  input: Omit<JoinInput, 'role'> & {
    before: { role: PersonRole; organizationId: string | null };
    role: PersonRole;
    organizationId: string;
  },
): Promise<void> {
  const after = { role: input.role, organizationId: input.organizationId };

  await db
    .update(people)
    .set({ ...after, updatedAt: input.now })
    .where(eq(people.id, input.personId));
  await recordChange(db, {
    partnershipId: input.partnershipId,
    actorPersonId: input.personId,
    channel: 'slack',
    action: 'update',
    entityType: 'person',
    entityId: input.personId,
    before: input.before,
    after,
  });
}

async function insertRequest(
  db: Database,
  input: JoinInput & { role: RequestableRole; organizationId: string },
): Promise<RoleRequest> {
  const values = {
    partnershipId: input.partnershipId,
    personId: input.personId,
    organizationId: input.organizationId,
    requestedRole: input.role,
    status: 'pending' as const,
    createdAt: input.now,
  };
  const [inserted] = await db
    .insert(roleRequests)
    .values(values)
    .returning({ id: roleRequests.id });
  const request = inserted && (await getRoleRequest(db, { ...input, requestId: inserted.id }));

  if (!request) throw new Error(`Role request for person ${input.personId} vanished after insert`);

  await recordChange(db, {
    ...roleRequestAudit(request, input.personId),
    action: 'create',
    before: null,
    after: values,
  });

  return request;
}

/** Characters of an organization's name that a field error shows. */
const ERROR_NAME_MAX = 80;

function shorten(text: string, max: number): string {
  const characters = Array.from(text);

  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}

function withArticle(label: string): string {
  return /^[aeiou]/i.test(label) ? `an ${label}` : `a ${label}`;
}

function joinWithOr(items: string[]): string {
  if (items.length <= 2) return items.join(' or ');

  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
