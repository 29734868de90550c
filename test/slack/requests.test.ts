import { eq } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  opportunities,
  organizations,
  partnerships,
  people,
  slackTeams,
} from '../../src/db/schema/index.js';
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

  it('adds a new employer from the form', async () => {
    const view = await openForm(bridge, userId, 'opportunity_new', () =>
      bridge.local.sender.command({ userId, channelId, text: '/bridge opportunity new' }),
    );
    const blockIds = view.blocks.map((block) => block.block_id);
    const values = Object.fromEntries(
      Object.entries({
        newEmployerName: 'Bayou Machine Works',
        type: 'job_shadow',
        title: 'Machinist job shadow',
        careerCluster: 'Advanced Manufacturing',
        slots: '2',
      }).map(([blockId, value]) => [blockId, { value }]),
    );

    const submitted = await bridge.local.sender.viewSubmission({ userId, view, values });
    const [stored] = await eventually(async () => {
      const rows = await bridge.database.db
        .select({ employer: organizations.name, kind: organizations.kind })
        .from(opportunities)
        .innerJoin(organizations, eq(organizations.id, opportunities.employerId));
      return rows.length > 0 ? rows : undefined;
    });

    expect(blockIds).not.toContain('employerId');
    expect(blockIds).toContain('newEmployerName');
    expect(submitted.body).toBeUndefined();
    expect(stored).toEqual({ employer: 'Bayou Machine Works', kind: 'employer' });
  });

  it('puts the employer error on the shown field', async () => {
    const view = await openForm(bridge, userId, 'opportunity_new', () =>
      bridge.local.sender.command({ userId, channelId, text: '/bridge opportunity new' }),
    );
    const blockIds = view.blocks.map((block) => block.block_id);
    const submitted = await bridge.local.sender.viewSubmission({
      userId,
      view,
      values: { title: { value: 'No employer named' } },
    });
    const body = submitted.body as { response_action: string; errors: Record<string, string> };

    expect(blockIds).toContain('employerId');
    expect(body.response_action).toBe('errors');
    expect(body.errors.employerId).toContain('Choose the employer');
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

    const isList = (text: string) => text.startsWith('Open opportunities');
    const listsBefore = bridge.local.store
      .ephemerals(userId, channelId)
      .filter((message) => isList(message.text)).length;

    try {
      const sent = await bridge.local.sender.command({
        userId,
        channelId,
        text: '/bridge opportunities',
      });
      const listsWhileLocked = bridge.local.store
        .ephemerals(userId, channelId)
        .filter((message) => isList(message.text)).length;

      expect(sent.status).toBe(200);
      expect(sent.timedOut).toBe(false);
      expect(listsWhileLocked).toBe(listsBefore);
    } finally {
      await locked`rollback`;
      locked.release();
      await locker.end();
    }

    const listsAfter = await eventually(() => {
      const lists = bridge.local.store
        .ephemerals(userId, channelId)
        .filter((message) => isList(message.text));
      return lists.length > listsBefore ? lists : undefined;
    });
    expect(listsAfter.at(-1)?.text).toContain('Machinist job shadow');
  });
});
