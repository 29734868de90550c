import type { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { botToken, startStandIn, webClient } from './servers.js';

let standIn: Awaited<ReturnType<typeof startStandIn>>;
let client: WebClient;

beforeAll(async () => {
  standIn = await startStandIn();
  client = webClient(botToken, standIn.apiUrl);
});

afterAll(async () => {
  await standIn.close();
});

beforeEach(() => {
  standIn.store.reset();
});

describe('auth.test and team.info', () => {
  it('names the bot and the local team', async () => {
    const auth = await client.auth.test();

    expect(auth.team_id).toBe('T0LOCAL');
    expect(auth.user_id).toBe('U0LOCALBOT');
    expect(auth.bot_id).toBe('B0LOCALBOT');
    expect(auth.team).toBe('Gulf Bend Education & Industry Partnership (local)');
  });

  it('describes the team', async () => {
    const info = await client.team.info();

    expect(info.team?.id).toBe('T0LOCAL');
    expect(info.team?.domain).toBe('gulf-bend-local');
  });
});

describe('users.info and users.list', () => {
  it('describes a workspace user', async () => {
    const { user } = await client.users.info({ user: 'U0LOCAL03' });

    expect(user?.real_name).toBe('Priya Nair');
    expect(user?.profile?.title).toBe('CTE Director');
    expect(user?.tz).toBe('America/Chicago');
    expect([-21600, -18000]).toContain(user?.tz_offset);
    expect(user?.is_bot).toBe(false);
  });

  it('describes the bot user', async () => {
    const { user } = await client.users.info({ user: 'U0LOCALBOT' });

    expect(user?.is_bot).toBe(true);
    expect(user?.profile?.bot_id).toBe('B0LOCALBOT');
  });

  it('answers user_not_found for an unknown user', async () => {
    const failure = await client.users.info({ user: 'U0NOBODY' }).catch((error) => error.data);

    expect(failure.error).toBe('user_not_found');
  });

  it('pages through members with cursors', async () => {
    const first = await client.users.list({ limit: 4 });
    const cursor = first.response_metadata?.next_cursor ?? '';
    const second = await client.users.list({ limit: 4, cursor });

    expect(first.members?.map((member) => member.id)).toEqual([
      'U0LOCAL01',
      'U0LOCAL02',
      'U0LOCAL03',
      'U0LOCAL04',
    ]);
    expect(cursor).not.toBe('');
    expect(second.members?.map((member) => member.id)).toEqual(['U0LOCAL05', 'U0LOCALBOT']);
    expect(second.response_metadata?.next_cursor).toBe('');
  });
});

describe('conversations', () => {
  it('lists public channels by default', async () => {
    const { channels } = await client.conversations.list();

    expect(channels?.map((channel) => channel.name)).toEqual([
      'general',
      'wbl-partnership',
      'career-events',
    ]);
    expect(channels?.[0]?.is_member).toBe(true);
  });

  it('lists direct messages when asked', async () => {
    const { channels } = await client.conversations.list({ types: 'im' });

    expect(channels?.[0]).toMatchObject({ id: 'D0LOCAL01', is_im: true, user: 'U0LOCAL01' });
  });

  it('describes a channel', async () => {
    const { channel } = await client.conversations.info({ channel: 'C0LOCALWBL' });

    expect(channel?.name).toBe('wbl-partnership');
    expect(channel?.is_general).toBe(false);
  });

  it('answers channel_not_found for an unknown channel', async () => {
    const failure = await client.conversations
      .info({ channel: 'C0NOPE' })
      .catch((error) => error.data);

    expect(failure.error).toBe('channel_not_found');
  });

  it('opens the DM with a user', async () => {
    const { channel } = await client.conversations.open({ users: 'U0LOCAL05' });

    expect(channel?.id).toBe('D0LOCAL05');
  });

  it('lists channel and DM members', async () => {
    const channel = await client.conversations.members({ channel: 'C0LOCALGEN' });
    const dm = await client.conversations.members({ channel: 'D0LOCAL02' });

    expect(channel.members).toHaveLength(6);
    expect(dm.members).toEqual(['U0LOCAL02', 'U0LOCALBOT']);
  });

  it('returns history newest first without replies', async () => {
    const first = await client.chat.postMessage({ channel: 'C0LOCALEVT', text: 'first' });
    await client.chat.postMessage({ channel: 'C0LOCALEVT', text: 'reply', thread_ts: first.ts });
    await client.chat.postMessage({ channel: 'C0LOCALEVT', text: 'second' });

    const history = await client.conversations.history({ channel: 'C0LOCALEVT' });
    const replies = await client.conversations.replies({
      channel: 'C0LOCALEVT',
      ts: first.ts ?? '',
    });

    expect(history.messages?.map((message) => message.text)).toEqual(['second', 'first']);
    expect(replies.messages?.map((message) => message.text)).toEqual(['first', 'reply']);
  });
});
