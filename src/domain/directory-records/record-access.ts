import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { OrganizationKind } from '../../db/schema/index.js';
import { organizations } from '../../db/schema/index.js';
import type { AccessActor, AccessDecision, RecordOwners } from '../access.js';
import { mayEditRecord } from '../access.js';
import { UserFacingError, ValidationError } from '../errors.js';
import type { OwnedRecord } from '../record-owners.js';
import { findRecordOwners, isUuid } from '../record-owners.js';

export const recordErrorCodes = {
  accessDenied: 'bridge_access_denied',
  notFound: 'bridge_record_not_found',
} as const;

const recordLabels: Record<OwnedRecord, string> = {
  employer: 'employer',
  program: 'program',
  contact: 'contact',
  need: 'industry need',
};

/** Throws the decision's reason as a UserFacingError when the action is not allowed. */
export function requireAllowed(decision: AccessDecision): void {
  if (!decision.allowed) throw new UserFacingError(recordErrorCodes.accessDenied, decision.reason);
}

/**
 * Throws the decision's reason as an error on one form field when the action is not allowed,
 * for a refusal caused by the organization that field names.
 */
export function requireAllowedField(field: string, decision: AccessDecision): void {
  if (!decision.allowed) throw new ValidationError({ [field]: decision.reason });
}

/** Builds the error for a record that the partnership does not have, or no longer has. */
export function recordNotFound(record: OwnedRecord): UserFacingError {
  return new UserFacingError(
    recordErrorCodes.notFound,
    `That ${recordLabels[record]} is not in this partnership's directory; it may have been deleted. Look it up again with \`/bridge find\`.`,
  );
}

/**
 * Checks that the actor may change an existing record and returns its owners. A record of
 * another partnership, or none at all, is reported as not found.
 */
export async function requireEditable(
  db: Database,
  input: { partnershipId: string; actor: AccessActor; record: OwnedRecord; id: string },
): Promise<RecordOwners> {
  const owners = await findRecordOwners(db, input);

  if (!owners) throw recordNotFound(input.record);

  requireAllowed(mayEditRecord(input.actor, owners));

  return owners;
}

export interface OwningOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
  parentId: string | null;
}

/** Finds an organization of the partnership by id, of one of `kinds`; undefined when absent. */
export async function findOrganization(
  db: Database,
  query: { partnershipId: string; id: string; kinds: readonly OrganizationKind[] },
): Promise<OwningOrganization | undefined> {
  if (!isUuid(query.id)) return undefined;

  const [row] = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      kind: organizations.kind,
      parentId: organizations.parentId,
    })
    .from(organizations)
    .where(
      and(
        eq(organizations.partnershipId, query.partnershipId),
        eq(organizations.id, query.id),
        inArray(organizations.kind, [...query.kinds]),
      ),
    );

  return row;
}

/** Returns the owners of a record filed under an organization: it and its parent. */
export function ownersOfOrganization(organization: OwningOrganization): RecordOwners {
  const organizationIds = organization.parentId
    ? [organization.id, organization.parentId]
    : [organization.id];

  return { description: organization.name, organizationIds };
}

/** Converts a stored person to the actor that the access rules take. */
export function accessActorOf(person: {
  id: string;
  role: AccessActor['role'];
  organizationId: string | null;
}): AccessActor {
  return { personId: person.id, role: person.role, organizationId: person.organizationId };
}
