import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, opportunities } from '../../src/db/schema/index.js';
import { countPilots } from '../../src/domain/pilots.js';
import type { EnteredValues } from '../../src/local/slack-sender.js';
import type { TestBridge } from '../support/bridge.js';
import { openForm, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';
import type { FixtureIds } from './request-fixture.js';
import { channelId, convener, ephemeralWith, loadRequestFixture } from './request-fixture.js';

const start = new Date('2027-01-11T15:00:00Z').getTime();
let ticks = 0;
const now = () => new Date(start + 1000 * ticks++);

describe.each(drivers)('pilot programs through Slack on %s', (driver) => {
  let bridge: TestBridge;
  let ids: FixtureIds;

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now, demoData: false });
    ids = await loadRequestFixture(bridge);
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  function opportunityValues(changes: Record<string, unknown>): EnteredValues {
    const fields: Record<string, unknown> = {
      employerId: ids.get('Anchor Fabrication'),
      type: 'internship',
      title: 'Pilot welding internship',
      careerCluster: 'Advanced Manufacturing',
      slots: '3',
      isPilot: ['pilot'],
      ...changes,
    };

    return Object.fromEntries(
      Object.entries(fields).map(([blockId, value]) => [blockId, { value }]),
    ) as EnteredValues;
  }

  async function submitOpportunity(changes: Record<string, unknown>) {
    const view = await openForm(bridge, convener, 'opportunity_new', () =>
      bridge.local.sender.command({
        userId: convener,
        channelId,
        text: '/bridge opportunity new',
      }),
    );

    return bridge.local.sender.viewSubmission({
      userId: convener,
      view,
      values: opportunityValues(changes),
    });
  }

  async function stored(title: string) {
    const [row] = await bridge.database.db
      .select()
      .from(opportunities)
      .where(eq(opportunities.title, title));

    return row;
  }

  it('saves a pilot internship and audits it', async () => {
    const submitted = await submitOpportunity({ title: 'Pilot welding internship' });

    expect(submitted.body).toBeUndefined();

    const confirmation = await ephemeralWith(bridge, convener, 'Saved *Pilot welding internship*');
    const row = await stored('Pilot welding internship');
    const audits = await bridge.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, row?.id ?? ''));

    expect(row?.isPilot).toBe(true);
    expect(JSON.stringify(confirmation.blocks)).toContain(
      'Internship at Anchor Fabrication · *Pilot*',
    );
    expect(audits.map((audit) => audit.action)).toEqual(['create']);
  });

  it.each(['job_shadow', 'facility_tour', 'guest_speaker', 'equipment_donation', 'other'])(
    'rejects a %s as a pilot',
    async (type) => {
      const title = `Pilot ${type}`;
      const submitted = await submitOpportunity({ type, title });
      const body = submitted.body as { response_action: string; errors: Record<string, string> };

      expect(body.response_action).toBe('errors');
      expect(body.errors.isPilot).toContain(
        'Only internships, apprenticeships and mentorships can be pilot programs',
      );
      expect(await stored(title)).toBeUndefined();
    },
  );

  it('saves an opportunity without the box as no pilot', async () => {
    await submitOpportunity({ type: 'job_shadow', title: 'Ordinary job shadow', isPilot: null });
    await ephemeralWith(bridge, convener, 'Saved *Ordinary job shadow*');

    expect((await stored('Ordinary job shadow'))?.isPilot).toBe(false);
  });

  it('lists pilots with counts by type', async () => {
    await submitOpportunity({ type: 'mentorship', title: 'Pilot mentoring circle' });
    await ephemeralWith(bridge, convener, 'Saved *Pilot mentoring circle*');
    await submitOpportunity({ type: 'internship', title: 'Second pilot internship' });
    await ephemeralWith(bridge, convener, 'Saved *Second pilot internship*');

    await bridge.local.sender.command({ userId: convener, channelId, text: '/bridge pilots' });

    const list = await ephemeralWith(bridge, convener, 'Pilot programs');
    const counts = await countPilots(bridge.database.db, ids.get('partnership') ?? '');

    expect(list.text).toContain('3 pilot programs: 2 internships, 0 apprenticeships, 1 mentorship');
    expect(list.text).toContain('Pilot mentoring circle (Mentorship)');
    expect(list.text).not.toContain('Ordinary job shadow');
    expect(counts).toEqual({
      total: 3,
      byType: { internship: 2, apprenticeship: 0, mentorship: 1 },
    });
  });

  it('marks pilots in the opportunity list', async () => {
    await bridge.local.sender.command({
      userId: convener,
      channelId,
      text: '/bridge opportunities',
    });

    const list = await ephemeralWith(bridge, convener, 'Open opportunities');

    expect(list.text).toContain('Pilot mentoring circle (Mentorship, Pilot, Anchor Fabrication)');
    expect(list.text).toContain('Ordinary job shadow (Job shadow, Anchor Fabrication)');
  });
});
