import { and, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { organizationKinds, people } from '../../db/schema/index.js';
import type { AccessActor } from '../access.js';
import { mayEditRecord } from '../access.js';
import { ValidationError } from '../errors.js';
import type { OwningOrganization } from './record-access.js';
import { findOrganization, ownersOfOrganization, requireAllowedField } from './record-access.js';
import { isUniqueViolation } from './record-writes.js';

/** Finds the chosen organization; an id the partnership does not have is a field error. */
export async function requireOrganization(
  db: Database,
  write: { partnershipId: string; input: { organizationId?: string | undefined } },
): Promise<OwningOrganization | undefined> {
  const id = write.input.organizationId;

  if (!id) return undefined;

  const organization = await findOrganization(db, {
    partnershipId: write.partnershipId,
    id,
    kinds: organizationKinds,
  });

  if (!organization) {
    throw new ValidationError({
      organizationId: 'That organization is not in this partnership any more; choose another.',
    });
  }

  return organization;
}

/** Checks that the actor may move a contact to another organization, or out of any. */
export function requireMoveAllowed(
  actor: AccessActor,
  move: { contactId: string; organization: OwningOrganization | undefined },
): void {
  if (actor.role === 'convener') return;

  if (move.contactId === actor.personId) {
    throw new ValidationError({
      organizationId:
        'You cannot move yourself to another organization here. Use `/bridge join` so the convener can approve it.',
    });
  }

  if (!move.organization) {
    throw new ValidationError({
      organizationId: 'Only the convener can remove a contact from its organization.',
    });
  }

  requireAllowedField(
    'organizationId',
    mayEditRecord(actor, ownersOfOrganization(move.organization)),
  );
}

/** Rejects an email that another contact of the partnership has, in any case. */
export async function requireUniqueEmail(
  db: Database,
  query: { partnershipId: string; email: string | undefined; exceptId?: string },
): Promise<void> {
  if (!query.email) return;

  const [clash] = await db
    .select({ name: people.displayName })
    .from(people)
    .where(
      and(
        eq(people.partnershipId, query.partnershipId),
        sql`lower(${people.email}) = lower(${query.email})`,
        query.exceptId ? ne(people.id, query.exceptId) : undefined,
      ),
    )
    .limit(1);

  if (clash) {
    throw new ValidationError({
      email: `${clash.name} already has the email ${query.email}; each contact needs their own. Edit that contact instead, or use another address.`,
    });
  }
}

/** Turns a clash with a contact saved at the same moment into the same field error. */
export async function withEmailClashAsError<T>(save: Promise<T>): Promise<T> {
  try {
    return await save;
  } catch (error) {
    if (!isUniqueViolation(error, 'people_partnership_email_key')) throw error;

    throw new ValidationError({
      email: 'A contact with this email was saved a moment ago; use another address.',
    });
  }
}
