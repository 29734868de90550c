import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveries, partnerships } from '../../src/db/schema/index.js';
import type { DeliveryKey } from '../../src/domain/deliveries.js';
import {
  DELIVERY_LEASE_MS,
  deliverOnce,
  MAX_DELIVERY_ATTEMPTS,
  takeDelivery,
} from '../../src/domain/deliveries.js';
import type { TestDatabase } from '../support/database.js';
import { createTestDatabase, drivers } from '../support/database.js';

const now = new Date('2027-03-08T14:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);

describe.each(drivers)('scheduled deliveries on %s', (driver) => {
  let database: TestDatabase;
  let partnershipId: string;
  let keyCount = 0;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const [row] = await database.db
      .insert(partnerships)
      .values({ name: 'Delivery test' })
      .returning({ id: partnerships.id });
    partnershipId = row?.id ?? '';
  });

  afterAll(async () => {
    await database?.close();
  });

  function newKey(): DeliveryKey {
    keyCount += 1;
    return { partnershipId, kind: 'channel_digest', period: `2027-W${keyCount}`, recipient: 'C1' };
  }

  async function stored(key: DeliveryKey) {
    const [row] = await database.db
      .select()
      .from(deliveries)
      .where(eq(deliveries.period, key.period));
    return row;
  }

  it('sends once when two takers race', async () => {
    const key = newKey();
    let sends = 0;
    const send = async () => {
      sends += 1;
      return { channelId: 'C1', messageTs: '1.1' };
    };

    const outcomes = await Promise.all([
      deliverOnce(database.db, key, now, send),
      deliverOnce(database.db, key, now, send),
      deliverOnce(database.db, key, now, send),
    ]);

    expect(sends).toBe(1);
    expect(outcomes.filter((outcome) => outcome === 'sent')).toHaveLength(1);
    expect((await stored(key))?.status).toBe('sent');
    expect(await deliverOnce(database.db, key, later(DELIVERY_LEASE_MS * 10), send)).toBe(
      'skipped',
    );
  });

  it('takes over a claim whose process died after its lease', async () => {
    const key = newKey();

    expect(await takeDelivery(database.db, key, now)).toBeDefined();
    expect(await takeDelivery(database.db, key, later(DELIVERY_LEASE_MS - 1))).toBeUndefined();

    const retaken = await takeDelivery(database.db, key, later(DELIVERY_LEASE_MS));

    expect(retaken?.attempts).toBe(2);
  });

  it('retries a failure after a growing back-off, then gives up', async () => {
    const key = newKey();
    const fail = async (): Promise<never> => {
      throw new Error('not_in_channel');
    };

    expect(await deliverOnce(database.db, key, now, fail)).toBe('failed');
    expect((await stored(key))?.lastError).toBe('not_in_channel');
    expect(await deliverOnce(database.db, key, later(59_000), fail)).toBe('skipped');
    expect(await deliverOnce(database.db, key, later(60_000), fail)).toBe('failed');

    let at = later(60_000);
    for (let attempt = 3; attempt <= MAX_DELIVERY_ATTEMPTS; attempt += 1) {
      at = new Date(at.getTime() + 60_000 * 2 ** (attempt - 2));
      expect(await deliverOnce(database.db, key, at, fail)).toBe('failed');
    }

    expect(await deliverOnce(database.db, key, later(24 * 3600 * 1000), fail)).toBe('skipped');
    expect((await stored(key))?.attempts).toBe(MAX_DELIVERY_ATTEMPTS);
  });

  it('keeps one person’s failure from blocking another', async () => {
    const first = { ...newKey(), recipient: 'U1' };
    const second = { ...first, recipient: 'U2' };

    const outcomes = await Promise.all([
      deliverOnce(database.db, first, now, async () => {
        throw new Error('user_not_found');
      }),
      deliverOnce(database.db, second, now, async () => ({ channelId: 'D2', messageTs: '2.2' })),
    ]);

    expect(outcomes).toEqual(['failed', 'sent']);
  });
});
