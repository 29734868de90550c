import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, equipmentDonations } from '../../src/db/schema/index.js';
import type { EnteredValues } from '../../src/local/slack-sender.js';
import type { StoredEphemeral } from '../../src/local/slack-shapes.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually, openForm, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';
import type { FixtureIds } from './request-fixture.js';
import {
  alicia,
  channelId,
  ephemeralWith,
  loadRequestFixture,
  marcus,
  priya,
  sam,
} from './request-fixture.js';

const start = new Date('2027-01-11T15:00:00Z').getTime();
let ticks = 0;
const now = () => new Date(start + 1000 * ticks++);

describe.each(drivers)('equipment donations through Slack on %s', (driver) => {
  let bridge: TestBridge;
  let ids: FixtureIds;

  const id = (name: string) => ids.get(name) ?? '';

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now, demoData: false });
    ids = await loadRequestFixture(bridge);
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  function openDonationForm(userId: string) {
    return openForm(bridge, userId, 'donation_new', () =>
      bridge.local.sender.command({ userId, channelId, text: '/bridge donation new' }),
    );
  }

  function donationValues(changes: Record<string, unknown> = {}): EnteredValues {
    const fields: Record<string, unknown> = {
      donationEmployer: id('Anchor Fabrication'),
      donationDescription: 'MIG welders',
      donationQuantity: '2',
      donationProgram: id('Welding Technology'),
      ...changes,
    };

    return Object.fromEntries(
      Object.entries(fields).map(([blockId, value]) => [blockId, { value }]),
    ) as EnteredValues;
  }

  async function donationRow(description: string) {
    const [row] = await bridge.database.db
      .select()
      .from(equipmentDonations)
      .where(eq(equipmentDonations.description, description));

    return row;
  }

  /** Shows `/bridge donations` to a person and returns the list they see. */
  async function listFor(userId: string): Promise<StoredEphemeral> {
    const before = bridge.local.store.ephemerals(userId).length;

    await bridge.local.sender.command({ userId, channelId, text: '/bridge donations' });

    return eventually(() =>
      bridge.local.store
        .ephemerals(userId)
        .slice(before)
        .find((message) => message.text.includes('Equipment donations')),
    );
  }

  function buttonsOf(list: StoredEphemeral, donationId: string): string[] {
    const block = list.blocks?.find((candidate) => candidate.block_id === `donation_${donationId}`);
    const elements = (block as { elements?: Array<{ action_id: string }> } | undefined)?.elements;

    return (elements ?? []).map((element) => element.action_id);
  }

  async function click(userId: string, list: StoredEphemeral, donationId: string, status: string) {
    await bridge.local.sender.blockAction({
      userId,
      source: { kind: 'ephemeral', channelId, ephemeral: list },
      blockId: `donation_${donationId}`,
      actionId: `donation_move_${status}`,
    });
  }

  it('preselects the employer of its staff', async () => {
    const view = await openDonationForm(marcus);
    const picker = view.blocks.find(
      (block) => block.block_id === 'donationEmployer',
    ) as unknown as {
      element: { initial_option?: { value: string } };
    };

    expect(picker.element.initial_option?.value).toBe(id('Anchor Fabrication'));
  });

  it('records an offered donation with an audit row', async () => {
    const view = await openDonationForm(marcus);
    const submitted = await bridge.local.sender.viewSubmission({
      userId: marcus,
      view,
      values: donationValues(),
    });

    expect(submitted.body).toBeUndefined();

    const confirmation = await ephemeralWith(bridge, marcus, 'Recorded the donation');
    const row = await donationRow('MIG welders');
    const audits = await bridge.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, row?.id ?? ''));

    expect(confirmation.text).toContain('2 × MIG welders from *Anchor Fabrication*');
    expect(row?.status).toBe('offered');
    expect(row?.quantity).toBe(2);
    expect(audits.map((audit) => audit.action)).toEqual(['create']);
  });

  it.each([
    ['zero quantity', { donationQuantity: '0' }, 'donationQuantity', 'at least 1'],
    ['missing description', { donationDescription: null }, 'donationDescription', 'Enter a'],
    [
      'another employer',
      { donationEmployer: 'Bayside Machining' },
      'donationEmployer',
      "Only Bayside Machining's staff",
    ],
  ])('shows an inline error for %s', async (_case, changes, blockId, message) => {
    const view = await openDonationForm(marcus);
    const employer =
      'donationEmployer' in changes ? { donationEmployer: id(changes.donationEmployer) } : {};
    const before = await bridge.database.db.select().from(equipmentDonations);
    const submitted = await bridge.local.sender.viewSubmission({
      userId: marcus,
      view,
      values: donationValues({ ...changes, ...employer }),
    });
    const body = submitted.body as { response_action: string; errors: Record<string, string> };
    const after = await bridge.database.db.select().from(equipmentDonations);

    expect(body.response_action).toBe('errors');
    expect(body.errors[blockId]).toContain(message);
    expect(after).toHaveLength(before.length);
  });

  it('explains why an educator cannot record a donation', async () => {
    await bridge.local.sender.command({ userId: sam, channelId, text: '/bridge donation new' });

    const notice = await eventually(() =>
      bridge.local.store
        .openViews(sam)
        .find((view) => JSON.stringify(view.blocks).includes('can record equipment donations')),
    );

    expect(JSON.stringify(notice.blocks)).toContain('your role is educator');
  });

  it('moves a donation from offered to delivered', async () => {
    const donation = await donationRow('MIG welders');
    const donationId = donation?.id ?? '';

    // The employer cannot accept its own offer; the receiving campus can.
    expect(buttonsOf(await listFor(marcus), donationId)).toEqual([]);

    const samList = await listFor(sam);

    expect(buttonsOf(samList, donationId)).toEqual([
      'donation_move_accepted',
      'donation_move_declined',
    ]);

    await click(alicia, samList, donationId, 'accepted');
    const refusal = await ephemeralWith(bridge, alicia, 'can mark this donation accepted');

    expect(refusal.text).toContain("the staff of Welding Technology's campus or district");
    expect((await donationRow('MIG welders'))?.status).toBe('offered');

    await click(sam, samList, donationId, 'accepted');
    await eventually(async () => (await donationRow('MIG welders'))?.status === 'accepted');

    const marcusList = await listFor(marcus);

    expect(buttonsOf(marcusList, donationId)).toEqual(['donation_move_scheduled']);

    await click(marcus, marcusList, donationId, 'scheduled');
    await eventually(async () => (await donationRow('MIG welders'))?.status === 'scheduled');

    const priyaList = await listFor(priya);

    expect(buttonsOf(priyaList, donationId)).toEqual(['donation_move_delivered']);

    await click(priya, priyaList, donationId, 'delivered');
    const delivered = await eventually(async () => {
      const row = await donationRow('MIG welders');

      return row?.status === 'delivered' ? row : undefined;
    });
    const audits = await bridge.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, donationId));

    expect(delivered.deliveredOn).toBe('2027-01-11');
    expect(audits).toHaveLength(4);

    // A click on a list drawn before the delivery changes nothing.
    await click(sam, samList, donationId, 'declined');
    const stale = await ephemeralWith(bridge, sam, 'already delivered');

    expect(stale.text).toContain('cannot be marked declined');
    expect((await donationRow('MIG welders'))?.status).toBe('delivered');
  });

  it('shows the delivery date in the list', async () => {
    const list = await listFor(alicia);

    expect(JSON.stringify(list.blocks)).toContain('Delivered on Jan 11, 2027');
  });
});
