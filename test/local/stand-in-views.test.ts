import type { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { issueTriggerId } from '../../src/local/trigger-ids.js';
import { botToken, startStandIn, webClient } from './servers.js';

const now = 1_733_322_000_000;
let standIn: Awaited<ReturnType<typeof startStandIn>>;
let client: WebClient;

beforeAll(async () => {
  standIn = await startStandIn({ clock: () => now });
  client = webClient(botToken, standIn.apiUrl);
});

afterAll(async () => {
  await standIn.close();
});

beforeEach(() => {
  standIn.store.reset();
});

const title = { type: 'plain_text' as const, text: 'New opportunity' };

function modal(blocks: unknown[] = [], extra: Record<string, unknown> = {}) {
  return {
    type: 'modal' as const,
    title,
    close: { type: 'plain_text' as const, text: 'Cancel' },
    blocks,
    ...extra,
  } as never;
}

const titleInput = {
  type: 'input',
  block_id: 'title',
  label: { type: 'plain_text', text: 'Title' },
  element: { type: 'plain_text_input', action_id: 'value' },
};

async function slackError(call: Promise<unknown>): Promise<Record<string, unknown>> {
  const error = await call.then(
    () => undefined,
    (failure: { data?: Record<string, unknown> }) => failure,
  );

  expect(error?.data).toBeDefined();
  return error?.data ?? {};
}

describe('views.open', () => {
  it('opens a modal for the trigger user', async () => {
    const triggerId = issueTriggerId('U0LOCAL02', now);

    const result = await client.views.open({
      trigger_id: triggerId,
      view: modal([], { callback_id: 'opportunity_new' }),
    });

    const view = result.view;
    expect(view?.id).toMatch(/^V[A-Z0-9]{10}$/);
    expect(view?.root_view_id).toBe(view?.id);
    expect(view?.hash).toMatch(/^\d+\.[0-9a-f]{8}$/);
    expect(view?.state).toEqual({ values: {} });
    expect(view?.callback_id).toBe('opportunity_new');
    expect(view?.app_id).toBe('A0LOCALAPP');
    expect(standIn.store.openViews('U0LOCAL02').map((open) => open.id)).toEqual([view?.id]);
  });

  it('other triggers open for the first user', async () => {
    await client.views.open({ trigger_id: 'test-trigger', view: modal() });

    expect(standIn.store.openViews('U0LOCAL01')).toHaveLength(1);
  });

  it('rejects a reused trigger', async () => {
    const triggerId = issueTriggerId('U0LOCAL03', now);
    await client.views.open({ trigger_id: triggerId, view: modal() });

    const data = await slackError(client.views.open({ trigger_id: triggerId, view: modal() }));

    expect(data.error).toBe('exchanged_trigger_id');
  });

  it('answers expired_trigger_id after 3 seconds', async () => {
    const triggerId = issueTriggerId('U0LOCAL03', now - 3001);

    const data = await slackError(client.views.open({ trigger_id: triggerId, view: modal() }));

    expect(data.error).toBe('expired_trigger_id');
  });

  it('answers invalid_arguments without a trigger', async () => {
    const data = await slackError(client.views.open({ trigger_id: '', view: modal() }));

    expect(data.error).toBe('invalid_arguments');
    expect(data.response_metadata).toMatchObject({ messages: ['invalid `trigger_id`'] });
  });

  it('rejects 101 modal blocks', async () => {
    const blocks = Array.from({ length: 101 }, () => ({ type: 'divider' }));

    const data = await slackError(client.views.open({ trigger_id: 't', view: modal(blocks) }));

    expect(data.error).toBe('invalid_arguments');
    expect(data.response_metadata).toMatchObject({
      messages: ['[ERROR] no more than 100 items allowed [json-pointer:/view/blocks]'],
    });
  });

  it('rejects a title over 24 characters', async () => {
    const view = modal([], { title: { type: 'plain_text', text: 'x'.repeat(25) } });

    const data = await slackError(client.views.open({ trigger_id: 't', view }));

    expect(data.response_metadata).toMatchObject({
      messages: ['[ERROR] must be less than 25 characters [json-pointer:/view/title/text]'],
    });
  });

  it('requires submit when the modal has inputs', async () => {
    const data = await slackError(
      client.views.open({ trigger_id: 't', view: modal([titleInput]) }),
    );

    expect(data.error).toBe('invalid_arguments');
  });

  it('rejects a stray initial option', async () => {
    const select = {
      type: 'input',
      block_id: 'type',
      label: { type: 'plain_text', text: 'Type' },
      element: {
        type: 'static_select',
        action_id: 'value',
        options: [{ text: { type: 'plain_text', text: 'Internship' }, value: 'internship' }],
        initial_option: { text: { type: 'plain_text', text: 'Tour' }, value: 'tour' },
      },
    };
    const view = modal([select], { submit: { type: 'plain_text', text: 'Save' } });

    const data = await slackError(client.views.open({ trigger_id: 't', view }));

    expect(data.response_metadata).toMatchObject({
      messages: [
        '[ERROR] initial_option must match one of the options ' +
          '[json-pointer:/view/blocks/0/element/initial_option]',
      ],
    });
  });
});

describe('views.update and views.push', () => {
  it('update by view_id changes the hash', async () => {
    const opened = await client.views.open({ trigger_id: 't', view: modal() });
    const id = opened.view?.id ?? '';

    const updated = await client.views.update({
      view_id: id,
      hash: opened.view?.hash,
      view: modal([{ type: 'divider' }]),
    });

    expect(updated.view?.id).toBe(id);
    expect(updated.view?.hash).not.toBe(opened.view?.hash);
    expect(standIn.store.openViews('U0LOCAL01')[0]?.blocks).toHaveLength(1);
  });

  it('updates by external_id', async () => {
    await client.views.open({ trigger_id: 't', view: modal([], { external_id: 'loading-1' }) });

    const updated = await client.views.update({
      external_id: 'loading-1',
      view: modal([{ type: 'divider' }]),
    });

    expect(updated.view?.blocks).toHaveLength(1);
  });

  it('answers hash_conflict for a stale hash', async () => {
    const opened = await client.views.open({ trigger_id: 't', view: modal() });
    const id = opened.view?.id ?? '';
    await client.views.update({ view_id: id, view: modal() });

    const data = await slackError(
      client.views.update({ view_id: id, hash: opened.view?.hash, view: modal() }),
    );

    expect(data.error).toBe('hash_conflict');
  });

  it('answers not_found for an unknown view', async () => {
    const data = await slackError(client.views.update({ view_id: 'V0NOTOPEN00', view: modal() }));

    expect(data.error).toBe('not_found');
  });

  it('stacks at most 3 views', async () => {
    const root = await client.views.open({ trigger_id: 't', view: modal() });
    const second = await client.views.push({ trigger_id: 't', view: modal() });
    await client.views.push({ trigger_id: 't', view: modal() });

    const data = await slackError(client.views.push({ trigger_id: 't', view: modal() }));

    const stack = standIn.store.openViews('U0LOCAL01');
    expect(data.error).toBe('push_limit_reached');
    expect(stack).toHaveLength(3);
    expect(second.view?.previous_view_id).toBe(root.view?.id);
    expect(second.view?.root_view_id).toBe(root.view?.id);
  });
});

describe('views.publish', () => {
  const home = (text: string) => ({
    type: 'home' as const,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
  });

  it('publishes a Home tab per user', async () => {
    const first = await client.views.publish({ user_id: 'U0LOCAL04', view: home('Hello Sam') });
    const second = await client.views.publish({ user_id: 'U0LOCAL04', view: home('Hello again') });

    expect(second.view?.id).toBe(first.view?.id);
    expect(standIn.store.homeView('U0LOCAL04')?.blocks[0]?.text).toEqual({
      type: 'mrkdwn',
      text: 'Hello again',
    });
    expect(standIn.store.homeView('U0LOCAL05')).toBeUndefined();
  });

  it('answers hash_conflict for a stale hash', async () => {
    const first = await client.views.publish({ user_id: 'U0LOCAL04', view: home('a') });
    await client.views.publish({ user_id: 'U0LOCAL04', view: home('b') });

    const data = await slackError(
      client.views.publish({ user_id: 'U0LOCAL04', hash: first.view?.hash, view: home('c') }),
    );

    expect(data.error).toBe('hash_conflict');
  });

  it('answers user_not_found for an unknown user', async () => {
    const data = await slackError(client.views.publish({ user_id: 'U0NOBODY', view: home('x') }));

    expect(data.error).toBe('user_not_found');
  });
});
