import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLocalWorkspace } from './local-workspace-fixture.js';

let workspace: Awaited<ReturnType<typeof startLocalWorkspace>>;

beforeAll(async () => {
  workspace = await startLocalWorkspace();
});

afterAll(async () => {
  await workspace.close();
});

beforeEach(() => {
  workspace.store.reset();
});

async function post(path: string, body: unknown) {
  const response = await fetch(`${workspace.origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

  // biome-ignore lint/suspicious/noExplicitAny: assertions read deep into the JSON responses.
  const json = (await response.json()) as Record<string, any>;

  return { status: response.status, body: json };
}

async function openOpportunityModal(userId: string) {
  await post('/local/command', { userId, channelId: 'C0LOCALWBL', text: '/bridge new' });
  const [view] = workspace.store.openViews(userId);

  expect(view?.callback_id).toBe('opportunity_new');
  return view?.id ?? '';
}

describe('slash commands', () => {
  it('shows a respond() reply as an ephemeral', async () => {
    const reply = await post('/local/command', {
      userId: 'U0LOCAL02',
      channelId: 'C0LOCALWBL',
      text: '/bridge help',
    });

    expect(reply.status).toBe(200);
    expect(reply.body.ok).toBe(true);
    expect(reply.body.status).toBe(200);
    await expect.poll(() => workspace.store.ephemerals('U0LOCAL02', 'C0LOCALWBL')).toHaveLength(1);
    expect(workspace.store.ephemerals('U0LOCAL02')[0]?.text).toBe(
      'Try `/bridge new` to post an opportunity.',
    );
  });

  it('shows a text acknowledgement', async () => {
    await post('/local/command', {
      userId: 'U0LOCAL01',
      channelId: 'C0LOCALGEN',
      text: '/bridge ack',
    });

    expect(workspace.store.ephemerals('U0LOCAL01', 'C0LOCALGEN')[0]?.text).toBe(
      'Acknowledged with text',
    );
  });

  it('rejects text without a slash', async () => {
    const reply = await post('/local/command', {
      userId: 'U0LOCAL01',
      channelId: 'C0LOCALGEN',
      text: 'hello',
    });

    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('Invalid request: text: a slash command starts with "/"');
  });

  it('rejects a body that is not JSON', async () => {
    const response = await fetch(`${workspace.origin}/local/command`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"userId":',
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ok: false,
      error: 'Invalid request: the body is not valid JSON',
    });
  });

  it('rejects an unknown user', async () => {
    const reply = await post('/local/command', {
      userId: 'U0NOBODY',
      channelId: 'C0LOCALGEN',
      text: '/bridge',
    });

    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('User U0NOBODY not found in the local workspace');
  });
});

describe('modals', () => {
  it('app errors keep the modal open', async () => {
    const viewId = await openOpportunityModal('U0LOCAL02');

    const reply = await post('/local/view-submission', {
      userId: 'U0LOCAL02',
      viewId,
      values: {
        title: { value: 'x' },
        type: { value: 'internship' },
        startsOn: { value: '2025-06-02' },
        slots: { value: '2' },
      },
    });

    expect(reply.body.responseAction).toBe('errors');
    expect(reply.body.errors).toEqual({ title: 'Use at least 3 characters.' });
    expect(workspace.store.openViews('U0LOCAL02').map((view) => view.id)).toEqual([viewId]);
    expect(workspace.store.openViews('U0LOCAL02')[0]?.state.values.title?.value).toEqual({
      type: 'plain_text_input',
      value: 'x',
    });
  });

  it('valid submission closes and posts', async () => {
    const viewId = await openOpportunityModal('U0LOCAL02');

    const reply = await post('/local/view-submission', {
      userId: 'U0LOCAL02',
      viewId,
      values: {
        title: { value: 'Welding intern' },
        type: { value: 'internship' },
        startsOn: { value: '2025-06-02' },
        slots: { value: '2' },
      },
    });

    expect(reply.body.responseAction).toBe('close');
    expect(workspace.store.openViews('U0LOCAL02')).toHaveLength(0);
    await expect.poll(() => workspace.store.messages('C0LOCALWBL')).toHaveLength(1);
    expect(workspace.store.messages('C0LOCALWBL')[0]?.text).toBe(
      'Welding intern (internship, starts 2025-06-02)',
    );
  });

  it('closes a modal with the close button', async () => {
    const viewId = await openOpportunityModal('U0LOCAL03');

    const reply = await post('/local/view-closed', { userId: 'U0LOCAL03', viewId });

    expect(reply.status).toBe(200);
    expect(workspace.store.openViews('U0LOCAL03')).toHaveLength(0);
  });

  it('hides a modal from other users', async () => {
    const viewId = await openOpportunityModal('U0LOCAL03');

    const reply = await post('/local/view-closed', { userId: 'U0LOCAL04', viewId });

    expect(reply.status).toBe(404);
    expect(workspace.store.openViews('U0LOCAL03')).toHaveLength(1);
  });

  it('answers 404 for a closed view', async () => {
    const reply = await post('/local/view-submission', {
      userId: 'U0LOCAL03',
      viewId: 'V0GONE',
      values: {},
    });

    expect(reply.status).toBe(404);
    expect(reply.body.error).toBe('That view is no longer open. Reload the page.');
  });
});

describe('block actions and response URLs', () => {
  async function postOpportunity() {
    const viewId = await openOpportunityModal('U0LOCAL02');
    const values = {
      title: { value: 'Plant tour' },
      type: { value: 'job_shadow' },
      startsOn: { value: '2025-07-01' },
      slots: { value: '10' },
    };
    await post('/local/view-submission', { userId: 'U0LOCAL02', viewId, values });
    await expect.poll(() => workspace.store.messages('C0LOCALWBL')).toHaveLength(1);

    return workspace.store.messages('C0LOCALWBL')[0]?.ts ?? '';
  }

  it('RSVP updates message and replies', async () => {
    const ts = await postOpportunity();

    const reply = await post('/local/block-action', {
      userId: 'U0LOCAL04',
      surface: { kind: 'message', channelId: 'C0LOCALWBL', ts },
      blockId: 'rsvp',
      actionId: 'rsvp_going',
    });

    expect(reply.body.status).toBe(200);
    await expect.poll(() => workspace.store.ephemerals('U0LOCAL04', 'C0LOCALWBL')).toHaveLength(1);
    expect(workspace.store.message('C0LOCALWBL', ts)?.text).toBe('Plant tour: 1 going');
    expect(workspace.store.ephemerals('U0LOCAL04')[0]?.text).toBe('You are going.');
  });

  it('rejects an element not in the message', async () => {
    const ts = await postOpportunity();

    const reply = await post('/local/block-action', {
      userId: 'U0LOCAL04',
      surface: { kind: 'message', channelId: 'C0LOCALWBL', ts },
      blockId: 'rsvp',
      actionId: 'missing',
    });

    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('No element rsvp/missing in the message');
  });

  it('answers 404 for an unknown response URL', async () => {
    const reply = await post('/local/slack/respond/C0LOCALGEN-unknown', { text: 'hi' });

    expect(reply.status).toBe(404);
    expect(reply.body).toEqual({ ok: false, error: 'invalid_url' });
  });

  it('allows five posts to one response URL', async () => {
    const delivery = await workspace.sender.command({
      userId: 'U0LOCAL05',
      channelId: 'C0LOCALGEN',
      text: '/bridge ack',
    });
    const path = new URL(delivery.responseUrl ?? '').pathname;
    const statuses = [];

    for (let use = 0; use < 6; use += 1) {
      statuses.push((await post(path, { text: `reply ${use}` })).status);
    }

    expect(statuses).toEqual([200, 200, 200, 200, 200, 404]);
  });

  it('rejects a response with too many blocks', async () => {
    const delivery = await workspace.sender.command({
      userId: 'U0LOCAL05',
      channelId: 'C0LOCALGEN',
      text: '/bridge ack',
    });
    const blocks = Array.from({ length: 51 }, () => ({ type: 'divider' }));

    const reply = await post(new URL(delivery.responseUrl ?? '').pathname, { text: 'x', blocks });

    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('invalid_blocks');
  });

  it('replaces an ephemeral in place', async () => {
    const ephemeral = {
      channel: 'C0LOCALGEN',
      user: 'U0LOCAL05',
      message_ts: '1733322000.000900',
      text: 'Pick',
    };
    workspace.store.addEphemeral(ephemeral);
    workspace.store.addEphemeral({ ...ephemeral, message_ts: '1733322000.000950', text: 'Later' });
    const url = workspace.sender.responseUrls.issue({
      channelId: 'C0LOCALGEN',
      userId: 'U0LOCAL05',
      source: 'ephemeral',
      messageTs: '1733322000.000900',
    });

    await post(new URL(url).pathname, { replace_original: true, text: 'Picked' });

    expect(workspace.store.ephemerals('U0LOCAL05').map((entry) => entry.text)).toEqual([
      'Picked',
      'Later',
    ]);
  });
});

describe('home tab, page and stream', () => {
  it('publishes the Home tab when it opens', async () => {
    const reply = await post('/local/home-opened', { userId: 'U0LOCAL03' });

    expect(reply.body.status).toBe(200);
    await expect.poll(() => workspace.store.homeView('U0LOCAL03')).toBeDefined();
    expect(workspace.store.homeView('U0LOCAL03')?.blocks[0]?.text).toEqual({
      type: 'mrkdwn',
      text: 'Welcome, <@U0LOCAL03>',
    });
  });

  it('serves the page and its scripts', async () => {
    const page = await fetch(`${workspace.origin}/`);
    const script = await fetch(`${workspace.origin}/local/page/mrkdwn.js`);

    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="modal-root"></div>');
    expect(script.headers.get('content-type')).toContain('javascript');
  });

  it('returns state for a user and channel', async () => {
    workspace.store.addEphemeral({
      channel: 'C0LOCALEVT',
      user: 'U0LOCAL04',
      message_ts: '1733322000.000100',
      text: 'Hi',
    });

    const response = await fetch(
      `${workspace.origin}/local/state?userId=U0LOCAL04&channelId=C0LOCALEVT`,
    );
    // biome-ignore lint/suspicious/noExplicitAny: assertions read deep into the JSON state.
    const state = (await response.json()) as Record<string, any>;

    expect(state.team.id).toBe('T0LOCAL');
    expect(state.directMessageChannelId).toBe('D0LOCAL04');
    expect(state.ephemerals).toHaveLength(1);
    expect(state.views).toEqual([]);
    expect(state.home).toBeNull();
  });

  it('streams store changes', async () => {
    const controller = new AbortController();
    const response = await fetch(`${workspace.origin}/local/stream`, { signal: controller.signal });
    const reader = response.body?.getReader();
    await reader?.read();

    workspace.store.addEphemeral({
      channel: 'C0LOCALEVT',
      user: 'U0LOCAL04',
      message_ts: '1733322000.000100',
      text: 'Hi',
    });
    const chunk = await reader?.read();
    controller.abort();

    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(new TextDecoder().decode(chunk?.value)).toBe(
      'event: change\ndata: {"kind":"ephemeral","userId":"U0LOCAL04","channelId":"C0LOCALEVT"}\n\n',
    );
  });

  it('Bolt rejects a bad signature', async () => {
    const delivery = await workspace.sender.command(
      { userId: 'U0LOCAL01', channelId: 'C0LOCALGEN', text: '/bridge help' },
      { signature: 'v0=0000' },
    );

    expect(delivery.status).toBe(401);
    expect(workspace.store.ephemerals('U0LOCAL01')).toHaveLength(0);
  });
});
