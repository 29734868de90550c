import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { partnerships } from '../db/schema/index.js';
import type { AccessActor } from './access.js';
import { recordChange } from './audit.js';
import { UserFacingError } from './errors.js';

export interface PartnershipSettings {
  name: string;
  timeZone: string;
  contactStaleAfterDays: number;
}

/** The range a convener may set for contact staleness: a week to ten years. */
export const staleAfterDaysRange = { minimum: 7, maximum: 3650 } as const;

export async function getPartnershipSettings(
  db: Database,
  partnershipId: string,
): Promise<PartnershipSettings | undefined> {
  const [row] = await db
    .select({
      name: partnerships.name,
      timeZone: partnerships.timeZone,
      contactStaleAfterDays: partnerships.contactStaleAfterDays,
    })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId));

  return row;
}

/**
 * Reads typed days for the staleness setting; the result is the number or a message saying what
 * to type instead.
 */
export function parseStaleAfterDays(
  typed: string,
): { ok: true; days: number } | { ok: false; problem: string } {
  const { minimum, maximum } = staleAfterDaysRange;
  const problem = `Type a whole number of days from ${minimum} to ${maximum}, such as \`/bridge settings stale-after 365\`.`;

  if (!/^\d{1,5}$/.test(typed)) return { ok: false, problem };

  const days = Number(typed);

  return days >= minimum && days <= maximum ? { ok: true, days } : { ok: false, problem };
}

/**
 * Sets after how many days without confirmation a contact shows as stale. Only the convener may
 * change it; the change is written to the audit log.
 */
export async function setContactStaleAfterDays(
  db: Database,
  input: { partnershipId: string; actor: AccessActor; days: number },
): Promise<{ before: number; after: number }> {
  if (input.actor.role !== 'convener') {
    throw new UserFacingError(
      'bridge_not_convener',
      'Only the convener can change the partnership settings.',
    );
  }

  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ days: partnerships.contactStaleAfterDays })
      .from(partnerships)
      .where(eq(partnerships.id, input.partnershipId))
      .for('update');

    if (!current) throw new Error(`Partnership ${input.partnershipId} does not exist`);

    if (current.days !== input.days) {
      await tx
        .update(partnerships)
        .set({ contactStaleAfterDays: input.days })
        .where(eq(partnerships.id, input.partnershipId));
      await recordChange(tx, {
        partnershipId: input.partnershipId,
        actorPersonId: input.actor.personId,
        channel: 'slack',
        action: 'update',
        entityType: 'partnership',
        entityId: input.partnershipId,
        before: { contactStaleAfterDays: current.days },
        after: { contactStaleAfterDays: input.days },
      });
    }

    return { before: current.days, after: input.days };
  });
}
