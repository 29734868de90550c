import { createHmac, timingSafeEqual } from 'node:crypto';
import express, { type Request, type Response } from 'express';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSlackSender, type SlackSender } from '../../src/local/slack-sender.js';
import type { SlackMessage, SlackView } from '../../src/local/slack-shapes.js';
import { parseTriggerId } from '../../src/local/trigger-ids.js';
import { listen } from './servers.js';

const signingSecret = 'sender-test-secret';
const now = 1_733_322_000_000;

interface Received {
  headers: Request['headers'];
  body: string;
}

let received: Received[] = [];
let respond: (response: Response) => void = (response) => response.status(200).end();
let server: Awaited<ReturnType<typeof listen>>;
let sender: SlackSender;

beforeAll(async () => {
  const app = express();
  app.post('/slack/events', express.text({ type: () => true }), (request, response) => {
    received.push({ headers: request.headers, body: request.body as string });
    respond(response);
  });
  server = await listen(app);
  sender = createSlackSender({
    eventsUrl: `${server.origin}/slack/events`,
    signingSecret,
    responseUrlBase: `${server.origin}/local/slack/respond`,
    clock: () => now,
    ackTimeoutMs: 500,
  });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  received = [];
  respond = (response) => response.status(200).end();
});

function lastRequest(): Received {
  const request = received.at(-1);

  expect(request).toBeDefined();
  return request as Received;
}

/** Returns the interaction payload of the last request, decoded from `payload=<json>`. */
// biome-ignore lint/suspicious/noExplicitAny: assertions read deep into Slack's JSON payloads.
function lastPayload(): Record<string, any> {
  const payload = new URLSearchParams(lastRequest().body).get('payload');

  return JSON.parse(payload ?? 'null');
}

const option = (text: string, value: string) => ({ text: { type: 'plain_text', text }, value });

function input(blockId: string, element: Record<string, unknown>) {
  return {
    type: 'input',
    block_id: blockId,
    label: { type: 'plain_text', text: blockId },
    element,
  };
}

const formBlocks = [
  input('title', { type: 'plain_text_input', action_id: 'value', initial_value: 'Welding intern' }),
  input('type', {
    type: 'static_select',
    action_id: 'value',
    option_groups: [
      {
        label: { type: 'plain_text', text: 'Paid' },
        options: [option('Internship', 'internship')],
      },
    ],
  }),
  input('startsOn', { type: 'datepicker', action_id: 'value' }),
  input('startTime', { type: 'timepicker', action_id: 'value' }),
  input('slots', { type: 'number_input', action_id: 'value', is_decimal_allowed: false }),
  input('conversation', { type: 'conversations_select', action_id: 'value' }),
  input('channel', { type: 'channels_select', action_id: 'value' }),
  input('paid', {
    type: 'radio_buttons',
    action_id: 'value',
    options: [option('Yes', 'yes'), option('No', 'no')],
  }),
  input('wbl', {
    type: 'checkboxes',
    action_id: 'value',
    options: [option('Tours', 'tours'), option('Mentors', 'mentors')],
  }),
  input('contact', { type: 'users_select', action_id: 'value' }),
  input('notes', { type: 'plain_text_input', action_id: 'value', multiline: true }),
];

function storedView(blocks: unknown[], type: 'modal' | 'home' = 'modal'): SlackView {
  return {
    id: 'V0TESTVIEW0',
    team_id: 'T0LOCAL',
    type,
    title: { type: 'plain_text', text: 'New opportunity' },
    submit: { type: 'plain_text', text: 'Save' },
    close: null,
    blocks: blocks as SlackView['blocks'],
    private_metadata: '{"channel":"C0LOCALWBL"}',
    callback_id: 'opportunity_new',
    external_id: '',
    state: { values: {} },
    hash: '1733322000.abcdef12',
    clear_on_close: false,
    notify_on_close: true,
    root_view_id: 'V0TESTVIEW0',
    previous_view_id: null,
    app_id: 'A0LOCALAPP',
    app_installed_team_id: 'T0LOCAL',
    bot_id: 'B0LOCALBOT',
  };
}

const rsvpMessage: SlackMessage = {
  type: 'message',
  ts: '1733322000.000100',
  text: 'Career fair',
  user: 'U0LOCALBOT',
  team: 'T0LOCAL',
  bot_id: 'B0LOCALBOT',
  blocks: [
    {
      type: 'actions',
      block_id: 'rsvp',
      elements: [
        {
          type: 'button',
          action_id: 'rsvp_going',
          text: { type: 'plain_text', text: 'Going' },
          value: 'event-7',
          style: 'primary',
        },
        {
          type: 'static_select',
          action_id: 'shift',
          options: [option('Morning', 'am'), option('Afternoon', 'pm')],
        },
        { type: 'overflow', action_id: 'more', options: [option('Share', 'share')] },
      ],
    },
  ],
};

describe('request signing', () => {
  it('signs each request with the signing secret', async () => {
    await sender.command({ userId: 'U0LOCAL01', channelId: 'C0LOCALGEN', text: '/bridge help' });

    const { headers, body } = lastRequest();
    const timestamp = String(headers['x-slack-request-timestamp']);
    const digest = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`);
    const expected = `v0=${digest.digest('hex')}`;
    const signature = String(headers['x-slack-signature']);
    expect(timestamp).toBe(String(now / 1000));
    expect(timingSafeEqual(Buffer.from(signature), Buffer.from(expected))).toBe(true);
  });

  it('sends overridden headers, timestamp and body', async () => {
    const options = {
      headers: { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' },
      timestamp: 1_700_000_000,
      rawBody: 'tampered=1',
    };

    await sender.command(
      { userId: 'U0LOCAL01', channelId: 'C0LOCALGEN', text: '/bridge help' },
      options,
    );

    const { headers, body } = lastRequest();
    const expected = createHmac('sha256', signingSecret)
      .update('v0:1700000000:tampered=1')
      .digest('hex');
    expect(headers['x-slack-retry-num']).toBe('1');
    expect(headers['x-slack-retry-reason']).toBe('http_timeout');
    expect(body).toBe('tampered=1');
    expect(headers['x-slack-signature']).toBe(`v0=${expected}`);
  });

  it('sends a given signature unchanged', async () => {
    await sender.command(
      { userId: 'U0LOCAL01', channelId: 'C0LOCALGEN', text: '/bridge' },
      { signature: 'v0=deadbeef' },
    );

    expect(lastRequest().headers['x-slack-signature']).toBe('v0=deadbeef');
  });
});

describe('slash commands', () => {
  it('sends Slack form fields', async () => {
    const delivery = await sender.command({
      userId: 'U0LOCAL03',
      channelId: 'C0LOCALWBL',
      text: '/bridge opportunity  new',
    });

    const fields = Object.fromEntries(new URLSearchParams(lastRequest().body));
    expect(lastRequest().headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(fields).toMatchObject({
      token: 'local-verification-token',
      team_id: 'T0LOCAL',
      team_domain: 'gulf-bend-local',
      channel_id: 'C0LOCALWBL',
      channel_name: 'wbl-partnership',
      user_id: 'U0LOCAL03',
      user_name: 'priya.nair',
      command: '/bridge',
      text: 'opportunity  new',
      api_app_id: 'A0LOCALAPP',
      is_enterprise_install: 'false',
      response_url: delivery.responseUrl,
      trigger_id: delivery.triggerId,
    });
    expect(parseTriggerId(fields.trigger_id ?? '')).toEqual({
      userId: 'U0LOCAL03',
      issuedAtMs: now,
    });
    expect(delivery.responseUrl).toMatch(/\/local\/slack\/respond\/C0LOCALWBL-[0-9a-f]{24}$/);
  });

  it('names a DM channel directmessage', async () => {
    await sender.command({ userId: 'U0LOCAL02', channelId: 'D0LOCAL02', text: '/bridge' });

    expect(new URLSearchParams(lastRequest().body).get('channel_name')).toBe('directmessage');
  });

  it('returns the JSON acknowledgement', async () => {
    respond = (response) => response.json({ response_type: 'ephemeral', text: 'Working on it' });

    const delivery = await sender.command({
      userId: 'U0LOCAL01',
      channelId: 'C0LOCALGEN',
      text: '/bridge',
    });

    expect(delivery.status).toBe(200);
    expect(delivery.body).toEqual({ response_type: 'ephemeral', text: 'Working on it' });
    expect(delivery.timedOut).toBe(false);
  });

  it('reports a late acknowledgement', async () => {
    respond = (response) => {
      setTimeout(() => response.status(200).end(), 1500);
    };

    const delivery = await sender.command({
      userId: 'U0LOCAL01',
      channelId: 'C0LOCALGEN',
      text: '/bridge',
    });

    expect(delivery.timedOut).toBe(true);
    expect(delivery.status).toBe(0);
  });
});

describe('block_actions', () => {
  it('describes a button click on a message', async () => {
    const source = { kind: 'message' as const, channelId: 'C0LOCALEVT', message: rsvpMessage };

    const delivery = await sender.blockAction({
      userId: 'U0LOCAL04',
      source,
      blockId: 'rsvp',
      actionId: 'rsvp_going',
    });

    const payload = lastPayload();
    expect(payload.type).toBe('block_actions');
    expect(payload.user).toEqual({
      id: 'U0LOCAL04',
      username: 'sam.ortiz',
      name: 'sam.ortiz',
      team_id: 'T0LOCAL',
    });
    expect(payload.team).toEqual({ id: 'T0LOCAL', domain: 'gulf-bend-local' });
    expect(payload.container).toEqual({
      type: 'message',
      message_ts: '1733322000.000100',
      channel_id: 'C0LOCALEVT',
      is_ephemeral: false,
    });
    expect(payload.channel).toEqual({ id: 'C0LOCALEVT', name: 'career-events' });
    expect(payload.message.ts).toBe('1733322000.000100');
    expect(payload.response_url).toBe(delivery.responseUrl);
    expect(payload.trigger_id).toBe(delivery.triggerId);
    expect(payload.actions).toEqual([
      {
        type: 'button',
        action_id: 'rsvp_going',
        block_id: 'rsvp',
        text: { type: 'plain_text', text: 'Going' },
        value: 'event-7',
        style: 'primary',
        action_ts: '1733322000.000000',
      },
    ]);
  });

  it('describes a selection and an overflow choice', async () => {
    const source = { kind: 'message' as const, channelId: 'C0LOCALEVT', message: rsvpMessage };

    await sender.blockAction({
      userId: 'U0LOCAL04',
      source,
      blockId: 'rsvp',
      actionId: 'shift',
      value: 'pm',
    });
    const selection = lastPayload();
    await sender.blockAction({
      userId: 'U0LOCAL04',
      source,
      blockId: 'rsvp',
      actionId: 'more',
      value: 'share',
    });
    const overflow = lastPayload();

    expect(selection.actions[0].selected_option).toEqual(option('Afternoon', 'pm'));
    expect(selection.state.values.rsvp.shift).toEqual({
      type: 'static_select',
      selected_option: option('Afternoon', 'pm'),
    });
    expect(overflow.actions[0].selected_option).toEqual(option('Share', 'share'));
  });

  it('omits the message for an ephemeral', async () => {
    const ephemeral = {
      channel: 'C0LOCALWBL',
      user: 'U0LOCAL02',
      message_ts: '1733322000.000200',
      text: 'Pick one',
      blocks: rsvpMessage.blocks,
    };
    const source = { kind: 'ephemeral' as const, channelId: 'C0LOCALWBL', ephemeral };

    await sender.blockAction({
      userId: 'U0LOCAL02',
      source,
      blockId: 'rsvp',
      actionId: 'rsvp_going',
    });

    const payload = lastPayload();
    expect(payload.container).toMatchObject({
      message_ts: '1733322000.000200',
      is_ephemeral: true,
    });
    expect(payload.message).toBeUndefined();
    expect(payload.response_url).toBeDefined();
  });

  it('sends view state for modal actions', async () => {
    const button = {
      type: 'actions',
      block_id: 'tools',
      elements: [
        { type: 'button', action_id: 'add_program', text: { type: 'plain_text', text: 'Add' } },
      ],
    };
    const view = storedView([...formBlocks, button]);
    const source = { kind: 'view' as const, view };

    await sender.blockAction({
      userId: 'U0LOCAL01',
      source,
      blockId: 'tools',
      actionId: 'add_program',
      values: { title: { value: 'Machining intern' } },
    });

    const payload = lastPayload();
    expect(payload.container).toEqual({ type: 'view', view_id: 'V0TESTVIEW0' });
    expect(payload.view.state.values.title.value).toEqual({
      type: 'plain_text_input',
      value: 'Machining intern',
    });
    expect(payload.response_url).toBeUndefined();
    expect(payload.channel).toBeUndefined();
  });

  it('rejects an unknown element', async () => {
    const source = { kind: 'message' as const, channelId: 'C0LOCALEVT', message: rsvpMessage };

    await expect(
      sender.blockAction({ userId: 'U0LOCAL04', source, blockId: 'rsvp', actionId: 'missing' }),
    ).rejects.toThrow('No element rsvp/missing in the message');
  });
});

describe('view_submission and view_closed', () => {
  it('shapes state values per element type', async () => {
    respond = (response) =>
      response.json({ response_action: 'errors', errors: { title: 'Too short' } });

    const delivery = await sender.viewSubmission({
      userId: 'U0LOCAL02',
      view: storedView(formBlocks),
      values: {
        type: { value: 'internship' },
        startsOn: { value: '2025-06-02' },
        startTime: { value: '08:30' },
        slots: { value: '4' },
        conversation: { value: 'C0LOCALWBL' },
        channel: { value: 'C0LOCALEVT' },
        paid: { value: 'yes' },
        wbl: { value: ['tours', 'mentors'] },
        contact: { value: 'U0LOCAL03' },
        notes: { value: '' },
      },
    });

    const payload = lastPayload();
    expect(payload.type).toBe('view_submission');
    expect(payload.view.callback_id).toBe('opportunity_new');
    expect(payload.view.private_metadata).toBe('{"channel":"C0LOCALWBL"}');
    expect(payload.view.state.values).toEqual({
      title: { value: { type: 'plain_text_input', value: 'Welding intern' } },
      type: {
        value: { type: 'static_select', selected_option: option('Internship', 'internship') },
      },
      startsOn: { value: { type: 'datepicker', selected_date: '2025-06-02' } },
      startTime: { value: { type: 'timepicker', selected_time: '08:30' } },
      slots: { value: { type: 'number_input', value: '4' } },
      conversation: {
        value: { type: 'conversations_select', selected_conversation: 'C0LOCALWBL' },
      },
      channel: { value: { type: 'channels_select', selected_channel: 'C0LOCALEVT' } },
      paid: { value: { type: 'radio_buttons', selected_option: option('Yes', 'yes') } },
      wbl: {
        value: {
          type: 'checkboxes',
          selected_options: [option('Tours', 'tours'), option('Mentors', 'mentors')],
        },
      },
      contact: { value: { type: 'users_select', selected_user: 'U0LOCAL03' } },
      notes: { value: { type: 'plain_text_input', value: null } },
    });
    expect(delivery.body).toEqual({ response_action: 'errors', errors: { title: 'Too short' } });
  });

  it('sends view_closed with is_cleared', async () => {
    await sender.viewClosed({ userId: 'U0LOCAL02', view: storedView([]), isCleared: true });

    const payload = lastPayload();
    expect(payload.type).toBe('view_closed');
    expect(payload.is_cleared).toBe(true);
    expect(payload.view.id).toBe('V0TESTVIEW0');
  });

  it('asks for external options with block_suggestion', async () => {
    respond = (response) => response.json({ options: [option('Gulf Coast Fabrication', 'org-1')] });
    const view = storedView([input('employer', { type: 'external_select', action_id: 'value' })]);

    const delivery = await sender.blockSuggestion({
      userId: 'U0LOCAL01',
      source: { kind: 'view', view },
      blockId: 'employer',
      actionId: 'value',
      value: 'gulf',
    });

    expect(lastPayload()).toMatchObject({
      type: 'block_suggestion',
      block_id: 'employer',
      action_id: 'value',
      value: 'gulf',
    });
    expect(delivery.body).toEqual({ options: [option('Gulf Coast Fabrication', 'org-1')] });
  });
});

describe('events', () => {
  it('wraps app_home_opened in an event_callback', async () => {
    await sender.appHomeOpened({ userId: 'U0LOCAL05' });

    const { headers, body } = lastRequest();
    const envelope = JSON.parse(body);
    expect(headers['content-type']).toBe('application/json');
    expect(envelope).toMatchObject({
      type: 'event_callback',
      team_id: 'T0LOCAL',
      api_app_id: 'A0LOCALAPP',
      event_time: now / 1000,
      event: { type: 'app_home_opened', user: 'U0LOCAL05', channel: 'D0LOCAL05', tab: 'home' },
      authorizations: [{ team_id: 'T0LOCAL', user_id: 'U0LOCALBOT', is_bot: true }],
    });
    expect(envelope.event_id).toMatch(/^Ev0[A-Z0-9]{9}$/);
  });
});
