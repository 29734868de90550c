import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { deliveries, deliveryPreferences, people } from '../../db/schema/index.js';
import { recordChange } from '../audit.js';
import type { DeliveryKey } from '../deliveries.js';
import type { DigestReader } from './role-digest.js';
import { roleDigestRoles } from './role-digest.js';

/**
 * Lists the people who receive a role digest: those with a Slack id and a role that has one,
 * except people who turned role digests off.
 */
export async function listDigestReaders(
  db: Database,
  partnershipId: string,
): Promise<DigestReader[]> {
  const rows = await db
    .select({
      id: people.id,
      name: people.displayName,
      role: people.role,
      organizationId: people.organizationId,
      slackUserId: people.slackUserId,
    })
    .from(people)
    .where(
      and(
        eq(people.partnershipId, partnershipId),
        isNotNull(people.slackUserId),
        inArray(people.role, [...roleDigestRoles]),
        // The person's id is qualified by hand because Drizzle leaves a single-table select unqualified.
        sql`not exists (select 1 from ${deliveryPreferences} where ${deliveryPreferences.personId} = "people"."id" and ${deliveryPreferences.kind} = 'role_digest' and ${deliveryPreferences.off})`,
      ),
    )
    .orderBy(asc(people.displayName), asc(people.id));

  return rows.map((row) => ({ ...row, slackUserId: row.slackUserId ?? '' }));
}

/** Returns whether a person turned their role digest off. */
export async function isRoleDigestOff(db: Database, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ off: deliveryPreferences.off })
    .from(deliveryPreferences)
    .where(
      and(eq(deliveryPreferences.personId, personId), eq(deliveryPreferences.kind, 'role_digest')),
    );

  return row?.off ?? false;
}

/**
 * Turns a person's weekly role digest off or back on, and records the change in the audit log.
 * Returns whether anything changed.
 */
export async function setRoleDigestOff(
  db: Database,
  input: { partnershipId: string; personId: string; off: boolean; now: Date },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ off: deliveryPreferences.off })
      .from(deliveryPreferences)
      .where(
        and(
          eq(deliveryPreferences.personId, input.personId),
          eq(deliveryPreferences.kind, 'role_digest'),
        ),
      )
      .for('update');
    const before = current?.off ?? false;

    if (current && before === input.off) return false;
    if (!current && !input.off) return false;

    await tx
      .insert(deliveryPreferences)
      .values({
        personId: input.personId,
        kind: 'role_digest',
        off: input.off,
        updatedAt: input.now,
      })
      .onConflictDoUpdate({
        target: [deliveryPreferences.personId, deliveryPreferences.kind],
        set: { off: input.off, updatedAt: input.now },
      });
    await recordChange(tx, {
      partnershipId: input.partnershipId,
      actorPersonId: input.personId,
      channel: 'slack',
      action: current ? 'update' : 'create',
      entityType: 'delivery_preference',
      entityId: input.personId,
      before: current ? { kind: 'role_digest', off: before } : null,
      after: { kind: 'role_digest', off: input.off },
    });

    return true;
  });
}

/** The state of one delivery of a digest week, by recipient. */
export interface DeliveryState {
  status: 'claimed' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: Date;
  channelId: string | null;
  messageTs: string | null;
}

/** Reads every digest delivery of a partnership's week, keyed by kind and recipient. */
export async function readDigestDeliveries(
  db: Database,
  query: { partnershipId: string; period: string },
): Promise<Map<string, DeliveryState>> {
  const rows = await db
    .select({
      kind: deliveries.kind,
      recipient: deliveries.recipient,
      status: deliveries.status,
      attempts: deliveries.attempts,
      nextAttemptAt: deliveries.nextAttemptAt,
      channelId: deliveries.channelId,
      messageTs: deliveries.messageTs,
    })
    .from(deliveries)
    .where(
      and(
        eq(deliveries.partnershipId, query.partnershipId),
        eq(deliveries.period, query.period),
        inArray(deliveries.kind, ['channel_digest', 'role_digest']),
      ),
    );

  return new Map(rows.map(({ kind, recipient, ...state }) => [`${kind}:${recipient}`, state]));
}

/** Returns where a sent delivery went, or undefined when it was not sent. */
export async function readSentMessage(
  db: Database,
  key: DeliveryKey,
): Promise<{ channelId: string; messageTs: string } | undefined> {
  const [row] = await db
    .select({ channelId: deliveries.channelId, messageTs: deliveries.messageTs })
    .from(deliveries)
    .where(
      and(
        eq(deliveries.partnershipId, key.partnershipId),
        eq(deliveries.kind, key.kind),
        eq(deliveries.period, key.period),
        eq(deliveries.recipient, key.recipient),
        eq(deliveries.status, 'sent'),
      ),
    );

  if (!row?.channelId || !row.messageTs) return undefined;

  return { channelId: row.channelId, messageTs: row.messageTs };
}
