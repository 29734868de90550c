import type { PersonRole } from '../../db/schema/index.js';
import type { AccessActor, AccessDecision } from '../access.js';
import { mayAddOrganization, mayEditRecord } from '../access.js';
import type { OwnedRecord } from '../record-owners.js';

/** Roles besides the convener whose staff add each record, and the message for everyone else. */
const adders: Record<Exclude<OwnedRecord, 'employer'>, { roles: PersonRole[]; who: string }> = {
  program: { roles: ['district'], who: 'the convener and school district staff' },
  contact: {
    roles: ['chamber', 'district', 'employer'],
    who: 'the convener and chamber, school district or employer staff',
  },
  need: { roles: ['employer'], who: 'the convener and employer staff' },
};

const plurals: Record<OwnedRecord, string> = {
  employer: 'employers',
  program: 'programs',
  contact: 'contacts',
  need: 'industry needs',
};

/**
 * Decides whether a person may open the add form of a record at all. Saving checks again
 * against the organization the form names, since staff add records only to their own.
 */
export function mayAddRecord(actor: AccessActor, record: OwnedRecord): AccessDecision {
  if (record === 'employer') return mayAddOrganization(actor, 'employer');
  if (actor.role === 'convener') return { allowed: true };

  // Reading roles and people without an organization get the access rules' own reason.
  const ownRecords = mayEditRecord(actor, {
    description: 'that record',
    organizationIds: actor.organizationId ? [actor.organizationId] : [],
  });

  if (!ownRecords.allowed) return ownRecords;

  const { roles, who } = adders[record];

  if (roles.includes(actor.role)) return { allowed: true };

  return {
    allowed: false,
    reason: `Only ${who} can add ${plurals[record]}. Ask the convener to add it, or to approve another role with \`/bridge join\`.`,
  };
}
