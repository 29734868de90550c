import { and, eq, lt, lte, ne, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import type { DeliveryKind } from '../db/schema/index.js';
import { deliveries } from '../db/schema/index.js';

/** The key of one scheduled message; each key is sent once. */
export interface DeliveryKey {
  partnershipId: string;
  kind: DeliveryKind;
  period: string;
  recipient: string;
}

/** A delivery this process has taken and must now send, then mark sent or failed. */
export interface TakenDelivery {
  id: string;
  attempts: number;
}

/**
 * How long a taken delivery stays with the process that took it. A process that dies before it
 * marks the delivery lets the next tick after this take it over.
 */
export const DELIVERY_LEASE_MS = 5 * 60 * 1000;

/** Attempts after which a failing delivery is left as failed and not tried again. */
export const MAX_DELIVERY_ATTEMPTS = 6;

/**
 * Takes a delivery for sending, or returns undefined when another process has it, it was sent,
 * its retry time has not come, or it failed too often. The first caller inserts the claim; a
 * later caller takes over a claim whose lease ran out or a failure whose back-off has passed.
 * Both steps are single statements, so of two processes at the same moment only one wins.
 */
export async function takeDelivery(
  db: Database,
  key: DeliveryKey,
  now: Date,
): Promise<TakenDelivery | undefined> {
  const leaseEnd = new Date(now.getTime() + DELIVERY_LEASE_MS);
  const [inserted] = await db
    .insert(deliveries)
    .values({ ...key, attempts: 1, nextAttemptAt: leaseEnd, claimedAt: now })
    .onConflictDoNothing()
    .returning({ id: deliveries.id, attempts: deliveries.attempts });

  if (inserted) return inserted;

  const [retaken] = await db
    .update(deliveries)
    .set({
      status: 'claimed',
      attempts: sql`${deliveries.attempts} + 1`,
      nextAttemptAt: leaseEnd,
      claimedAt: now,
    })
    .where(
      and(
        eq(deliveries.partnershipId, key.partnershipId),
        eq(deliveries.kind, key.kind),
        eq(deliveries.period, key.period),
        eq(deliveries.recipient, key.recipient),
        ne(deliveries.status, 'sent'),
        lte(deliveries.nextAttemptAt, now),
        lt(deliveries.attempts, MAX_DELIVERY_ATTEMPTS),
      ),
    )
    .returning({ id: deliveries.id, attempts: deliveries.attempts });

  return retaken;
}

/** Records that a taken delivery reached Slack, with where it went. */
export async function markDeliverySent(
  db: Database,
  id: string,
  sent: { now: Date; channelId?: string | undefined; messageTs?: string | undefined },
): Promise<void> {
  await db
    .update(deliveries)
    .set({
      status: 'sent',
      sentAt: sent.now,
      channelId: sent.channelId ?? null,
      messageTs: sent.messageTs ?? null,
      lastError: null,
    })
    .where(eq(deliveries.id, id));
}

/**
 * Records a failed attempt; the delivery may be taken again after a back-off that doubles with
 * each attempt: 1, 2, 4, 8 and 16 minutes.
 */
export async function markDeliveryFailed(
  db: Database,
  id: string,
  failure: { now: Date; attempts: number; error: string },
): Promise<void> {
  const backoffMs = 60_000 * 2 ** Math.max(0, failure.attempts - 1);

  await db
    .update(deliveries)
    .set({
      status: 'failed',
      lastError: failure.error.slice(0, 500),
      nextAttemptAt: new Date(failure.now.getTime() + backoffMs),
    })
    .where(eq(deliveries.id, id));
}

/**
 * Sends one scheduled message at most once: takes the delivery, runs `send`, and marks it sent,
 * or failed with the error so that a later tick retries it. Returns what happened.
 */
export async function deliverOnce(
  db: Database,
  key: DeliveryKey,
  now: Date,
  send: () => Promise<{ channelId?: string | undefined; messageTs?: string | undefined }>,
): Promise<'sent' | 'skipped' | 'failed'> {
  const taken = await takeDelivery(db, key, now);

  if (!taken) return 'skipped';

  try {
    const sent = await send();
    await markDeliverySent(db, taken.id, { now, ...sent });
    return 'sent';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await markDeliveryFailed(db, taken.id, { now, attempts: taken.attempts, error: message });
    return 'failed';
  }
}
