import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations, people } from '../../src/db/schema/index.js';
import type { EnteredValues } from '../../src/local/slack-sender.js';
import type { SlackView } from '../../src/local/slack-shapes.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually, openForm, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';

const convener = 'U0LOCAL01';
const channelId = 'C0LOCALWBL';
const retryHeaders = { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' };

function entered(fields: Record<string, string>): EnteredValues {
  return Object.fromEntries(Object.entries(fields).map(([blockId, value]) => [blockId, { value }]));
}

describe.each(drivers)('directory retries and hostile text through Slack on %s', (driver) => {
  let bridge: TestBridge;

  beforeAll(async () => {
    bridge = await startTestBridge({ driver });
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  const openAdd = (record: 'employer' | 'contact') =>
    openForm(bridge, convener, `${record}_form`, () =>
      bridge.local.sender.command({ userId: convener, channelId, text: `/bridge ${record} add` }),
    );

  async function submit(view: SlackView, values: EnteredValues, headers?: Record<string, string>) {
    const sent = await bridge.local.sender.viewSubmission(
      { userId: convener, view, values },
      headers ? { headers } : {},
    );
    expect(sent.status).toBe(200);

    return sent.body as { response_action?: string; errors?: Record<string, string> } | undefined;
  }

  const confirmations = (text: string) =>
    bridge.local.store
      .ephemerals(convener, channelId)
      .filter((message) => message.text.includes(text));

  const employersNamed = (name: string) =>
    bridge.database.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(eq(organizations.kind, 'employer'), eq(organizations.name, name)));

  it('saves a retried contact once', async () => {
    const view = await openAdd('contact');
    const values = entered({ name: 'Retry Contact Person' });

    const first = await submit(view, values);
    const retry = await submit(view, values, retryHeaders);
    await eventually(() => confirmations('Retry Contact Person').length > 0);
    const stored = await bridge.database.db
      .select({ id: people.id })
      .from(people)
      .where(eq(people.displayName, 'Retry Contact Person'));

    expect(first).toBeUndefined();
    expect(retry).toBeUndefined();
    expect(stored).toHaveLength(1);
    expect(confirmations('Retry Contact Person')).toHaveLength(1);
  });

  it('closes a retried employer form without an error', async () => {
    const view = await openAdd('employer');
    const values = entered({ name: 'Retry Employer Works' });

    await submit(view, values);
    const retry = await submit(view, values, retryHeaders);

    expect(retry).toBeUndefined();
    expect(await employersNamed('Retry Employer Works')).toHaveLength(1);
  });

  it('saves the same values again after a rejected save', async () => {
    const taken = await openAdd('employer');
    await submit(taken, entered({ name: 'Retry Taken Name' }));
    const view = await openAdd('employer');
    const values = entered({ name: 'Retry Taken Name' });

    const rejected = await submit(view, values);
    await bridge.database.db
      .update(organizations)
      .set({ name: 'Retry Renamed Meanwhile' })
      .where(eq(organizations.name, 'Retry Taken Name'));
    const accepted = await submit(view, values);

    expect(rejected?.errors?.name).toContain('already has an employer named');
    expect(accepted).toBeUndefined();
    expect(await employersNamed('Retry Taken Name')).toHaveLength(1);
  });

  it.each(['employer', 'contact'] as const)(
    'reports a malformed %s id as not found',
    async (record) => {
      const view = await openAdd(record);
      const metadata = JSON.parse(view.private_metadata) as Record<string, unknown>;
      const tampered = {
        ...view,
        private_metadata: JSON.stringify({ ...metadata, recordId: 'not-a-uuid' }),
      };

      const body = await submit(tampered, entered({ name: `Malformed ${record} id` }));

      expect(body?.errors?.name).toContain("is not in this partnership's directory");
      expect(body?.errors?.name).not.toContain('internal error');
    },
  );

  it.each([
    ['a negative offset', '{"offset":-15}'],
    ['an offset past any list', '{"offset":1000000000}'],
    ['text that is not JSON', 'next page'],
  ])('explains a page button with %s', async (_case, value) => {
    const before = confirmations('page button is no longer valid').length;
    const sent = await bridge.local.sender.blockAction({
      userId: convener,
      source: {
        kind: 'ephemeral',
        channelId,
        ephemeral: {
          channel: channelId,
          user: convener,
          message_ts: '1800000000.000100',
          text: 'Contacts not confirmed lately',
          blocks: [
            {
              type: 'actions',
              block_id: 'stale_contacts_page',
              elements: [
                {
                  type: 'button',
                  action_id: 'list_page_next',
                  text: { type: 'plain_text', text: 'Next' },
                  value,
                },
              ],
            },
          ],
        },
      },
      blockId: 'stale_contacts_page',
      actionId: 'list_page_next',
    });
    const replies = await eventually(() => {
      const found = confirmations('page button is no longer valid');
      return found.length > before ? found : undefined;
    });

    expect(sent.status).toBe(200);
    expect(replies.at(-1)?.text).toContain('`/bridge contacts stale` again');
  });

  it('rejects a card name with a NUL', async () => {
    const sent = await bridge.local.sender.command({
      userId: convener,
      channelId,
      text: '/bridge employer Coast\u0000line',
    });
    const reply = await eventually(() =>
      bridge.local.store
        .ephemerals(convener, channelId)
        .find((message) => message.text.includes('control character')),
    );

    expect(sent.status).toBe(200);
    expect(reply.text).toContain('Type the name again without it');
    expect(confirmations('internal error')).toEqual([]);
  });

  it('searches organizations for typed text with a NUL', async () => {
    const view = await openAdd('contact');
    const sent = await bridge.local.sender.blockSuggestion({
      userId: convener,
      source: { kind: 'view', view },
      blockId: 'contactOrganization',
      actionId: 'value',
      value: 'harbor\u0000',
    });
    const body = sent.body as { options?: Array<{ text: { text: string } }> };

    expect(sent.status).toBe(200);
    expect(body.options?.map((option) => option.text.text)).toContain(
      'Harbor Point Refining (employer)',
    );
  });
});
