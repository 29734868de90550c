import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opportunities, partnerships, people, slackTeams } from '../../src/db/schema/index.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually, openForm, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';

const now = () => new Date('2027-01-11T15:00:00Z');
const userId = 'U0LOCAL03';
const channelId = 'C0LOCALGEN';

describe.each(drivers)('requests to /slack/events on %s', (driver) => {
  let bridge: TestBridge;

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now, demoData: false });
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  const ephemeralText = (match: string) =>
    eventually(() =>
      bridge.local.store
        .ephemerals(userId, channelId)
        .find((message) => message.text.includes(match)),
    );

  it('sets up a new workspace on its first command', async () => {
    const sent = await bridge.local.sender.command({ userId, channelId, text: '/bridge' });
    const help = await ephemeralText('What Bridge can do');
    const teams = await bridge.database.db.select().from(slackTeams);
    const members = await bridge.database.db.select().from(people);

    expect(sent.status).toBe(200);
    expect(help.text).toContain('/bridge opportunity new');
    expect(teams.map((team) => team.teamId)).toEqual(['T0LOCAL']);
    expect(members.map((person) => [person.slackUserId, person.role])).toEqual([
      [userId, 'convener'],
    ]);
    expect(members[0]?.displayName).toBe('Priya Nair');
  });

  it('answers help for an empty command', async () => {
    await bridge.local.sender.command({ userId, channelId, text: '/bridge help' });

    const help = await ephemeralText('What Bridge can do');

    expect(help.text).toContain('/bridge events');
  });

  it('explains an unknown subcommand', async () => {
    const sent = await bridge.local.sender.command({
      userId,
      channelId,
      text: '/bridge frobnicate now',
    });
    const reply = await ephemeralText('frobnicate');

    expect(sent.status).toBe(200);
    expect(reply.text).toContain('`frobnicate` is not a Bridge command.');
    expect(reply.text).toContain('/bridge opportunities [type]');
  });

  it('explains an unknown opportunity type', async () => {
    await bridge.local.sender.command({
      userId,
      channelId,
      text: '/bridge opportunities unicorns',
    });

    const reply = await ephemeralText('unicorns');

    expect(reply.text).toContain('is not an opportunity type');
  });

  it('rejects a wrong signature', async () => {
    const before = bridge.local.store.ephemerals(userId).length;
    const sent = await bridge.local.sender.command(
      { userId, channelId, text: '/bridge help' },
      { signature: `v0=${'0'.repeat(64)}` },
    );

    expect(sent.status).toBe(401);
    expect(bridge.local.store.ephemerals(userId)).toHaveLength(before);
  });

  it('rejects a stale timestamp', async () => {
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const sent = await bridge.local.sender.command(
      { userId, channelId, text: '/bridge help' },
      { timestamp: sixMinutesAgo },
    );

    expect(sent.status).toBe(401);
  });

  it('rejects a missing signature', async () => {
    const response = await fetch(`${bridge.bridge.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'command=%2Fbridge&text=help',
    });

    expect(response.status).toBe(401);
  });

  it('offers no form without employers', async () => {
    const view = await openForm(bridge, userId, 'opportunity_new', () =>
      bridge.local.sender.command({ userId, channelId, text: '/bridge opportunity new' }),
    );

    expect(view.submit ?? undefined).toBeUndefined();
    expect(JSON.stringify(view.blocks)).toContain('no employers yet');
  });

  it('calls auth.test once, not per request', async () => {
    await bridge.local.sender.command({ userId, channelId, text: '/bridge help' });
    await bridge.local.sender.command({ userId, channelId, text: '/bridge events' });
    await ephemeralText('No upcoming events');

    const authTests = bridge.local.store.calls.filter((call) => call.method === 'auth.test');

    expect(authTests).toHaveLength(1);
  });

  it('answers health checks', async () => {
    const response = await fetch(`${bridge.bridge.url}/healthz`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, database: 'up' });
  });

  it.runIf(driver === 'postgres')('acknowledges while the database is locked', async () => {
    await bridge.database.db.insert(partnerships).values({ name: 'Unrelated partnership' });
    const locker = postgres(bridge.database.url ?? '', { max: 1, onnotice: () => {} });
    const locked = await locker.reserve();
    await locked`begin`;
    await locked`lock table organizations in access exclusive mode`;

    try {
      const sent = await bridge.local.sender.command({
        userId,
        channelId,
        text: '/bridge opportunities',
      });
      const repliedWhileLocked = bridge.local.store
        .ephemerals(userId, channelId)
        .some((message) => message.text.startsWith('No open opportunities'));

      expect(sent.status).toBe(200);
      expect(sent.timedOut).toBe(false);
      expect(repliedWhileLocked).toBe(false);
    } finally {
      await locked`rollback`;
      locked.release();
      await locker.end();
    }

    const reply = await ephemeralText('No open opportunities');
    expect(reply.text).toContain('/bridge opportunity new');
    expect(await bridge.database.db.select().from(opportunities)).toEqual([]);
  });
});
