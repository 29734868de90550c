import type { PersonRole } from '../../db/schema/index.js';
import type { AccessActor } from '../access.js';
import {
  isEditingRole,
  organizationKindLabels,
  roleLabels,
  roleOrganizationKinds,
} from '../access.js';
import { ValidationError } from '../errors.js';
import type { OwningOrganization } from './record-access.js';

/** The stored contact a role change starts from; undefined for a new contact. */
interface StoredContact {
  id: string;
  role: PersonRole;
  /** Whether the form moves the contact to another organization. */
  moved: boolean;
}

/**
 * Checks the role a contact form sets. The convener's role never changes here. Only the
 * convener gives editing roles or changes a person's own role. A role must also fit the kind of
 * the contact's organization, so an employer staff role needs an employer, for example.
 */
export function checkRoleChange(change: {
  actor: AccessActor;
  role: PersonRole;
  organization: OwningOrganization | undefined;
  stored: StoredContact | undefined;
}): void {
  const { actor, role, organization, stored } = change;
  const roleChanged = stored === undefined || stored.role !== role;

  if (stored?.role === 'convener' && role !== 'convener') {
    throw new ValidationError({
      role: 'This contact is the convener, and the convener role cannot be changed in this form.',
    });
  }

  if (roleChanged && actor.role !== 'convener') {
    if (stored?.id === actor.personId) {
      throw new ValidationError({
        role: 'Only the convener can change your own role. Ask for another role with `/bridge join`.',
      });
    }

    if (isEditingRole(role)) {
      throw new ValidationError({
        role: `Only the convener can give a contact an editing role (${roleLabels[role]}). Choose educator or viewer, or ask the convener.`,
      });
    }
  }

  if (roleChanged || stored?.moved) checkRoleFits(role, organization);
}

function checkRoleFits(role: PersonRole, organization: OwningOrganization | undefined): void {
  const kinds = roleOrganizationKinds[role];

  if (kinds === 'any') return;

  const kindNames = orList(kinds.map((kind) => organizationKindLabels[kind].one));

  if (!organization) {
    throw new ValidationError({
      organizationId: `A contact with the ${roleLabels[role]} role needs an organization: choose the ${kindNames} they work for.`,
    });
  }

  if (!kinds.includes(organization.kind)) {
    const kindName = organizationKindLabels[organization.kind].one;

    throw new ValidationError({
      role: `The ${roleLabels[role]} role fits staff of ${withArticle(kindNames)}, but ${organization.name} is ${withArticle(kindName)}. Choose another role or organization.`,
    });
  }
}

function withArticle(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/** Joins names as "a, b or c". */
function orList(names: string[]): string {
  const last = names.at(-1) ?? '';

  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${last}` : last;
}
