import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opportunities, organizations } from '../../src/db/schema/index.js';
import type { EnteredValues } from '../../src/local/slack-sender.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually, openForm, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';

const start = new Date('2027-01-11T15:00:00Z').getTime();
let ticks = 0;
/** A clock that moves one second per reading, so rows created in order sort in order. */
const now = () => new Date(start + 1000 * ticks++);
const convener = 'U0LOCAL01';
const channelId = 'C0LOCALWBL';

describe.each(drivers)('opportunities through Slack on %s', (driver) => {
  let bridge: TestBridge;
  let employerId: string;

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now });
    const [employer] = await bridge.database.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.name, 'Coastline Welding & Fabrication'));
    employerId = employer?.id ?? '';
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  function formValues(changes: Record<string, string | string[] | null> = {}): EnteredValues {
    const fields: Record<string, string | string[] | null> = {
      employerId,
      type: 'internship',
      title: 'Spring machining internship',
      description: 'Ten weeks on CNC mills.',
      careerCluster: 'Advanced Manufacturing',
      slots: '2',
      paid: ['paid'],
      startsOn: '2027-03-01',
      endsOn: '2027-05-07',
      location: 'Port Alder',
      ...changes,
    };

    return Object.fromEntries(
      Object.entries(fields).map(([blockId, value]) => [blockId, { value }]),
    );
  }

  async function openOpportunityForm(userId = convener) {
    return openForm(bridge, userId, 'opportunity_new', async () => {
      const sent = await bridge.local.sender.command({
        userId,
        channelId,
        text: '/bridge opportunity new',
      });
      expect(sent.status).toBe(200);
    });
  }

  async function countStored(title: string) {
    const rows = await bridge.database.db
      .select()
      .from(opportunities)
      .where(eq(opportunities.title, title));
    return rows.length;
  }

  it('saves an opportunity from the modal', async () => {
    const view = await openOpportunityForm();
    const submitted = await bridge.local.sender.viewSubmission({
      userId: convener,
      view,
      values: formValues(),
    });

    expect(submitted.status).toBe(200);
    expect(submitted.body).toBeUndefined();

    const confirmation = await eventually(() =>
      bridge.local.store
        .ephemerals(convener, channelId)
        .find((message) => message.text.includes('Saved')),
    );
    const [stored] = await bridge.database.db
      .select()
      .from(opportunities)
      .where(eq(opportunities.title, 'Spring machining internship'));

    expect(confirmation.text).toContain('Spring machining internship');
    expect(stored?.slots).toBe(2);
    expect(stored?.paid).toBe(true);
    expect(stored?.startsOn).toBe('2027-03-01');
    expect(stored?.employerId).toBe(employerId);
  });

  it.each([
    ['missing title', { title: null }, 'title', 'Enter a title.'],
    ['zero slots', { slots: '0' }, 'slots', 'Slots must be at least 1.'],
    ['negative slots', { slots: '-2' }, 'slots', 'Slots must be at least 1.'],
    [
      'end before start',
      { startsOn: '2027-04-01', endsOn: '2027-03-01' },
      'endsOn',
      'before the start date',
    ],
    ['past start date', { startsOn: '2027-01-04' }, 'startsOn', 'in the past'],
    ['title over limit', { title: 'x'.repeat(151) }, 'title', 'at most 150 characters'],
    ['no employer', { employerId: null }, 'employerId', 'Choose the employer'],
  ])('shows an inline error for %s', async (_case, changes, field, message) => {
    const view = await openOpportunityForm();
    const title = `Invalid ${field} ${Math.random()}`;
    const values = formValues({ title, ...changes });
    const submitted = await bridge.local.sender.viewSubmission({ userId: convener, view, values });
    const body = submitted.body as { response_action: string; errors: Record<string, string> };

    expect(body.response_action).toBe('errors');
    expect(body.errors[field]).toContain(message);
    expect(await countStored(title)).toBe(0);
  });

  it('lets only the convener and chamber staff add an employer', async () => {
    const educator = 'U0LOCAL04';
    const view = await openOpportunityForm(educator);
    const values = formValues({
      employerId: null,
      newEmployerName: 'Sneaky New Employer LLC',
      title: 'Internship at a new employer',
    });
    const submitted = await bridge.local.sender.viewSubmission({ userId: educator, view, values });
    const body = submitted.body as { response_action: string; errors: Record<string, string> };
    const added = await bridge.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.name, 'Sneaky New Employer LLC'));

    expect(body.response_action).toBe('errors');
    expect(body.errors.newEmployerName).toContain(
      'Only the convener and chamber staff can add employers',
    );
    expect(added).toEqual([]);
    expect(await countStored('Internship at a new employer')).toBe(0);
  });

  it.each([
    [
      'an educator',
      'U0LOCAL04',
      'Your role (educator) can read opportunities but not register them',
    ],
    ['staff of another employer', 'U0LOCAL02', 'for their own employer only'],
  ])('refuses an opportunity from %s', async (_who, userId, reason) => {
    const [harbor] = await bridge.database.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.name, 'Harbor Point Refining'));
    const view = await openOpportunityForm(userId);
    const title = `Refused internship ${userId}`;
    const values = formValues({ employerId: harbor?.id ?? '', title });
    const submitted = await bridge.local.sender.viewSubmission({ userId, view, values });
    const body = submitted.body as { response_action: string; errors: Record<string, string> };

    expect(body.response_action).toBe('errors');
    expect(body.errors.employerId).toContain(reason);
    expect(await countStored(title)).toBe(0);
  });

  it('stores a retried submission once', async () => {
    const view = await openOpportunityForm();
    const values = formValues({ title: 'Retried internship' });

    await bridge.local.sender.viewSubmission({ userId: convener, view, values });
    const retry = await bridge.local.sender.viewSubmission(
      { userId: convener, view, values },
      { headers: { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' } },
    );
    await eventually(() =>
      bridge.local.store
        .ephemerals(convener, channelId)
        .find((message) => message.text.includes('Retried internship')),
    );
    await bridge.bridge.announcements.drain();

    expect(retry.status).toBe(200);
    expect(await countStored('Retried internship')).toBe(1);
  });

  it('lists open opportunities newest first', async () => {
    await bridge.local.sender.command({
      userId: convener,
      channelId,
      text: '/bridge opportunities',
    });

    const list = await eventually(() =>
      bridge.local.store
        .ephemerals(convener, channelId)
        .find((message) => message.text.startsWith('Open opportunities')),
    );
    const position = (title: string) => list.text.indexOf(title);

    expect(position('Retried internship')).toBeGreaterThan(0);
    expect(position('Spring machining internship')).toBeGreaterThan(position('Retried internship'));
    expect(position('Summer welding internship')).toBeGreaterThan(
      position('Spring machining internship'),
    );
  });

  it('filters opportunities by type', async () => {
    await bridge.local.sender.command({
      userId: convener,
      channelId,
      text: '/bridge opportunities job shadows',
    });

    const list = await eventually(() =>
      bridge.local.store
        .ephemerals(convener, channelId)
        .find((message) => message.text.startsWith('Open job shadow')),
    );

    expect(list.text).toContain('Nursing unit job shadow');
    expect(list.text).not.toContain('internship');
  });

  it('shows hostile text as text', async () => {
    const view = await openOpportunityForm();
    const title = '<!channel> <https://evil.example|free money> <@U0LOCAL02>';
    await bridge.local.sender.viewSubmission({
      userId: convener,
      view,
      values: formValues({ title }),
    });
    await eventually(() =>
      bridge.local.store
        .ephemerals(convener, channelId)
        .find((message) => message.text.includes('free money')),
    );

    await bridge.local.sender.command({
      userId: convener,
      channelId,
      text: '/bridge opportunities',
    });
    const list = await eventually(() =>
      bridge.local.store
        .ephemerals(convener, channelId)
        .find(
          (message) =>
            message.text.startsWith('Open opportunities') && message.text.includes('free money'),
        ),
    );
    const rendered = JSON.stringify(list.blocks);

    expect(list.text).toContain('&lt;!channel&gt;');
    expect(list.text).not.toContain('<!channel>');
    expect(rendered).not.toContain('<https://evil.example');
    expect(rendered).not.toContain('<@U0LOCAL02>');
  });

  it('pages through a list longer than one message', async () => {
    const pageChannel = 'C0LOCALGEN';
    const [employer] = await bridge.database.db
      .select({ partnershipId: organizations.partnershipId })
      .from(organizations)
      .where(eq(organizations.id, employerId));
    await bridge.database.db.insert(opportunities).values(
      Array.from({ length: 40 }, (_, index) => ({
        partnershipId: employer?.partnershipId ?? '',
        employerId,
        type: 'internship' as const,
        title: `Paged internship ${index}`,
        careerCluster: 'Advanced Manufacturing',
        slots: 1,
        paid: false,
      })),
    );

    await bridge.local.sender.command({
      userId: convener,
      channelId: pageChannel,
      text: '/bridge opportunities internships',
    });
    const first = await eventually(() =>
      bridge.local.store
        .ephemerals(convener, pageChannel)
        .find((message) => message.text.startsWith('Open internship opportunities')),
    );

    expect(JSON.stringify(first.blocks)).toContain('Showing 1–15; press Next for more.');

    const titlesOnPage = async (range: string) => {
      const page = await eventually(() =>
        bridge.local.store
          .ephemerals(convener, pageChannel)
          .find((message) => JSON.stringify(message.blocks).includes(range)),
      );
      return { page, titles: page.text.match(/Paged internship \d+/g) ?? [] };
    };
    const clickPage = async (ephemeral: typeof first, actionId: string) => {
      const clicked = await bridge.local.sender.blockAction({
        userId: convener,
        source: { kind: 'ephemeral', channelId: pageChannel, ephemeral },
        blockId: 'opportunities_page',
        actionId,
      });
      expect(clicked.status).toBe(200);
    };

    await clickPage(first, 'list_page_next');
    const second = await titlesOnPage('Showing 16–30');
    await clickPage(second.page, 'list_page_next');
    const third = await titlesOnPage('Showing 31–');
    await clickPage(third.page, 'list_page_previous');
    const back = await titlesOnPage('Showing 16–30');

    const firstTitles = first.text.match(/Paged internship \d+/g) ?? [];
    const seen = new Set([...firstTitles, ...second.titles, ...third.titles]);

    expect(seen.size).toBe(firstTitles.length + second.titles.length + third.titles.length);
    expect([...seen].filter((title) => title.startsWith('Paged')).length).toBe(40);
    expect(back.titles).toEqual(second.titles);
    expect(JSON.stringify(third.page.blocks)).not.toContain('list_page_next');
  });

  it('searches employers when there are more than a select holds', async () => {
    const [employer] = await bridge.database.db
      .select({ partnershipId: organizations.partnershipId })
      .from(organizations)
      .where(eq(organizations.id, employerId));
    await bridge.database.db.insert(organizations).values(
      Array.from({ length: 100 }, (_, index) => ({
        partnershipId: employer?.partnershipId ?? '',
        kind: 'employer' as const,
        name: `Bayou Supply ${String(index).padStart(3, '0')}`,
      })),
    );

    const view = await openOpportunityForm();
    const picker = view.blocks.find((block) => block.block_id === 'employerId') as
      | { element?: { type?: string } }
      | undefined;

    expect(picker?.element?.type).toBe('external_select');

    const suggested = await bridge.local.sender.blockSuggestion({
      userId: convener,
      source: { kind: 'view', view },
      blockId: 'employerId',
      actionId: 'value',
      value: 'coastline',
    });
    const options = (
      suggested.body as { options: Array<{ text: { type: string; text: string }; value: string }> }
    ).options;

    expect(options.map((option) => option.text.text)).toEqual(['Coastline Welding & Fabrication']);

    const values = formValues({ title: 'Searched-employer internship' });
    values.employerId = { value: options[0] ?? null };
    const submitted = await bridge.local.sender.viewSubmission({ userId: convener, view, values });

    expect(submitted.body).toBeUndefined();

    const stored = await eventually(async () => {
      const [row] = await bridge.database.db
        .select()
        .from(opportunities)
        .where(eq(opportunities.title, 'Searched-employer internship'));
      return row;
    });

    expect(stored.employerId).toBe(employerId);
  });
});
