import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { OrganizationKind, PersonRole } from '../../db/schema/index.js';
import { organizations, people } from '../../db/schema/index.js';
import type { AccessActor } from '../access.js';
import { mayEditRecord } from '../access.js';
import { recordChange } from '../audit.js';
import { ValidationError } from '../errors.js';
import { isUuid } from '../record-owners.js';
import {
  requireMoveAllowed,
  requireOrganization,
  requireUniqueEmail,
  withEmailClashAsError,
} from './contact-checks.js';
import type { ContactInput } from './contact-form.js';
import { checkRoleChange } from './contact-roles.js';
import type { OwningOrganization } from './record-access.js';
import {
  ownersOfOrganization,
  recordNotFound,
  requireAllowedField,
  requireEditable,
} from './record-access.js';
import { hasChanges } from './record-writes.js';

export type { ContactField, ContactInput } from './contact-form.js';
export {
  contactLimits,
  contactRoles,
  parseContactForm,
  readOnlyContactRoles,
} from './contact-form.js';

/** A contact as its form and confirmation show it. */
export interface ContactRecord {
  id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  role: PersonRole;
  organization: { id: string; name: string; kind: OrganizationKind } | null;
  confirmedAt: Date | null;
}

/** Returns one contact of the partnership with its organization, or undefined. */
export async function getContact(
  db: Database,
  query: { partnershipId: string; id: string },
): Promise<ContactRecord | undefined> {
  const [row] = await db
    .select({
      id: people.id,
      name: people.displayName,
      title: people.title,
      email: people.email,
      phone: people.phone,
      role: people.role,
      confirmedAt: people.confirmedAt,
      organizationId: organizations.id,
      organizationName: organizations.name,
      organizationKind: organizations.kind,
    })
    .from(people)
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .where(and(eq(people.partnershipId, query.partnershipId), eq(people.id, query.id)));

  if (!row) return undefined;

  const { organizationId, organizationName, organizationKind, ...contact } = row;
  const organization =
    organizationId && organizationName && organizationKind
      ? { id: organizationId, name: organizationName, kind: organizationKind }
      : null;

  return { ...contact, organization };
}

interface ContactWrite {
  partnershipId: string;
  actor: AccessActor;
  input: ContactInput;
  now: Date;
}

/**
 * Adds a contact, if the actor is the convener or staff of the contact's organization (or of
 * its parent), and records it. A new contact counts as confirmed when it is added.
 */
export async function createContact(db: Database, write: ContactWrite): Promise<ContactRecord> {
  const { partnershipId, input, now, actor } = write;

  return withEmailClashAsError(
    db.transaction(async (tx) => {
      const organization = await requireOrganization(tx, write);

      if (!organization && actor.role !== 'convener') {
        throw new ValidationError({
          organizationId:
            'Choose the organization this contact works for; only the convener adds contacts without one.',
        });
      }

      if (organization) {
        requireAllowedField(
          'organizationId',
          mayEditRecord(actor, ownersOfOrganization(organization)),
        );
      }

      const role = input.role ?? 'viewer';
      checkRoleChange({ actor, role, organization, stored: undefined });
      await requireUniqueEmail(tx, { partnershipId, email: input.email });

      const [row] = await tx
        .insert(people)
        .values({
          partnershipId,
          ...storedValues(input, organization),
          role,
          confirmedAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .returning();

      if (!row) throw new Error('Inserting a contact returned no row');

      await recordChange(tx, {
        partnershipId,
        actorPersonId: actor.personId,
        channel: 'slack',
        action: 'create',
        entityType: 'person',
        entityId: row.id,
        before: null,
        after: row,
      });

      return toContactRecord(row, organization);
    }),
  );
}

/**
 * Changes a contact, if the actor may edit it. Moving it to another organization needs the
 * same right over that organization. A person cannot move themselves, because `/bridge join`
 * sends that request to the convener. Ticking "confirmed" stamps the confirmation time.
 */
export async function updateContact(
  db: Database,
  write: ContactWrite & { id: string },
): Promise<{ record: ContactRecord; changed: boolean }> {
  const { partnershipId, input, now, actor, id } = write;

  // A malformed id names no row, and Postgres would raise on it as a uuid.
  if (!isUuid(id)) throw recordNotFound('contact');

  return withEmailClashAsError(
    db.transaction(async (tx) => {
      const [before] = await tx
        .select()
        .from(people)
        .where(and(eq(people.partnershipId, partnershipId), eq(people.id, id)))
        .for('update');

      if (!before) throw recordNotFound('contact');

      await requireEditable(tx, { partnershipId, actor, record: 'contact', id });

      const organization = await requireOrganization(tx, write);
      const moved = (organization?.id ?? null) !== before.organizationId;

      if (moved) requireMoveAllowed(actor, { contactId: id, organization });

      const role = input.role ?? before.role;
      checkRoleChange({ actor, role, organization, stored: { ...before, moved } });
      await requireUniqueEmail(tx, { partnershipId, email: input.email, exceptId: id });

      const values = { ...storedValues(input, organization), role };
      const confirmation = input.confirmed ? { confirmedAt: now } : {};

      if (!input.confirmed && !hasChanges(before, values)) {
        return { record: toContactRecord(before, organization), changed: false };
      }

      const [after] = await tx
        .update(people)
        .set({ ...values, ...confirmation, updatedAt: now })
        .where(eq(people.id, id))
        .returning();

      if (!after) throw recordNotFound('contact');

      await recordChange(tx, {
        partnershipId,
        actorPersonId: actor.personId,
        channel: 'slack',
        action: 'update',
        entityType: 'person',
        entityId: id,
        before,
        after,
      });

      return { record: toContactRecord(after, organization), changed: true };
    }),
  );
}

function storedValues(input: ContactInput, organization: OwningOrganization | undefined) {
  return {
    displayName: input.name,
    title: input.title ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    organizationId: organization?.id ?? null,
  };
}

function toContactRecord(
  row: typeof people.$inferSelect,
  organization: OwningOrganization | undefined,
): ContactRecord {
  return {
    id: row.id,
    name: row.displayName,
    title: row.title,
    email: row.email,
    phone: row.phone,
    role: row.role,
    organization: organization
      ? { id: organization.id, name: organization.name, kind: organization.kind }
      : null,
    confirmedAt: row.confirmedAt,
  };
}
