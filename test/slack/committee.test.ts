import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, committeeSeats } from '../../src/db/schema/index.js';
import type { SlackView, StoredEphemeral } from '../../src/local/slack-shapes.js';
import type { SlackOption } from '../../src/local/view-state-values.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually, openForm, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';

const start = new Date('2027-01-11T15:00:00Z').getTime();
let ticks = 0;
const now = () => new Date(start + 1000 * ticks++);
const convener = 'U0LOCAL01';
const district = 'U0LOCAL03';
const chamber = 'U0LOCAL05';
const channelId = 'C0LOCALWBL';

describe.each(drivers)('/bridge committee on %s', (driver) => {
  let bridge: TestBridge;

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now });
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  async function showCommittee(userId: string): Promise<StoredEphemeral> {
    const before = bridge.local.store.ephemerals(userId).length;
    const sent = await bridge.local.sender.command({
      userId,
      channelId,
      text: '/bridge committee',
    });
    expect(sent.status).toBe(200);

    return eventually(() => bridge.local.store.ephemerals(userId)[before]);
  }

  async function openSeatForm(committee: StoredEphemeral): Promise<SlackView> {
    return openForm(bridge, convener, 'committee_seat', () =>
      bridge.local.sender.blockAction({
        userId: convener,
        source: { kind: 'ephemeral', channelId, ephemeral: committee },
        blockId: 'committee_actions',
        actionId: 'committee_add',
      }),
    );
  }

  async function personOption(view: SlackView, name: string): Promise<SlackOption> {
    const delivery = await bridge.local.sender.blockSuggestion({
      userId: convener,
      source: { kind: 'view', view },
      blockId: 'committeePerson',
      actionId: 'value',
      value: name,
    });
    const options = (delivery.body as { options: SlackOption[] }).options;
    const found = options.find((option) => option.text.text.startsWith(name));

    if (!found) throw new Error(`No option for ${name}`);

    return found;
  }

  async function seat(name: string, group: string) {
    const committee = await showCommittee(convener);
    const form = await openSeatForm(committee);

    return bridge.local.sender.viewSubmission({
      userId: convener,
      view: form,
      values: {
        committeePerson: { value: await personOption(form, name) },
        committeeGroup: { value: group },
      },
    });
  }

  it('warns about each required group without a seat', async () => {
    const committee = await showCommittee(district);
    const text = JSON.stringify(committee.blocks);

    expect(text).toContain('*chamber of commerce* seat');
    expect(text).toContain('*school district* seat');
    expect(text).toContain('*workforce board* seat');
    expect(text).not.toContain('committee_add');
  });

  it('lets the convener add seats', async () => {
    const submitted = await seat('Priya Nair', 'school_district');
    expect(submitted.status).toBe(200);
    await seat('Dana Reyes', 'workforce_board');

    const rows = await eventually(async () => {
      const seats = await bridge.database.db.select().from(committeeSeats);
      return seats.length === 2 ? seats : undefined;
    });
    const audits = await bridge.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityType, 'committee_seat'));
    expect(audits).toHaveLength(2);
    expect(rows.map((row) => row.stakeholderGroup).sort()).toEqual([
      'school_district',
      'workforce_board',
    ]);

    const committee = await showCommittee(district);
    const text = JSON.stringify(committee.blocks);
    expect(text).toContain('*chamber of commerce* seat');
    expect(text).not.toContain('*school district* seat');
    expect(text).toContain('Priya Nair');
    expect(text).toContain('Port Alder ISD');
  });

  it('rejects a second seat for the same person under the field', async () => {
    const submitted = await seat('Priya Nair', 'other');
    const errors = (submitted.body as { errors: Record<string, string> }).errors;

    expect(errors.committeePerson).toBe(
      'Priya Nair already has a seat. Remove it first to change the group.',
    );
  });

  it('shows others the list without buttons and refuses a forged click', async () => {
    const own = await showCommittee(chamber);
    expect(JSON.stringify(own.blocks)).not.toContain('committee_remove');

    const convenersView = await showCommittee(convener);
    const seatBlock = convenersView.blocks?.find(
      (block) =>
        String(block.block_id ?? '').startsWith('committee_seat_') &&
        JSON.stringify(block.text).includes('Priya Nair'),
    );

    if (!seatBlock) throw new Error('No seat block');

    const before = bridge.local.store.ephemerals(chamber).length;
    await bridge.local.sender.blockAction({
      userId: chamber,
      source: { kind: 'ephemeral', channelId, ephemeral: convenersView },
      blockId: seatBlock.block_id ?? '',
      actionId: 'committee_remove',
    });

    const refusal = await eventually(() => bridge.local.store.ephemerals(chamber)[before]);
    expect(refusal.text).toBe(
      'Only the convener adds and removes steering committee seats. Your role is chamber staff.',
    );
    expect(await bridge.database.db.select().from(committeeSeats)).toHaveLength(2);

    await bridge.local.sender.blockAction({
      userId: chamber,
      source: { kind: 'ephemeral', channelId, ephemeral: convenersView },
      blockId: 'committee_actions',
      actionId: 'committee_add',
    });
    const notice = await eventually(() =>
      bridge.local.store
        .openViews(chamber)
        .find((view) => JSON.stringify(view.blocks).includes('Only the convener adds and removes')),
    );
    expect(notice.callback_id).toBe('loading');
  });

  it('lets the convener remove a seat', async () => {
    const committee = await showCommittee(convener);
    const seatBlock = committee.blocks?.find(
      (block) =>
        String(block.block_id ?? '').startsWith('committee_seat_') &&
        JSON.stringify(block.text).includes('Priya Nair'),
    );

    if (!seatBlock) throw new Error('No seat block');

    await bridge.local.sender.blockAction({
      userId: convener,
      source: { kind: 'ephemeral', channelId, ephemeral: committee },
      blockId: seatBlock.block_id ?? '',
      actionId: 'committee_remove',
    });

    await eventually(async () => {
      const seats = await bridge.database.db.select().from(committeeSeats);
      return seats.length === 1;
    });
    const removals = await bridge.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'delete'));
    expect(removals.filter((row) => row.entityType === 'committee_seat')).toHaveLength(1);

    const updated = await eventually(() =>
      bridge.local.store
        .ephemerals(convener)
        .find(
          (ephemeral) =>
            ephemeral.message_ts === committee.message_ts &&
            JSON.stringify(ephemeral.blocks).includes('*school district* seat'),
        ),
    );
    expect(JSON.stringify(updated.blocks)).not.toContain('Priya Nair');
  });
});
