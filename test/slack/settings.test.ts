import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organizations, partnerships, people } from '../../src/db/schema/index.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';

const now = new Date('2027-01-11T15:00:00Z');
const dayMs = 24 * 60 * 60 * 1000;
const convener = 'U0LOCAL01';
const viewer = 'U0LOCAL04';
const channelId = 'C0LOCALGEN';

describe.each(drivers)('settings and stale contacts on %s', (driver) => {
  let bridge: TestBridge;
  let partnershipId: string;

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now: () => now, demoData: false });

    // The first person becomes convener, the second a viewer.
    await command(convener, '/bridge help');
    await reply(convener, 'What Bridge can do');
    await command(viewer, '/bridge help');
    await reply(viewer, 'What Bridge can do');

    const [partnership] = await bridge.database.db.select().from(partnerships);
    partnershipId = partnership?.id ?? '';

    const [employer] = await bridge.database.db
      .insert(organizations)
      .values({ partnershipId, kind: 'employer', name: 'Saltgrass Marine Works' })
      .returning({ id: organizations.id });

    await bridge.database.db
      .update(people)
      .set({ confirmedAt: now })
      .where(eq(people.partnershipId, partnershipId));
    await bridge.database.db.insert(people).values([
      ...Array.from({ length: 23 }, (_, index) => ({
        partnershipId,
        organizationId: employer?.id ?? null,
        displayName: `Stale contact ${String(index).padStart(2, '0')}`,
        title: 'Plant manager',
        email: `stale${index}@saltgrass.example`,
        confirmedAt: new Date(now.getTime() - (400 + index) * dayMs),
      })),
      {
        partnershipId,
        displayName: 'Recent contact',
        confirmedAt: new Date(now.getTime() - 40 * dayMs),
      },
    ]);
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  async function command(userId: string, text: string) {
    const sent = await bridge.local.sender.command({ userId, channelId, text });
    expect(sent.status).toBe(200);
  }

  function reply(userId: string, match: string) {
    return eventually(() =>
      bridge.local.store
        .ephemerals(userId, channelId)
        .find((message) => message.text.includes(match)),
    );
  }

  async function storedDays() {
    const [row] = await bridge.database.db
      .select({ days: partnerships.contactStaleAfterDays })
      .from(partnerships)
      .where(eq(partnerships.id, partnershipId));
    return row?.days;
  }

  it('shows the settings', async () => {
    await command(convener, '/bridge settings');

    const settings = await reply(convener, 'Partnership settings');

    expect(settings.text).toContain('Contacts are stale after:* 365 days');
    expect(settings.text).toContain('/bridge settings stale-after 180');
  });

  it('lists stale contacts a page at a time, the longest unconfirmed first', async () => {
    await command(convener, '/bridge contacts stale');

    const first = await reply(convener, 'Contacts not confirmed in 365 days');
    const names = first.text.match(/Stale contact \d+/g) ?? [];

    expect(names).toHaveLength(20);
    expect(names[0]).toBe('Stale contact 22');
    expect(first.text).not.toContain('Recent contact');

    const clicked = await bridge.local.sender.blockAction({
      userId: convener,
      source: { kind: 'ephemeral', channelId, ephemeral: first },
      blockId: 'stale_contacts_page',
      actionId: 'list_page_next',
    });
    expect(clicked.status).toBe(200);

    const second = await eventually(() =>
      bridge.local.store
        .ephemerals(convener, channelId)
        .find((message) => JSON.stringify(message.blocks ?? []).includes('Showing 21–23.')),
    );

    expect(second.text.match(/Stale contact \d+/g)).toEqual([
      'Stale contact 02',
      'Stale contact 01',
      'Stale contact 00',
    ]);
  });

  it('lets the convener change the staleness and records it', async () => {
    await command(convener, '/bridge settings stale-after 30');

    await reply(convener, 'stale after 30 days without confirmation (was 365)');
    const audits = await bridge.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'partnership'), eq(auditLog.entityId, partnershipId)));

    expect(await storedDays()).toBe(30);
    expect(audits.map((row) => [row.before, row.after])).toEqual([
      [{ contactStaleAfterDays: 365 }, { contactStaleAfterDays: 30 }],
    ]);

    await command(convener, '/bridge contacts stale');
    const list = await reply(convener, 'Contacts not confirmed in 30 days');
    await bridge.local.sender.blockAction({
      userId: convener,
      source: { kind: 'ephemeral', channelId, ephemeral: list },
      blockId: 'stale_contacts_page',
      actionId: 'list_page_next',
    });
    const secondPage = await eventually(() =>
      bridge.local.store
        .ephemerals(convener, channelId)
        .find((message) => JSON.stringify(message.blocks ?? []).includes('Showing 21–24.')),
    );

    expect(secondPage.text).toContain('Recent contact');
  });

  it('refuses a viewer and changes nothing', async () => {
    await command(viewer, '/bridge settings stale-after 90');

    await reply(viewer, 'Only the convener can change the partnership settings.');
    expect(await storedDays()).toBe(30);
  });

  it.each(['3', '9999', 'soon', '-5', '30.5'])(
    'explains a bad number of days: %s',
    async (days) => {
      const problem = 'Type a whole number of days from 7 to 3650';
      const matching = () =>
        bridge.local.store
          .ephemerals(convener, channelId)
          .filter((message) => message.text.includes(problem));
      const before = matching().length;

      await command(convener, `/bridge settings stale-after ${days}`);

      const answer = await eventually(() => matching()[before]);

      expect(answer.text).toContain('/bridge settings stale-after 365');
      expect(await storedDays()).toBe(30);
    },
  );
});
