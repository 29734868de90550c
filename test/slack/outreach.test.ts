import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  employerOutreach,
  organizations,
  outreachContacts,
  people,
} from '../../src/db/schema/index.js';
import type { StoredEphemeral } from '../../src/local/slack-shapes.js';
import type { TestBridge } from '../support/bridge.js';
import { clearDemoOutreach, eventually, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';
import { buttonsOf, channelId, outreachDriver, textOf } from './outreach-support.js';

const convener = 'U0LOCAL01';
const marcus = 'U0LOCAL02';
const priya = 'U0LOCAL03';
const sam = 'U0LOCAL04';
const alicia = 'U0LOCAL05';

const coastline = 'Coastline Welding & Fabrication';
const harbor = 'Harbor Point Refining';

describe.each(drivers)('employer outreach through Slack on %s', (driver) => {
  let bridge: TestBridge;
  let drive: ReturnType<typeof outreachDriver>;
  let clock = new Date('2027-01-11T15:00:00Z');
  const ids = new Map<string, string>();

  const id = (name: string) => {
    const found = ids.get(name);

    if (!found) throw new Error(`No id for ${name}`);

    return found;
  };

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now: () => clock });
    await clearDemoOutreach(bridge);
    drive = outreachDriver(bridge);
    const { db } = bridge.database;
    const organizationRows = await db
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations);

    for (const row of organizationRows) ids.set(row.name, row.id);

    const personRows = await db
      .select({ id: people.id, slackUserId: people.slackUserId })
      .from(people);

    for (const row of personRows) if (row.slackUserId) ids.set(row.slackUserId, row.id);
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  async function card(userId: string, name: string): Promise<StoredEphemeral> {
    return drive.command(userId, `employer ${name}`);
  }

  async function outreachRow(employer: string) {
    const [row] = await bridge.database.db
      .select()
      .from(employerOutreach)
      .where(eq(employerOutreach.employerId, id(employer)));

    return row;
  }

  async function auditRows(entityType: string, entityId?: string) {
    return bridge.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, entityType),
          entityId ? eq(auditLog.entityId, entityId) : undefined,
        ),
      )
      .orderBy(asc(auditLog.createdAt), asc(auditLog.id));
  }

  it('shows the outreach section and buttons to the convener', async () => {
    const shown = await card(convener, 'coastline welding');
    const text = textOf(shown);

    expect(text).toContain('*Outreach*\n*Stage:* Not contacted · *Owner:* none');
    expect(text).toContain('No contacts logged yet.');
    expect(text).toContain('*Capacity:* Survey not answered yet.');
    expect(buttonsOf(shown).map((button) => button.text)).toEqual(
      expect.arrayContaining(['Log a contact', 'Update outreach', 'Capacity survey']),
    );
  });

  it('logs a contact, moves the stage and writes audit rows', async () => {
    const form = await drive.openFromCard(
      convener,
      await card(convener, 'coastline welding'),
      'Log a contact',
      'outreach_contact',
    );

    expect(textOf(form)).toContain(`Employer: *${coastline.replace('&', '&amp;')}*`);

    const previous = drive.ephemeralCount(convener);
    const response = await drive.submit(convener, form, {
      channel: 'call',
      contactedOn: '2027-01-08',
      summary: 'Asked about summer interns for the welding program',
      stage: 'interested',
      nextFollowUpOn: '2027-01-20',
    });

    expect(response?.errors).toBeUndefined();

    const confirmed = await drive.confirmation(convener, previous, 'Logged a call with');

    expect(confirmed.text).toContain('on Jan 8, 2027. Stage: Interested.');
    expect(textOf(confirmed)).toContain(
      '• Jan 8, 2027 · Call · Dana Reyes: Asked about summer interns for the welding program',
    );
    expect(textOf(confirmed)).toContain('*Stage:* Interested · *Owner:* none');

    const row = await outreachRow(coastline);

    expect(row?.stage).toBe('interested');
    expect(row?.lastContactOn).toBe('2027-01-08');
    expect(row?.nextFollowUpOn).toBe('2027-01-20');

    const contacts = await bridge.database.db
      .select()
      .from(outreachContacts)
      .where(eq(outreachContacts.employerId, id(coastline)));

    expect(contacts).toHaveLength(1);
    expect(contacts[0]?.personId).toBe(id(convener));
    expect(contacts[0]?.channel).toBe('call');

    const contactAudit = await auditRows('outreach_contact', contacts[0]?.id);
    const outreachAudit = await auditRows('employer_outreach', id(coastline));

    expect(contactAudit).toHaveLength(1);
    expect(contactAudit[0]?.action).toBe('create');
    expect(contactAudit[0]?.actorPersonId).toBe(id(convener));
    expect(outreachAudit).toHaveLength(1);
    expect(outreachAudit[0]?.action).toBe('create');
    expect(outreachAudit[0]?.after).toMatchObject({ stage: 'interested' });
  });

  it('lets employer staff log a contact about their own employer', async () => {
    const shown = await card(marcus, 'coastline welding');

    expect(buttonsOf(shown).map((button) => button.text)).toEqual(
      expect.arrayContaining(['Log a contact', 'Capacity survey']),
    );
    expect(buttonsOf(shown).map((button) => button.text)).not.toContain('Update outreach');

    const form = await drive.openFromCard(marcus, shown, 'Log a contact', 'outreach_contact');
    const blockIds = form.blocks.map((block) => block.block_id);

    expect(blockIds).not.toContain('stage');
    expect(blockIds).not.toContain('nextFollowUpOn');

    const previous = drive.ephemeralCount(marcus);
    const response = await drive.submit(marcus, form, {
      channel: 'email',
      contactedOn: '2027-01-10',
      summary: 'Sent our shop safety rules for student visits',
    });

    expect(response?.errors).toBeUndefined();

    const confirmed = await drive.confirmation(marcus, previous, 'Logged an email with');

    expect(textOf(confirmed)).toContain(
      '• Jan 10, 2027 · Email · Marcus Lee: Sent our shop safety rules for student visits\n• Jan 8, 2027 · Call · Dana Reyes',
    );

    const row = await outreachRow(coastline);

    expect(row?.stage).toBe('interested');
    expect(row?.lastContactOn).toBe('2027-01-10');
  });

  it('updates stage, owner and follow-up with an audit row', async () => {
    const form = await drive.openFromCard(
      priya,
      await card(priya, 'coastline welding'),
      'Update outreach',
      'outreach_update',
    );
    const previous = drive.ephemeralCount(priya);
    const response = await drive.submit(priya, form, {
      stage: 'meeting_scheduled',
      outreachOwner: alicia,
      nextFollowUpOn: '2027-01-15',
    });

    expect(response?.errors).toBeUndefined();

    const confirmed = await drive.confirmation(priya, previous, 'Updated');

    expect(confirmed.text).toContain('Stage: Meeting scheduled.');
    expect(textOf(confirmed)).toContain(
      '*Stage:* Meeting scheduled · *Owner:* Alicia Gomez · *Last contact:* Jan 10, 2027 · *Next follow-up:* Jan 15, 2027',
    );

    const row = await outreachRow(coastline);

    expect(row?.stage).toBe('meeting_scheduled');
    expect(row?.ownerPersonId).toBe(id(alicia));
    expect(row?.nextFollowUpOn).toBe('2027-01-15');

    const audit = await auditRows('employer_outreach', id(coastline));
    const last = audit.at(-1);

    expect(last?.action).toBe('update');
    expect(last?.actorPersonId).toBe(id(priya));
    expect(last?.before).toMatchObject({ stage: 'interested', ownerPersonId: null });
    expect(last?.after).toMatchObject({ stage: 'meeting_scheduled', ownerPersonId: id(alicia) });
  });

  it('prefills the update form with the current outreach', async () => {
    const form = await drive.openFromCard(
      convener,
      await card(convener, 'coastline welding'),
      'Update outreach',
      'outreach_update',
    );
    const elements = Object.fromEntries(
      form.blocks.map((block) => [block.block_id, block.element as Record<string, unknown>]),
    );

    expect(elements.stage?.initial_option).toMatchObject({ value: 'meeting_scheduled' });
    expect(elements.outreachOwner?.initial_user).toBe(alicia);
    expect(elements.nextFollowUpOn?.initial_date).toBe('2027-01-15');
  });

  it('shows errors under the fields', async () => {
    const contactForm = await drive.openFromCard(
      convener,
      await card(convener, 'harbor point'),
      'Log a contact',
      'outreach_contact',
    );
    const future = await drive.submit(convener, contactForm, {
      channel: 'call',
      contactedOn: '2027-01-12',
      summary: 'Left a message',
    });

    expect(future?.response_action).toBe('errors');
    expect(future?.errors).toEqual({
      contactedOn: 'Date is in the future; choose today or an earlier date.',
    });

    const pastFollowUp = await drive.submit(convener, contactForm, {
      channel: 'call',
      contactedOn: '2027-01-11',
      summary: 'Left a message',
      nextFollowUpOn: '2027-01-10',
    });

    expect(pastFollowUp?.errors).toEqual({
      nextFollowUpOn: 'Next follow-up is in the past; choose today or a later date.',
    });

    const blank = await drive.submit(convener, contactForm, { contactedOn: '2027-01-11' });

    expect(blank?.errors?.channel).toBe('Choose how the contact was made.');
    expect(blank?.errors?.summary).toBe('Enter a summary.');

    const updateForm = await drive.openFromCard(
      convener,
      await card(convener, 'harbor point'),
      'Update outreach',
      'outreach_update',
    );
    const educatorOwner = await drive.submit(convener, updateForm, {
      stage: 'contacted',
      outreachOwner: sam,
    });

    expect(educatorOwner?.errors).toEqual({
      outreachOwner:
        'Sam Ortiz is educator in Bridge; the owner must be the convener, chamber staff or district staff.',
    });
    expect(await outreachRow(harbor)).toBeUndefined();
  });

  it('refuses an educator with the reason', async () => {
    const shown = await card(sam, 'coastline welding');
    const texts = buttonsOf(shown).map((button) => button.text);

    expect(textOf(shown)).toContain('*Outreach*');
    expect(texts).not.toContain('Log a contact');
    expect(texts).not.toContain('Update outreach');
    expect(texts).not.toContain('Capacity survey');

    // A card sent before the role changed still carries the button.
    const convenerCard = await card(convener, 'coastline welding');
    const notice = await drive.openNotice(sam, () =>
      drive.click(sam, { ...convenerCard, user: sam }, 'Log a contact'),
    );

    expect(textOf(notice)).toContain(
      'Your role (educator) can read employer outreach but not change it.',
    );

    // A form opened by someone else and submitted by the educator is refused on save.
    const form = await drive.openFromCard(
      convener,
      convenerCard,
      'Log a contact',
      'outreach_contact',
    );
    const response = await drive.submit(sam, form, {
      channel: 'note',
      contactedOn: '2027-01-11',
      summary: 'Should not be saved',
    });

    expect(response?.errors?.channel).toContain('Your role (educator)');

    const contacts = await bridge.database.db
      .select()
      .from(outreachContacts)
      .where(eq(outreachContacts.summary, 'Should not be saved'));

    expect(contacts).toEqual([]);
  });

  it('refuses employer staff for another employer', async () => {
    const harborCard = await card(marcus, 'harbor point');
    const texts = buttonsOf(harborCard).map((button) => button.text);

    expect(texts).not.toContain('Log a contact');
    expect(texts).not.toContain('Capacity survey');

    const convenerCard = await card(convener, 'harbor point');
    const notice = await drive.openNotice(marcus, () =>
      drive.click(marcus, { ...convenerCard, user: marcus }, 'Log a contact'),
    );

    expect(textOf(notice)).toContain('This employer is not yours');

    const update = await drive.openNotice(marcus, async () =>
      drive.click(
        marcus,
        { ...(await card(convener, 'coastline welding')), user: marcus },
        'Update outreach',
      ),
    );

    expect(textOf(update)).toContain(
      'Only the convener, chamber staff and district staff move outreach stages',
    );
  });

  it('lists overdue follow-ups first once the clock passes them', async () => {
    const form = await drive.openFromCard(
      alicia,
      await card(alicia, 'harbor point'),
      'Log a contact',
      'outreach_contact',
    );
    const response = await drive.submit(alicia, form, {
      channel: 'meeting',
      contactedOn: '2027-01-11',
      summary: 'Met the plant manager at the chamber lunch',
      stage: 'contacted',
      nextFollowUpOn: '2027-01-13',
    });

    expect(response?.errors).toBeUndefined();
    await eventually(async () => (await outreachRow(harbor))?.stage === 'contacted');

    const before = await drive.command(convener, 'outreach');

    expect(textOf(before)).not.toContain('Overdue follow-ups');

    clock = new Date('2027-01-16T15:00:00Z');

    const after = await drive.command(convener, 'outreach');
    const text = textOf(after);

    expect(text).toContain(':warning: 2 follow-ups are overdue.');
    expect(text).toMatch(
      /\*Overdue follow-ups\*\n\*Harbor Point Refining\* · Contacted · No owner · Last contact Jan 11, 2027 · Follow up Jan 13, 2027 \(overdue\)\n\*Coastline Welding &amp; Fabrication\* · Meeting scheduled · Owner: Alicia Gomez/,
    );
    expect(text.indexOf('Overdue follow-ups')).toBeLessThan(text.indexOf('*Not contacted*'));

    const overdueCard = await card(convener, 'harbor point');

    expect(textOf(overdueCard)).toContain('*Next follow-up:* Jan 13, 2027 :warning: overdue');
  });

  it('pages the pipeline with Previous and Next', async () => {
    const first = await drive.command(convener, 'outreach');
    const employers = await bridge.database.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.kind, 'employer'));

    expect(employers.length).toBeGreaterThan(20);
    expect(textOf(first)).toContain('Showing 1–20; press Next for more.');
    expect(buttonsOf(first).map((button) => button.text)).toContain('Next');
    expect(first.blocks?.length).toBeLessThanOrEqual(50);

    await drive.click(convener, first, 'Next');
    const second = await eventually(() =>
      bridge.local.store
        .ephemerals(convener, channelId)
        .find((message) => textOf(message).includes('Showing 21–40')),
    );

    expect(buttonsOf(second).map((button) => button.text)).toEqual(
      expect.arrayContaining(['Previous']),
    );
    expect(textOf(second)).not.toContain('Harbor Point Refining');
  });

  it('lists only the owner\'s employers for "outreach mine"', async () => {
    const mine = await drive.command(alicia, 'outreach mine');
    const text = textOf(mine);

    expect(text).toContain('Coastline Welding &amp; Fabrication');
    expect(text).not.toContain('Harbor Point Refining');
    expect(text).toContain('Meeting scheduled 1');

    const none = await drive.command(priya, 'outreach mine');

    expect(none.text).toContain('You own no employer');
  });
});
