import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, capacitySurveys, organizations, people } from '../../src/db/schema/index.js';
import { findEmployersWithCapacity } from '../../src/domain/capacity.js';
import type { TestBridge } from '../support/bridge.js';
import { clearDemoOutreach, openForm, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';
import { channelId, outreachDriver, textOf } from './outreach-support.js';

const now = () => new Date('2027-01-11T15:00:00Z');
const marcus = 'U0LOCAL02';
const priya = 'U0LOCAL03';
const sam = 'U0LOCAL04';
const alicia = 'U0LOCAL05';

const coastline = 'Coastline Welding & Fabrication';
const harbor = 'Harbor Point Refining';

describe.each(drivers)('capacity survey through Slack on %s', (driver) => {
  let bridge: TestBridge;
  let drive: ReturnType<typeof outreachDriver>;
  let partnershipId = '';
  const ids = new Map<string, string>();

  const id = (name: string) => {
    const found = ids.get(name);

    if (!found) throw new Error(`No id for ${name}`);

    return found;
  };

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now });
    await clearDemoOutreach(bridge);
    drive = outreachDriver(bridge);
    const { db } = bridge.database;
    const organizationRows = await db
      .select({
        id: organizations.id,
        name: organizations.name,
        partnershipId: organizations.partnershipId,
      })
      .from(organizations);

    for (const row of organizationRows) ids.set(row.name, row.id);
    partnershipId = organizationRows[0]?.partnershipId ?? '';

    const personRows = await db
      .select({ id: people.id, slackUserId: people.slackUserId })
      .from(people);

    for (const row of personRows) if (row.slackUserId) ids.set(row.slackUserId, row.id);
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  async function openByCommand(userId: string, name: string) {
    return openForm(bridge, userId, 'capacity_survey', () =>
      bridge.local.sender.command({ userId, channelId, text: `/bridge capacity ${name}` }),
    );
  }

  async function survey(employer: string) {
    const [row] = await bridge.database.db
      .select()
      .from(capacitySurveys)
      .where(eq(capacitySurveys.employerId, id(employer)));

    return row;
  }

  it('stores answers the employer gives for itself', async () => {
    const form = await openByCommand(marcus, 'coastline welding');

    expect(textOf(form)).toContain('What can *Coastline Welding &amp; Fabrication* offer');

    const previous = drive.ephemeralCount(marcus);
    const response = await drive.submit(marcus, form, {
      interns: '2',
      apprentices: '0',
      mentors: '3',
      jobShadows: '',
      tourGroupSize: '15',
      guestSpeakers: '1',
      equipment: 'Two used MIG welders',
      seasons: ['summer', 'spring'],
      careerClusters: ['Advanced Manufacturing', 'Construction'],
    });

    expect(response?.errors).toBeUndefined();

    const confirmed = await drive.confirmation(marcus, previous, 'Saved');

    expect(confirmed.text).toBe("Saved *Coastline Welding &amp; Fabrication*'s capacity survey.");
    expect(textOf(confirmed)).toContain(
      '*Capacity:* Can offer: 2 interns, 3 mentors, tours up to 15, 1 guest speaker, equipment (Two used MIG welders) in spring, summer.',
    );
    expect(textOf(confirmed)).toContain(
      'Career clusters: Advanced Manufacturing, Construction. Answered by Marcus Lee.',
    );

    const row = await survey(coastline);

    expect(row).toMatchObject({
      interns: 2,
      apprentices: 0,
      mentors: 3,
      jobShadows: 0,
      tourGroupSize: 15,
      guestSpeakers: 1,
      equipment: 'Two used MIG welders',
      answeredBy: id(marcus),
      onBehalf: false,
    });
    expect([...(row?.seasons ?? [])].sort()).toEqual(['spring', 'summer']);

    const audit = await bridge.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'capacity_survey'), eq(auditLog.entityId, id(coastline))));

    expect(audit).toHaveLength(1);
    expect(audit[0]?.action).toBe('create');
    expect(audit[0]?.actorPersonId).toBe(id(marcus));
  });

  it('records answers on behalf from the card, prefilled', async () => {
    const card = await drive.command(alicia, 'employer coastline welding');
    const form = await drive.openFromCard(alicia, card, 'Capacity survey', 'capacity_survey');
    const elements = Object.fromEntries(
      form.blocks.map((block) => [block.block_id, block.element as Record<string, unknown>]),
    );

    expect(textOf(form)).toContain('on its behalf');
    expect(elements.interns?.initial_value).toBe('2');
    expect(elements.tourGroupSize?.initial_value).toBe('15');
    expect(elements.equipment?.initial_value).toBe('Two used MIG welders');
    expect(elements.seasons?.initial_options).toEqual([
      expect.objectContaining({ value: 'spring' }),
      expect.objectContaining({ value: 'summer' }),
    ]);
    expect(elements.careerClusters?.initial_options).toHaveLength(2);

    const previous = drive.ephemeralCount(alicia);
    const response = await drive.submit(alicia, form, {
      interns: '4',
      apprentices: '0',
      mentors: '3',
      jobShadows: '0',
      tourGroupSize: '15',
      guestSpeakers: '1',
      equipment: 'Two used MIG welders',
      seasons: ['spring', 'summer'],
      careerClusters: ['Advanced Manufacturing', 'Construction'],
    });

    expect(response?.errors).toBeUndefined();

    const confirmed = await drive.confirmation(alicia, previous, 'Saved');

    expect(confirmed.text).toContain('recorded on its behalf');
    expect(textOf(confirmed)).toContain('Answered by Alicia Gomez on its behalf.');

    const row = await survey(coastline);

    expect(row?.interns).toBe(4);
    expect(row?.answeredBy).toBe(id(alicia));
    expect(row?.onBehalf).toBe(true);

    const audit = await bridge.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'capacity_survey'), eq(auditLog.entityId, id(coastline))));
    const update = audit.find((entry) => entry.action === 'update');

    expect(update?.before).toMatchObject({ interns: 2, onBehalf: false });
    expect(update?.after).toMatchObject({ interns: 4, onBehalf: true });
  });

  it('shows errors under the count fields', async () => {
    const form = await openByCommand(priya, 'harbor point');
    const response = await drive.submit(priya, form, {
      interns: '-1',
      apprentices: 'two',
      mentors: '0',
      jobShadows: '0',
      tourGroupSize: '1001',
      guestSpeakers: '0',
    });

    expect(response?.response_action).toBe('errors');
    expect(response?.errors).toEqual({
      interns: 'Interns cannot be negative; enter 0 or more.',
      apprentices: 'Apprentices must be a whole number such as 3.',
      tourGroupSize: 'Facility tour group size must be at most 1000.',
    });
    expect(await survey(harbor)).toBeUndefined();
  });

  it("refuses an educator and another employer's staff", async () => {
    const educator = await drive.openNotice(sam, () =>
      bridge.local.sender.command({
        userId: sam,
        channelId,
        text: '/bridge capacity coastline welding',
      }),
    );

    expect(textOf(educator)).toContain(
      'Your role (educator) can read employer outreach but not change it.',
    );

    const otherEmployer = await drive.openNotice(marcus, () =>
      bridge.local.sender.command({
        userId: marcus,
        channelId,
        text: '/bridge capacity harbor point',
      }),
    );

    expect(textOf(otherEmployer)).toContain('This employer is not yours');

    const unknown = await drive.openNotice(marcus, () =>
      bridge.local.sender.command({ userId: marcus, channelId, text: '/bridge capacity zzqx' }),
    );

    expect(textOf(unknown)).toContain('No employer matches “zzqx”.');
  });

  it('finds employers with capacity, best fit first', async () => {
    const form = await openByCommand(priya, 'harbor point');
    const response = await drive.submit(priya, form, {
      interns: '0',
      apprentices: '0',
      mentors: '0',
      jobShadows: '0',
      tourGroupSize: '40',
      guestSpeakers: '5',
      careerClusters: ['Energy & Natural Resources'],
    });

    expect(response?.errors).toBeUndefined();
    expect((await survey(harbor))?.onBehalf).toBe(true);

    const speakers = await findEmployersWithCapacity(bridge.database.db, {
      partnershipId,
      kind: 'guest_speaker',
      careerCluster: 'Advanced Manufacturing',
    });

    expect(
      speakers.map((employer) => [employer.name, employer.fitsCluster, employer.capacity]),
    ).toEqual([
      [coastline, true, 1],
      [harbor, false, 5],
    ]);

    const tours = await findEmployersWithCapacity(bridge.database.db, {
      partnershipId,
      kind: 'facility_tour',
      careerCluster: 'Healthcare & Human Services',
      groupSize: 20,
    });

    expect(tours.map((employer) => [employer.name, employer.fitsGroup])).toEqual([
      [harbor, true],
      [coastline, false],
    ]);

    const equipment = await findEmployersWithCapacity(bridge.database.db, {
      partnershipId,
      kind: 'equipment',
      careerCluster: 'Advanced Manufacturing',
    });

    expect(equipment.map((employer) => employer.name)).toEqual([coastline]);

    const mentors = await findEmployersWithCapacity(bridge.database.db, {
      partnershipId,
      kind: 'mentor',
      careerCluster: 'Energy & Natural Resources',
    });

    expect(mentors.map((employer) => employer.name)).toEqual([coastline]);
  });
});
