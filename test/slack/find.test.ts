import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations } from '../../src/db/schema/index.js';
import type { StoredEphemeral } from '../../src/local/slack-shapes.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';

const now = () => new Date('2027-01-11T15:00:00Z');
const convener = 'U0LOCAL01';
const educator = 'U0LOCAL04';

describe.each(drivers)('/bridge find through Slack on %s', (driver) => {
  let bridge: TestBridge;

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now });
    const [demo] = await bridge.database.db
      .select({ partnershipId: organizations.partnershipId })
      .from(organizations)
      .where(eq(organizations.name, 'Coastline Welding & Fabrication'));
    await bridge.database.db.insert(organizations).values(
      Array.from({ length: 45 }, (_, index) => ({
        partnershipId: demo?.partnershipId ?? '',
        kind: 'employer' as const,
        name: `Quillmate Employer ${String(index).padStart(2, '0')}`,
      })),
    );
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  /** Sends `/bridge find …` and returns the ephemeral reply it adds. */
  async function find(text: string, channelId: string, userId = convener) {
    const before = new Set(
      bridge.local.store.ephemerals(userId, channelId).map((ephemeral) => ephemeral.message_ts),
    );
    const sent = await bridge.local.sender.command({
      userId,
      channelId,
      text: `/bridge find ${text}`,
    });

    expect(sent.status).toBe(200);

    return eventually(() =>
      bridge.local.store
        .ephemerals(userId, channelId)
        .find((ephemeral) => !before.has(ephemeral.message_ts)),
    );
  }

  function blockText(ephemeral: StoredEphemeral): string {
    return JSON.stringify(ephemeral.blocks ?? []);
  }

  it('answers a typo with welding matches', async () => {
    const reply = await find('weldng', 'C0LOCALWBL');

    expect(reply.text).toContain('for `weldng`');
    expect(reply.text).toContain('Coastline Welding &amp; Fabrication');
    expect(reply.text).toContain('Summer welding internship (Internship opportunity)');
    expect(blockText(reply)).toContain(
      'Card: `/bridge employer Coastline Welding &amp; Fabrication`',
    );
  });

  it('finds a name typed with an ampersand entity', async () => {
    const reply = await find('Coastline Welding &amp; Fabrication', 'C0LOCALEVT', educator);
    const firstResult = (reply.blocks?.[1] as { text?: { text?: string } } | undefined)?.text?.text;

    expect(firstResult).toContain('*Coastline Welding &amp; Fabrication* · Employer');
  });

  it('finds an industry need by SOC code', async () => {
    const reply = await find('51-4121', 'C0LOCALWBL', educator);
    const firstResult = (reply.blocks?.[1] as { text?: { text?: string } } | undefined)?.text?.text;

    expect(reply.text).toContain(
      '• Structural welder (Industry need): Coastline Welding &amp; Fabrication · SOC 51-4121 · 12 openings a year · 12 months',
    );
    expect(firstResult).toContain('*Structural welder* · Industry need');
    expect(firstResult).toContain('Card: `/bridge employer Coastline Welding &amp; Fabrication`');
  });

  it('finds contacts by their employer', async () => {
    const reply = await find('coastline welding &amp; fabrication', 'C0LOCALWBL', educator);

    expect(reply.text).toContain('• Lupe Hinojosa (Contact): Office Manager at Coastline Welding');
    expect(reply.text).toContain('• Marcus Lee (Contact)');
  });

  it('says when nothing matches', async () => {
    const reply = await find('zzqxv', 'C0LOCALEVT', educator);

    expect(reply.text).toContain('No matches for `zzqxv`');
    expect(reply.text).toContain('Check the spelling');
  });

  it('pages with Next and Previous', async () => {
    const channelId = 'C0LOCALGEN';
    const first = await find('quillmate', channelId);
    const ephemeralCount = bridge.local.store.ephemerals(convener, channelId).length;
    const click = async (ephemeral: StoredEphemeral, actionId: string) => {
      const clicked = await bridge.local.sender.blockAction({
        userId: convener,
        source: { kind: 'ephemeral', channelId, ephemeral },
        blockId: 'find_page',
        actionId,
      });
      expect(clicked.status).toBe(200);
    };
    const pageShowing = (range: string) =>
      eventually(() =>
        bridge.local.store
          .ephemerals(convener, channelId)
          .find((ephemeral) => blockText(ephemeral).includes(range)),
      );
    const namesOn = (ephemeral: StoredEphemeral) =>
      ephemeral.text.match(/Quillmate Employer \d+/g) ?? [];

    expect(blockText(first)).toContain('Showing 1–20 of 45.');

    await click(first, 'list_page_next');
    const second = await pageShowing('Showing 21–40 of 45.');
    await click(second, 'list_page_next');
    const third = await pageShowing('Showing 41–45 of 45.');
    await click(third, 'list_page_previous');
    const back = await pageShowing('Showing 21–40 of 45.');

    const seen = new Set([...namesOn(first), ...namesOn(second), ...namesOn(third)]);

    expect(bridge.local.store.ephemerals(convener, channelId)).toHaveLength(ephemeralCount);
    expect(seen.size).toBe(45);
    expect(namesOn(back)).toEqual(namesOn(second));
    expect(blockText(third)).not.toContain('list_page_next');
  });

  it('rejects a forged page value', async () => {
    const channelId = 'C0LOCALEVT';
    const reply = await find('quillmate', channelId, educator);
    const blocks = (reply.blocks ?? []).map((block) =>
      block.type === 'actions'
        ? { ...block, elements: [{ ...(block.elements as object[])[0], value: '{}' }] }
        : block,
    );
    const ephemeral = { ...reply, blocks };
    const before = bridge.local.store.ephemerals(educator, channelId).length;

    await bridge.local.sender.blockAction({
      userId: educator,
      source: { kind: 'ephemeral', channelId, ephemeral },
      blockId: 'find_page',
      actionId: 'list_page_next',
    });
    const notice = await eventually(() =>
      bridge.local.store
        .ephemerals(educator, channelId)
        .find((message) => message.text.startsWith('That page button is no longer valid')),
    );

    expect(notice.text).toContain('`/bridge find`');
    expect(bridge.local.store.ephemerals(educator, channelId)).toHaveLength(before + 1);
  });

  it('escapes hostile text', async () => {
    const reply = await find('<!channel> *bold* `tick`', 'C0LOCALWBL', educator);

    expect(reply.text).toContain("`&lt;!channel&gt; *bold* 'tick'`");
    expect(reply.text).not.toContain('<!channel>');
    expect(blockText(reply)).not.toContain('<!channel>');
  });

  it('answers a 200-character search', async () => {
    const query = `${'welding % _ \\ '.repeat(15).slice(0, 199)}x`;
    const reply = await find(query, 'C0LOCALWBL', educator);

    expect(query).toHaveLength(200);
    expect(reply.text).toMatch(/matches\* for `welding/);
    expect(reply.text).toContain('…`');
  });
});
