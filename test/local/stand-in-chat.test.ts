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

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });

async function slackError(call: Promise<unknown>): Promise<Record<string, unknown>> {
  const error = await call.then(
    () => undefined,
    (failure: { data?: Record<string, unknown> }) => failure,
  );

  expect(error?.data).toBeDefined();
  return error?.data ?? {};
}

async function post(method: string, body: string, headers: Record<string, string>) {
  const response = await fetch(`${standIn.apiUrl}${method}`, { method: 'POST', body, headers });

  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('Web API authentication', () => {
  it('answers not_authed without a token', async () => {
    const reply = await post('auth.test', '', {});

    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ ok: false, error: 'not_authed' });
  });

  it('answers invalid_auth for a wrong token', async () => {
    const wrongClient = webClient('xoxb-wrong', standIn.apiUrl);

    const data = await slackError(wrongClient.auth.test());

    expect(data.error).toBe('invalid_auth');
  });

  it('accepts the token as a form field', async () => {
    const reply = await post('auth.test', `token=${botToken}`, {
      'content-type': 'application/x-www-form-urlencoded',
    });

    expect(reply.body.ok).toBe(true);
    expect(reply.body.user_id).toBe('U0LOCALBOT');
  });

  it('JSON bodies need the bearer header', async () => {
    const body = JSON.stringify({ token: botToken, channel: 'C0LOCALGEN', text: 'hi' });
    const withoutHeader = await post('chat.postMessage', body, {
      'content-type': 'application/json',
    });
    const withHeader = await post('chat.postMessage', body, {
      'content-type': 'application/json; charset=utf-8',
      authorization: `Bearer ${botToken}`,
    });

    expect(withoutHeader.body.error).toBe('not_authed');
    expect(withHeader.body.ok).toBe(true);
  });

  it('answers unknown_method for methods it lacks', async () => {
    const data = await slackError(client.apiCall('reactions.add', { name: 'tada' }));

    expect(data.error).toBe('unknown_method');
    expect(data.req_method).toBe('reactions.add');
  });
});

describe('chat.postMessage', () => {
  it('stores blocks that arrive as JSON strings', async () => {
    const result = await client.chat.postMessage({
      channel: 'C0LOCALWBL',
      text: 'New internship',
      blocks: [section('*Welding intern*'), { type: 'divider', block_id: 'rule' }],
    });

    const [stored] = standIn.store.messages('C0LOCALWBL');
    expect(result.channel).toBe('C0LOCALWBL');
    expect(result.ts).toBe(stored?.ts);
    expect(result.message?.bot_id).toBe('B0LOCALBOT');
    expect(stored?.text).toBe('New internship');
    expect(stored?.blocks?.[0]?.text).toEqual({ type: 'mrkdwn', text: '*Welding intern*' });
    expect(stored?.blocks?.[0]?.block_id).toMatch(/^[A-Za-z0-9]{5}$/);
    expect(stored?.blocks?.[1]?.block_id).toBe('rule');
  });

  it('issues strictly increasing timestamps', async () => {
    const results = [];

    for (let index = 0; index < 5; index += 1) {
      results.push(await client.chat.postMessage({ channel: 'C0LOCALGEN', text: `n${index}` }));
    }

    const stamps = results.map((result) => result.ts ?? '');
    expect(stamps.every((ts) => /^\d{10}\.\d{6}$/.test(ts))).toBe(true);

    for (let index = 1; index < stamps.length; index += 1) {
      expect(Number(stamps[index])).toBeGreaterThan(Number(stamps[index - 1]));
    }
  });

  it('threads replies under their parent', async () => {
    const parent = await client.chat.postMessage({ channel: 'C0LOCALEVT', text: 'Career fair' });
    await client.chat.postMessage({
      channel: 'C0LOCALEVT',
      text: 'Reminder',
      thread_ts: parent.ts,
    });

    const [stored, reply] = standIn.store.messages('C0LOCALEVT');
    expect(reply?.thread_ts).toBe(parent.ts);
    expect(stored?.reply_count).toBe(1);
    expect(stored?.latest_reply).toBe(reply?.ts);
  });

  it('posts to the DM of a user id', async () => {
    const result = await client.chat.postMessage({ channel: 'U0LOCAL03', text: 'Your digest' });

    expect(result.channel).toBe('D0LOCAL03');
    expect(standIn.store.messages('D0LOCAL03')).toHaveLength(1);
  });

  it('answers channel_not_found for an unknown channel', async () => {
    const data = await slackError(client.chat.postMessage({ channel: 'C0NOPE', text: 'x' }));

    expect(data.error).toBe('channel_not_found');
  });

  it('rejects more than 50 blocks', async () => {
    const blocks = Array.from({ length: 51 }, (_, index) => section(`row ${index}`));

    const data = await slackError(
      client.chat.postMessage({ channel: 'C0LOCALGEN', text: 'x', blocks }),
    );

    expect(data.error).toBe('invalid_blocks');
    expect(data.errors).toEqual(['no more than 50 items allowed [json-pointer:/blocks]']);
    expect(standIn.store.messages('C0LOCALGEN')).toHaveLength(0);
  });

  it('rejects text over 40,000 characters', async () => {
    const data = await slackError(
      client.chat.postMessage({ channel: 'C0LOCALGEN', text: 'a'.repeat(40_001) }),
    );

    expect(data.error).toBe('msg_too_long');
  });

  it('rejects a message with nothing to show', async () => {
    const data = await slackError(client.chat.postMessage({ channel: 'C0LOCALGEN', text: '' }));

    expect(data.error).toBe('no_text');
  });

  it('points at each broken block', async () => {
    const blocks = [
      section('x'.repeat(3001)),
      { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } },
      { type: 'actions', elements: [{ type: 'button', text: { type: 'mrkdwn', text: 'Go' } }] },
    ];

    const data = await slackError(
      client.chat.postMessage({ channel: 'C0LOCALGEN', text: 'x', blocks }),
    );

    expect(data.errors).toEqual([
      'must be less than 3001 characters [json-pointer:/blocks/0/text/text]',
      'must be less than 151 characters [json-pointer:/blocks/1/text/text]',
      'must be one of: plain_text [json-pointer:/blocks/2/elements/0/text/type]',
    ]);
    const metadata = data.response_metadata as { messages: string[] };
    expect(metadata.messages[0]).toBe(
      '[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]',
    );
  });

  it('rejects malformed blocks JSON', async () => {
    const reply = await post('chat.postMessage', 'channel=C0LOCALGEN&text=x&blocks=%5Bnope', {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Bearer ${botToken}`,
    });

    expect(reply.body.error).toBe('invalid_blocks_format');
  });

  it('logs every call with decoded arguments', async () => {
    await client.chat.postMessage({ channel: 'C0LOCALGEN', text: 'Hi', blocks: [section('Hi')] });
    await client.chat.postMessage({ channel: 'C0NOPE', text: 'x' }).catch(() => undefined);

    const [success, failure] = standIn.store.calls;
    expect(success?.method).toBe('chat.postMessage');
    expect(success?.ok).toBe(true);
    expect(success?.arguments.blocks).toEqual([section('Hi')]);
    expect(success?.arguments.token).toBeUndefined();
    expect(failure?.ok).toBe(false);
    expect(failure?.error).toBe('channel_not_found');
  });
});

describe('chat.update, chat.delete and chat.getPermalink', () => {
  it('keeps blocks that the update omits', async () => {
    const posted = await client.chat.postMessage({
      channel: 'C0LOCALEVT',
      text: 'RSVPs: 0',
      blocks: [section('RSVPs: 0')],
    });

    const updated = await client.chat.update({
      channel: 'C0LOCALEVT',
      ts: posted.ts ?? '',
      text: 'RSVPs: 1',
    });

    const stored = standIn.store.message('C0LOCALEVT', posted.ts ?? '');
    expect(updated.ts).toBe(posted.ts);
    expect(stored?.text).toBe('RSVPs: 1');
    expect(stored?.blocks).toHaveLength(1);
    expect(stored?.edited?.user).toBe('U0LOCALBOT');
  });

  it('empty block list removes blocks', async () => {
    const posted = await client.chat.postMessage({
      channel: 'C0LOCALEVT',
      text: 'x',
      blocks: [section('x')],
    });

    await client.chat.update({ channel: 'C0LOCALEVT', ts: posted.ts ?? '', text: 'y', blocks: [] });

    expect(standIn.store.message('C0LOCALEVT', posted.ts ?? '')?.blocks).toBeUndefined();
  });

  it('answers message_not_found for an unknown ts', async () => {
    const data = await slackError(
      client.chat.update({ channel: 'C0LOCALEVT', ts: '1700000000.000100', text: 'x' }),
    );

    expect(data.error).toBe('message_not_found');
  });

  it('deletes a message', async () => {
    const posted = await client.chat.postMessage({ channel: 'C0LOCALGEN', text: 'oops' });

    const deleted = await client.chat.delete({ channel: 'C0LOCALGEN', ts: posted.ts ?? '' });

    expect(deleted.ts).toBe(posted.ts);
    expect(standIn.store.messages('C0LOCALGEN')).toHaveLength(0);
  });

  it('builds a permalink to the page', async () => {
    const posted = await client.chat.postMessage({ channel: 'C0LOCALGEN', text: 'link me' });

    const result = await client.chat.getPermalink({
      channel: 'C0LOCALGEN',
      message_ts: posted.ts ?? '',
    });

    expect(result.permalink).toBe(
      `${standIn.origin}/#/archives/C0LOCALGEN/p${(posted.ts ?? '').replace('.', '')}`,
    );
  });
});

describe('chat.postEphemeral', () => {
  it('shows the message to one user only', async () => {
    const result = await client.chat.postEphemeral({
      channel: 'C0LOCALWBL',
      user: 'U0LOCAL02',
      text: 'Only you can see this',
    });

    expect(result.message_ts).toMatch(/^\d{10}\.\d{6}$/);
    expect(standIn.store.ephemerals('U0LOCAL02', 'C0LOCALWBL')).toMatchObject([
      { channel: 'C0LOCALWBL', user: 'U0LOCAL02', text: 'Only you can see this' },
    ]);
    expect(standIn.store.ephemerals('U0LOCAL01')).toHaveLength(0);
    expect(standIn.store.messages('C0LOCALWBL')).toHaveLength(0);
  });

  it('answers user_not_found for an unknown user', async () => {
    const data = await slackError(
      client.chat.postEphemeral({ channel: 'C0LOCALWBL', user: 'U0NOBODY', text: 'x' }),
    );

    expect(data.error).toBe('user_not_found');
  });
});
