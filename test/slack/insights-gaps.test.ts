import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations, partnerships, programs } from '../../src/db/schema/index.js';
import type { StoredEphemeral } from '../../src/local/slack-shapes.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually, openForm, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';
import type { GapsFixture } from '../support/gaps-fixture.js';
import { insertGapsFixture } from '../support/gaps-fixture.js';

const convener = 'U0LOCAL01';
const channelId = 'C0LOCALWBL';
const now = () => new Date('2027-01-11T15:00:00Z');

/** Programs added beside the fixture's four, so the whole matrix needs a second page. */
const EXTRA_PROGRAMS = 14;

describe.each(drivers)('gaps and demand through Slack on %s', (driver) => {
  let bridge: TestBridge;
  let fixture: GapsFixture;

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now, demoData: false });
    await bridge.local.sender.command({ userId: convener, channelId, text: '/bridge help' });
    await eventually(() => bridge.local.store.ephemerals(convener).at(-1));

    const { db } = bridge.database;
    const [partnership] = await db.select({ id: partnerships.id }).from(partnerships);
    const partnershipId = partnership?.id ?? '';
    fixture = await insertGapsFixture(db, partnershipId);

    const [campus] = await db
      .insert(organizations)
      .values({ partnershipId, kind: 'campus', name: 'Extra Campus' })
      .returning({ id: organizations.id });
    const extra = Array.from({ length: EXTRA_PROGRAMS }, (_, index) => ({
      partnershipId,
      campusId: campus?.id ?? '',
      name: `Carpentry ${String(index + 1).padStart(2, '0')}`,
      careerCluster: 'Construction',
    }));
    await db.insert(programs).values(extra);
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  /** Sends a command and waits for the new ephemeral reply whose text contains `expected`. */
  async function reply(text: string, expected: string): Promise<StoredEphemeral> {
    const before = bridge.local.store.ephemerals(convener).length;

    await bridge.local.sender.command({ userId: convener, channelId, text });

    return eventually(() =>
      bridge.local.store
        .ephemerals(convener)
        .slice(before)
        .find((message) => message.text.includes(expected)),
    );
  }

  const blocksOf = (message: StoredEphemeral) => JSON.stringify(message.blocks ?? []);

  it('shows the district matrix with next steps', async () => {
    const message = await reply('/bridge gaps tidewater', 'gaps in Tidewater ISD');
    const blocks = blocksOf(message);

    expect(blocks).toContain('*Welding* — Tidewater High School: ✓ ◐ ✗ ✓ ✗ ✗ ◐');
    expect(blocks).toContain('*Nursing* — Bayside High School: ✗ ✗ ✓ ✗ ◐ ✗ ✗');
    expect(blocks).toContain('*Web Design* — Tidewater High School: ✗ ✗ ✗ ✗ ✗ ✗ ✗');
    expect(blocks).toContain(
      '✗ Mentorship: employers with capacity: Gulf Fabricators. Ask: `/bridge request new`, program Welding, Mentor',
    );
    expect(blocks).toContain(
      '✗ Facility tour: no employer has stated capacity in this cluster. Ask: `/bridge request new`',
    );
    expect(blocks).not.toContain('Culinary Arts');
    expect(blocks).toContain(
      'Energy &amp; Natural Resources (1 employer with needs, 40 annual openings)',
    );
    expect(blocks).toContain(
      '*Programs with no employer partner:* Web Design — Tidewater High School',
    );
  });

  it('opens the request form for a gap', async () => {
    const message = await reply('/bridge gaps Tidewater ISD', 'gaps in Tidewater ISD');
    const welding = message.blocks?.find((block) => JSON.stringify(block).includes('*Welding*'));
    const view = await openForm(bridge, convener, 'request_new', () =>
      bridge.local.sender.blockAction({
        userId: convener,
        source: { kind: 'ephemeral', channelId, ephemeral: message },
        blockId: welding?.block_id ?? '',
        actionId: 'gap_request',
        value: `${fixture.welding}|mentor`,
      }),
    );
    const chosen = JSON.stringify(view.blocks);

    expect(chosen).toContain(
      `"initial_option":{"text":{"type":"plain_text","text":"Welding (Tidewater High School)"`,
    );
    expect(chosen).toContain('"initial_option":{"text":{"type":"plain_text","text":"Mentor"');
  });

  it('replies with the fix for an unknown district', async () => {
    const message = await reply('/bridge gaps Nowhere ISD', 'No district matches');

    expect(message.text).toContain('“Nowhere ISD”');
    expect(message.text).toContain('`/bridge gaps`');
  });

  it('pages the whole matrix with Next', async () => {
    const first = await reply('/bridge gaps', 'gaps in the partnership');

    expect(blocksOf(first)).toContain('(18 programs)');
    expect(blocksOf(first)).toContain('Showing 1–15');

    await bridge.local.sender.blockAction({
      userId: convener,
      source: { kind: 'ephemeral', channelId, ephemeral: first },
      blockId: 'gaps_page',
      actionId: 'list_page_next',
    });
    const second = await eventually(() =>
      bridge.local.store
        .ephemerals(convener)
        .find((message) => JSON.stringify(message.blocks ?? []).includes('Showing 16–18')),
    );

    expect(blocksOf(second)).toContain('*Culinary Arts* — Other High School');
    expect(blocksOf(second)).not.toContain('Carpentry');
    expect(blocksOf(second)).not.toContain('Clusters with demand but no program');
  });

  it('ranks occupations with their programs and employers', async () => {
    const message = await reply('/bridge demand', 'Occupations in the region');
    const blocks = blocksOf(message);
    const order = ['1. Welders', '2. Licensed Vocational Nurses', '3. Cooks, Restaurant'];

    for (const title of order) expect(blocks).toContain(title);
    expect(blocks.indexOf('4. Wind Turbine Technicians')).toBeLessThan(
      blocks.indexOf('5. Web Developers'),
    );
    expect(blocks).toContain('40 annual openings · growth 44.90%');
    expect(blocks).toContain('Programs: Welding — Tidewater High School (SOC)');
    expect(blocks).toContain(
      'Employers with this need: Coastal Health (Licensed Vocational Nurse)',
    );
  });

  it('filters demand by an older cluster name', async () => {
    const message = await reply('/bridge demand Information Technology', 'in Digital Technology');
    const blocks = blocksOf(message);

    expect(blocks).toContain('1. Web Developers');
    expect(blocks).not.toContain('Welders');
  });

  it('rejects an unknown cluster', async () => {
    const message = await reply('/bridge demand Underwater Basketry', 'is not a career cluster');

    expect(message.text).toContain('"Underwater Basketry"');
  });
});
