import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations, partnerships, people, programs } from '../../src/db/schema/index.js';
import type { SlackBlock, StoredEphemeral } from '../../src/local/slack-shapes.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';

const now = () => new Date('2027-01-11T15:00:00Z');
const channelId = 'C0LOCALWBL';
const convener = 'U0LOCAL01';
const marcus = 'U0LOCAL02';
const sam = 'U0LOCAL04';

interface Button {
  blockId: string;
  actionId: string;
  value: string;
  text: string;
}

/** Lists every button of a stored message, with the block that contains it. */
function buttonsOf(message: StoredEphemeral): Button[] {
  const elementsOf = (block: SlackBlock): unknown[] => {
    if (block.type === 'actions' && Array.isArray(block.elements)) return block.elements;
    if (block.type === 'section' && block.accessory) return [block.accessory];
    return [];
  };

  return (message.blocks ?? []).flatMap((block) =>
    elementsOf(block).flatMap((element) => {
      const button = element as {
        type?: string;
        action_id?: string;
        value?: string;
        text?: { text?: string };
      };

      if (button.type !== 'button') return [];

      return [
        {
          blockId: String(block.block_id),
          actionId: button.action_id ?? '',
          value: button.value ?? '',
          text: button.text?.text ?? '',
        },
      ];
    }),
  );
}

/** Joins the visible text of a message: its header, sections and context lines. */
function textOf(message: StoredEphemeral): string {
  return (message.blocks ?? [])
    .flatMap((block) => {
      const parts: string[] = [];
      const text = block.text as { text?: string } | undefined;

      if (text?.text) parts.push(text.text);
      if (block.type === 'context' && Array.isArray(block.elements)) {
        for (const element of block.elements as Array<{ text?: string }>) {
          if (element.text) parts.push(element.text);
        }
      }

      return parts;
    })
    .join('\n');
}

function blockTextOf(message: StoredEphemeral): string {
  return JSON.stringify(message.blocks ?? []);
}

describe.each(drivers)('directory cards through Slack on %s', (driver) => {
  let bridge: TestBridge;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now });
    const rows = await bridge.database.db
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations);

    for (const row of rows) ids[row.name] = row.id;
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  /** Sends `/bridge …` and returns the ephemeral reply. */
  async function command(userId: string, text: string): Promise<StoredEphemeral> {
    const before = bridge.local.store.ephemerals(userId, channelId).length;
    const sent = await bridge.local.sender.command({ userId, channelId, text: `/bridge ${text}` });

    expect(sent.status).toBe(200);

    return eventually(() => bridge.local.store.ephemerals(userId, channelId)[before]);
  }

  function editValues(message: StoredEphemeral): string[] {
    return buttonsOf(message)
      .filter((button) => button.actionId === 'directory_edit')
      .map((button) => button.value);
  }

  it('shows an employer card by partial name', async () => {
    const card = await command(convener, 'employer coastline welding');
    const text = textOf(card);

    expect(card.blocks?.[0]?.type).toBe('header');
    expect(text).toContain('Coastline Welding & Fabrication');
    expect(text).toContain('*Industry:* NAICS 332312, Manufacturing');
    expect(text).toContain('*Size:* 50-249 employees');
    expect(text).toContain('78374');
    expect(text).toContain('*Lupe Hinojosa*, Office Manager');
    expect(text).toContain('*Marcus Lee*');
    expect(text).toContain('*Structural welder* · SOC 51-4121 · 12 openings a year');
    expect(text).toContain('*Summer welding internship* · Internship');
    expect(text).toContain('`/bridge opportunity new`');
    expect(text).not.toContain('Closest match');
  });

  it('shows the closest employer for a typo', async () => {
    const card = await command(convener, 'employer coastlin weldng');
    const text = textOf(card);

    expect(text).toContain('Closest match for “coastlin weldng”.');
    expect(text).toContain('*Lupe Hinojosa*');
  });

  it('reads an escaped ampersand', async () => {
    const card = await command(convener, 'employer coastline welding &amp; fabrication');

    expect(textOf(card)).toContain('*Lupe Hinojosa*');
  });

  it('shows a district card', async () => {
    const card = await command(convener, 'district port alder isd');
    const text = textOf(card);

    expect(text).toContain('Port Alder ISD');
    expect(text).toContain('*Campuses* (3)');
    expect(text).toMatch(/\*Port Alder High School\* · ZIP 78374\n\d+ programs: [^\n]*Welding/);
    expect(text).toContain('*Port Alder Maritime Academy*');
    expect(text).toContain('*Brian Whitfield*, Work-Based Learning Coordinator · Port Alder ISD');
    expect(text).toMatch(/\*\d+ open opportunit(y|ies)\* in those clusters/);
  });

  it('shows a program card with partners', async () => {
    const card = await command(convener, 'program welding');
    const text = textOf(card);

    expect(text).toContain('*Campus:* Port Alder High School (Port Alder ISD)');
    expect(text).toContain('*CIP code:* 48.0508');
    expect(text).toContain('*Work-based learning it lacks:* Internship, Equipment donation');
    expect(text).toContain(
      '• *Coastline Welding &amp; Fabrication*: needs Structural welder (51-4121)',
    );
    const [welding] = await bridge.database.db
      .select({ id: programs.id })
      .from(programs)
      .where(eq(programs.name, 'Welding'));

    expect(editValues(card)).toEqual([`program:${welding?.id}`]);
  });

  it('lists candidates for an ambiguous name', async () => {
    const list = await command(convener, 'employer coastal');
    const shows = buttonsOf(list).filter((button) => button.actionId === 'directory_card');

    expect(textOf(list)).toContain('employers match “coastal”; choose one:');
    expect(shows.length).toBeGreaterThan(1);
    expect(shows.map((button) => button.value)).toContain(
      `employer:${ids['Coastal Staffing Solutions']}`,
    );
    expect(list.text).toContain('`/bridge employer Coastal Staffing Solutions`');

    const chosen = shows.find((button) =>
      button.value.endsWith(ids['Coastal Staffing Solutions'] ?? ''),
    );

    if (!chosen) throw new Error('no Show button for Coastal Staffing Solutions');

    const clicked = await bridge.local.sender.blockAction({
      userId: convener,
      source: { kind: 'ephemeral', channelId, ephemeral: list },
      blockId: chosen.blockId,
      actionId: chosen.actionId,
    });

    expect(clicked.status).toBe(200);

    const card = await eventually(() =>
      bridge.local.store
        .ephemerals(convener, channelId)
        .find(
          (message) =>
            message.blocks?.[0]?.type === 'header' &&
            message.text.startsWith('Coastal Staffing Solutions'),
        ),
    );

    expect(textOf(card)).toContain('*Industry:* NAICS 561320');
  });

  it('rejects a forged Show value', async () => {
    const list = await command(convener, 'district isd');
    const forged: StoredEphemeral = {
      ...list,
      blocks: (list.blocks ?? []).map((block) =>
        block.accessory
          ? {
              ...block,
              accessory: { ...(block.accessory as object), value: 'district:not-a-uuid' },
            }
          : block,
      ),
    };
    const show = buttonsOf(forged).find((button) => button.actionId === 'directory_card');

    if (!show) throw new Error('no Show button');

    await bridge.local.sender.blockAction({
      userId: convener,
      source: { kind: 'ephemeral', channelId, ephemeral: forged },
      blockId: show.blockId,
      actionId: show.actionId,
    });

    const reply = await eventually(() =>
      bridge.local.store
        .ephemerals(convener, channelId)
        .find((message) => message.text.startsWith('That district is no longer')),
    );

    expect(reply.text).toBe(
      'That district is no longer in the directory. Search for it again with `/bridge find &lt;words&gt;`.',
    );
  });

  it('suggests a search for an unknown name', async () => {
    const reply = await command(convener, 'employer quasar zeppelin works');

    expect(reply.text).toBe(
      'No employer matches “quasar zeppelin works”. Check the spelling, or search the whole directory with `/bridge find quasar zeppelin works`.',
    );
  });

  it('shows Edit to the convener', async () => {
    const card = await command(convener, 'employer coastline welding & fabrication');

    expect(editValues(card)).toContain(`employer:${ids['Coastline Welding & Fabrication']}`);
  });

  it('shows Edit and Add to employer staff', async () => {
    const card = await command(marcus, 'employer coastline welding & fabrication');
    const buttons = buttonsOf(card);
    const edits = editValues(card);

    expect(edits).toContain(`employer:${ids['Coastline Welding & Fabrication']}`);
    expect(edits.filter((value) => value.startsWith('contact:')).length).toBeGreaterThan(0);
    expect(buttons.map((button) => button.text)).toEqual(
      expect.arrayContaining(['Add a need', 'Add a contact']),
    );
  });

  it("hides Edit from other employers' staff", async () => {
    const card = await command(marcus, 'employer harbor point refining');

    expect(textOf(card)).toContain('*Gregory Fontenot*');
    expect(buttonsOf(card)).toEqual([]);
  });

  it('shows no Edit to an educator', async () => {
    const card = await command(sam, 'employer coastline welding & fabrication');

    expect(textOf(card)).toContain('*Lupe Hinojosa*');
    expect(buttonsOf(card)).toEqual([]);
  });

  it('opens Add a need with the employer chosen', async () => {
    const card = await command(marcus, 'employer coastline welding & fabrication');
    const add = buttonsOf(card).find((button) => button.text === 'Add a need');

    if (!add) throw new Error('no Add a need button');

    const clicked = await bridge.local.sender.blockAction({
      userId: marcus,
      source: { kind: 'ephemeral', channelId, ephemeral: card },
      blockId: add.blockId,
      actionId: add.actionId,
    });

    expect(clicked.status).toBe(200);

    const form = await eventually(() =>
      bridge.local.store.openViews(marcus).find((view) => view.callback_id === 'need_form'),
    );

    expect(JSON.stringify(form.blocks)).toContain('Coastline Welding');
  });

  it('never shows another partnership’s employer', async () => {
    const db = bridge.database.db;
    const [other] = await db
      .insert(partnerships)
      .values({ name: 'Lakeview Partnership' })
      .returning({ id: partnerships.id });

    if (!other) throw new Error('no partnership');

    await db
      .insert(organizations)
      .values({ partnershipId: other.id, kind: 'employer', name: 'Lakeview Foundry' });

    const reply = await command(convener, 'employer lakeview foundry');

    expect(reply.text).toContain('No employer matches “lakeview foundry”');
  });

  it('follows a card’s more command to every contact', async () => {
    const db = bridge.database.db;
    const [demo] = await db
      .select({ partnershipId: organizations.partnershipId })
      .from(organizations)
      .where(eq(organizations.name, 'Coastline Welding & Fabrication'));
    const partnershipId = demo?.partnershipId ?? '';
    const [employer] = await db
      .insert(organizations)
      .values({ partnershipId, kind: 'employer', name: 'Tidewater Marine & Rigging' })
      .returning({ id: organizations.id });
    const names = Array.from({ length: 25 }, (_, index) => `Deckhand ${index + 100}`);

    await db
      .insert(people)
      .values(
        names.map((displayName) => ({ partnershipId, organizationId: employer?.id, displayName })),
      );

    const card = await command(convener, 'employer tidewater marine &amp; rigging');
    const note = textOf(card).match(/15 more contacts not shown\. See them with `([^`]+)`\./);

    expect(note?.[1]).toBe('/bridge find Tidewater Marine &amp; Rigging');

    // The command span shows `&amp;` for `&`, which Slack sends back as `&amp;` when typed.
    const results = await command(convener, (note?.[1] ?? '').replace(/^\/bridge /, ''));
    const seen = new Set(results.text.match(/Deckhand \d+/g) ?? []);
    const next = buttonsOf(results).find((button) => button.actionId === 'list_page_next');

    if (!next) throw new Error('no Next button under the first page');

    expect(blockTextOf(results)).toContain('Showing 1–20 of 26.');

    await bridge.local.sender.blockAction({
      userId: convener,
      source: { kind: 'ephemeral', channelId, ephemeral: results },
      blockId: next.blockId,
      actionId: next.actionId,
    });
    const second = await eventually(() =>
      bridge.local.store
        .ephemerals(convener, channelId)
        .find((message) => blockTextOf(message).includes('Showing 21–26 of 26.')),
    );

    for (const name of second.text.match(/Deckhand \d+/g) ?? []) seen.add(name);

    expect([...seen].sort()).toEqual(names);
  });

  it('shows stored names as text', async () => {
    const db = bridge.database.db;
    const [demo] = await db
      .select({ partnershipId: organizations.partnershipId })
      .from(organizations)
      .where(eq(organizations.name, 'Coastline Welding & Fabrication'));
    const name = 'Tidepool <!channel> *Works* & <https://evil.example|Co>';

    await db
      .insert(organizations)
      .values({ partnershipId: demo?.partnershipId ?? '', kind: 'employer', name });

    const card = await command(convener, 'employer tidepool');

    expect(card.text).toContain(
      'Tidepool &lt;!channel&gt; *Works* &amp; &lt;https://evil.example|Co&gt;',
    );
    const header = card.blocks?.[0]?.text as { type?: string; text?: string } | undefined;
    const mrkdwnText = textOf({ ...card, blocks: card.blocks?.slice(1) ?? [] });

    expect(header).toEqual({ type: 'plain_text', text: name, emoji: true });
    expect(mrkdwnText).toContain('Register an opportunity');
    expect(mrkdwnText).not.toMatch(/<[!h]/);
  });
});
