import { and, asc, count, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.js';
import type { OrganizationKind, PersonRole } from '../db/schema/index.js';
import {
  organizations,
  people,
  type roleRequestStatuses,
  roleRequests,
} from '../db/schema/index.js';
import type { OrganizationChoice } from './organization-search.js';

/** Roles a person may request with `/bridge join`. The convener role cannot be requested. */
export const requestableRoles = ['chamber', 'district', 'employer', 'educator', 'viewer'] as const;

export type RequestableRole = (typeof requestableRoles)[number];

export type RoleRequestStatus = (typeof roleRequestStatuses)[number];

export function isRequestableRole(value: string): value is RequestableRole {
  return (requestableRoles as readonly string[]).includes(value);
}

/** Fields of a join request. Validation errors are keyed by these names. */
export const joinFields = { organizationId: 'organizationId', role: 'role' } as const;

/** A role request with the names a message shows. */
export interface RoleRequest {
  id: string;
  partnershipId: string;
  personId: string;
  personName: string;
  personSlackUserId: string | null;
  organization: OrganizationChoice;
  requestedRole: RequestableRole;
  status: RoleRequestStatus;
  decidedBy: { id: string; name: string } | null;
  decidedAt: Date | null;
  createdAt: Date;
}

/** A person's current role and organization, and the request of theirs that waits, if any. */
export interface Membership {
  role: PersonRole;
  organization: OrganizationChoice | null;
  pending: RoleRequest | undefined;
}

const decider = alias(people, 'decider');

function selectRoleRequests(db: Database) {
  return db
    .select({
      id: roleRequests.id,
      partnershipId: roleRequests.partnershipId,
      personId: roleRequests.personId,
      personName: people.displayName,
      personSlackUserId: people.slackUserId,
      organizationId: organizations.id,
      organizationName: organizations.name,
      organizationKind: organizations.kind,
      requestedRole: roleRequests.requestedRole,
      status: roleRequests.status,
      decidedById: decider.id,
      decidedByName: decider.displayName,
      decidedAt: roleRequests.decidedAt,
      createdAt: roleRequests.createdAt,
    })
    .from(roleRequests)
    .innerJoin(people, eq(people.id, roleRequests.personId))
    .innerJoin(organizations, eq(organizations.id, roleRequests.organizationId))
    .leftJoin(decider, eq(decider.id, roleRequests.decidedBy));
}

type RoleRequestRow = Awaited<ReturnType<ReturnType<typeof selectRoleRequests>['execute']>>[number];

function toRoleRequest(row: RoleRequestRow): RoleRequest {
  return {
    id: row.id,
    partnershipId: row.partnershipId,
    personId: row.personId,
    personName: row.personName,
    personSlackUserId: row.personSlackUserId,
    organization: {
      id: row.organizationId,
      name: row.organizationName,
      kind: row.organizationKind,
    },
    // Only requestRole writes this column, and it stores requestable roles only.
    requestedRole: row.requestedRole as RequestableRole,
    status: row.status,
    decidedBy:
      row.decidedById && row.decidedByName
        ? { id: row.decidedById, name: row.decidedByName }
        : null,
    decidedAt: row.decidedAt,
    createdAt: row.createdAt,
  };
}

/** Returns one of a partnership's role requests, whatever its status. */
export async function getRoleRequest(
  db: Database,
  query: { partnershipId: string; requestId: string },
): Promise<RoleRequest | undefined> {
  const [row] = await selectRoleRequests(db).where(
    and(eq(roleRequests.id, query.requestId), eq(roleRequests.partnershipId, query.partnershipId)),
  );

  return row ? toRoleRequest(row) : undefined;
}

/** Lists a partnership's pending role requests, oldest first, with the total that wait. */
export async function listPendingRoleRequests(
  db: Database,
  query: { partnershipId: string; limit: number },
): Promise<{ requests: RoleRequest[]; total: number }> {
  const pending = and(
    eq(roleRequests.partnershipId, query.partnershipId),
    eq(roleRequests.status, 'pending'),
  );

  const rows = await selectRoleRequests(db)
    .where(pending)
    .orderBy(asc(roleRequests.createdAt), asc(roleRequests.id))
    .limit(query.limit);
  const [counted] = await db.select({ value: count() }).from(roleRequests).where(pending);

  return { requests: rows.map(toRoleRequest), total: counted?.value ?? rows.length };
}

/** Returns a person's role, organization and pending request, for the join form. */
export async function getMembership(
  db: Database,
  query: { partnershipId: string; personId: string },
): Promise<Membership | undefined> {
  const [person] = await db
    .select({
      role: people.role,
      organizationId: organizations.id,
      organizationName: organizations.name,
      organizationKind: organizations.kind,
    })
    .from(people)
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .where(and(eq(people.id, query.personId), eq(people.partnershipId, query.partnershipId)));

  if (!person) return undefined;

  const [pending] = await selectRoleRequests(db).where(
    and(
      eq(roleRequests.partnershipId, query.partnershipId),
      eq(roleRequests.personId, query.personId),
      eq(roleRequests.status, 'pending'),
    ),
  );

  return {
    role: person.role,
    organization: organizationOrNull(
      person.organizationId,
      person.organizationName,
      person.organizationKind,
    ),
    pending: pending ? toRoleRequest(pending) : undefined,
  };
}

function organizationOrNull(
  id: string | null,
  name: string | null,
  kind: OrganizationKind | null,
): OrganizationChoice | null {
  return id && name && kind ? { id, name, kind } : null;
}

/** Lists the partnership's conveners who can be reached in Slack. */
export async function listConveners(
  db: Database,
  partnershipId: string,
): Promise<Array<{ id: string; displayName: string; slackUserId: string }>> {
  const rows = await db
    .select({ id: people.id, displayName: people.displayName, slackUserId: people.slackUserId })
    .from(people)
    .where(and(eq(people.partnershipId, partnershipId), eq(people.role, 'convener')))
    .orderBy(asc(people.createdAt), asc(people.id));

  return rows.flatMap((row) => (row.slackUserId ? [{ ...row, slackUserId: row.slackUserId }] : []));
}

/** Returns the audit fields shared by every change to a role request made in Slack. */
export function roleRequestAudit(request: { id: string; partnershipId: string }, actorId: string) {
  return {
    partnershipId: request.partnershipId,
    actorPersonId: actorId,
    channel: 'slack',
    entityType: 'role_request',
    entityId: request.id,
  };
}
