import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events, people as peopleTable, rsvps } from '../../src/db/schema/index.js';
import type { SlackMessage } from '../../src/local/slack-shapes.js';
import { directMessageChannelId } from '../../src/local/workspace.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually, openForm, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';

const now = () => new Date('2027-01-11T15:00:00Z');
const convener = 'U0LOCAL01';
const people = ['U0LOCAL02', 'U0LOCAL03', 'U0LOCAL04', 'U0LOCAL05'];
const commandChannel = 'C0LOCALWBL';
const announceChannel = 'C0LOCALEVT';

describe.each(drivers)('events through Slack on %s', (driver) => {
  let bridge: TestBridge;

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now });
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  function eventValues(changes: Record<string, string | null> = {}) {
    const fields: Record<string, string | null> = {
      title: 'Manufacturing day',
      kind: 'career_fair',
      startDate: '2027-02-10',
      startTime: '09:00',
      endDate: null,
      endTime: '12:30',
      venue: 'Port Alder High School gym',
      capacity: '3',
      description: 'Meet local manufacturers.',
      channelId: announceChannel,
      ...changes,
    };

    return Object.fromEntries(
      Object.entries(fields).map(([blockId, value]) => [blockId, { value }]),
    );
  }

  async function submitEvent(changes: Record<string, string | null> = {}) {
    const view = await openForm(bridge, convener, 'event_new', () =>
      bridge.local.sender.command({
        userId: convener,
        channelId: commandChannel,
        text: '/bridge event new',
      }),
    );

    return bridge.local.sender.viewSubmission({
      userId: convener,
      view,
      values: eventValues(changes),
    });
  }

  function announcementOf(title: string): SlackMessage | undefined {
    return bridge.local.store
      .messages(announceChannel)
      .find((message) => message.text.includes(title));
  }

  async function clickRsvp(userId: string, title: string, actionId: string) {
    const message = announcementOf(title);
    const [row] = await bridge.database.db.select().from(events).where(eq(events.title, title));

    if (!message || !row) throw new Error(`No announcement for ${title}`);

    return bridge.local.sender.blockAction({
      userId,
      source: { kind: 'message', channelId: announceChannel, message },
      blockId: `rsvp:${row.id}`,
      actionId,
    });
  }

  /** Waits until the person's RSVP is stored, since clicks are acknowledged before that. */
  async function storedRsvp(userId: string, status: string) {
    return eventually(async () => {
      const rows = await bridge.database.db
        .select({ status: rsvps.status })
        .from(rsvps)
        .innerJoin(peopleTable, eq(peopleTable.id, rsvps.personId))
        .where(eq(peopleTable.slackUserId, userId));
      return rows.some((row) => row.status === status) ? rows : undefined;
    });
  }

  async function settledAnnouncement(title: string, expected: string) {
    return eventually(async () => {
      await bridge.bridge.announcements.drain();
      const message = announcementOf(title);
      return message?.text.includes(expected) ? message : undefined;
    });
  }

  it('announces demo events on first start', async () => {
    const announcement = await eventually(() => announcementOf('Spring WBL showcase'));
    const [stored] = await bridge.database.db
      .select()
      .from(events)
      .where(eq(events.title, 'Spring WBL showcase'));

    expect(announcement.text).toContain('Going: 2 of 200 · Maybe: 1');
    expect(stored?.messageTs).toBe(announcement.ts);
  });

  it('announces a new event with RSVP buttons', async () => {
    const submitted = await submitEvent();
    const announcement = await eventually(() => announcementOf('Manufacturing day'));
    const actions = announcement.blocks?.find((block) => block.type === 'actions');
    // The message is posted before its ts is stored, so wait for the stored ts.
    const stored = await eventually(async () => {
      const [row] = await bridge.database.db
        .select()
        .from(events)
        .where(eq(events.title, 'Manufacturing day'));
      return row?.messageTs ? row : undefined;
    });

    expect(submitted.body).toBeUndefined();
    expect(announcement.text).toContain('Going: 0 of 3');
    expect(JSON.stringify(actions)).toContain('rsvp_going');
    expect(JSON.stringify(actions)).toContain('rsvp_not_going');
    expect(stored.startsAt.toISOString()).toBe('2027-02-10T15:00:00.000Z');
    expect(stored.messageTs).toBe(announcement.ts);
  });

  it('stores and announces a retried event once', async () => {
    const view = await openForm(bridge, convener, 'event_new', () =>
      bridge.local.sender.command({
        userId: convener,
        channelId: commandChannel,
        text: '/bridge event new',
      }),
    );
    const values = eventValues({ title: 'Retried open house' });

    await bridge.local.sender.viewSubmission({ userId: convener, view, values });
    await bridge.local.sender.viewSubmission(
      { userId: convener, view, values },
      { headers: { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' } },
    );
    await eventually(() => announcementOf('Retried open house'));
    const stored = await eventually(async () => {
      const rows = await bridge.database.db
        .select()
        .from(events)
        .where(eq(events.title, 'Retried open house'));
      return rows[0]?.messageTs ? rows : undefined;
    });
    const posted = bridge.local.store
      .messages(announceChannel)
      .filter((message) => message.text.includes('Retried open house'));

    expect(stored).toHaveLength(1);
    expect(posted).toHaveLength(1);
  });

  it('confirms the event to its creator', async () => {
    const confirmation = await eventually(() =>
      bridge.local.store
        .ephemerals(convener, commandChannel)
        .find((message) => message.text.includes('Created *Manufacturing day*')),
    );

    expect(confirmation.text).toContain(`<#${announceChannel}>`);
  });

  it.each([
    ['end before start', { endTime: '08:00' }, 'endTime', 'not after the start'],
    ['start in the past', { startDate: '2027-01-04' }, 'startDate', 'in the past'],
    ['zero capacity', { capacity: '0' }, 'capacity', 'at least 1'],
    ['missing title', { title: null }, 'title', 'Enter a title.'],
    ['missing channel', { channelId: null }, 'channelId', 'Choose the channel'],
  ])('shows an inline error for %s', async (_case, changes, field, message) => {
    const before = await bridge.database.db.select().from(events);
    const submitted = await submitEvent(changes);
    const body = submitted.body as { response_action: string; errors: Record<string, string> };
    const after = await bridge.database.db.select().from(events);

    expect(body.response_action).toBe('errors');
    expect(body.errors[field]).toContain(message);
    expect(after).toHaveLength(before.length);
  });

  it('updates counts when people RSVP', async () => {
    await clickRsvp(people[0] ?? '', 'Manufacturing day', 'rsvp_going');
    await clickRsvp(people[1] ?? '', 'Manufacturing day', 'rsvp_maybe');

    const announcement = await settledAnnouncement('Manufacturing day', 'Going: 1 of 3 · Maybe: 1');

    expect(announcement.text).toContain("Can't go: 0");
  });

  it('changes an RSVP on a second click', async () => {
    await clickRsvp(people[0] ?? '', 'Manufacturing day', 'rsvp_not_going');

    const announcement = await settledAnnouncement('Manufacturing day', "Can't go: 1");
    const stored = await bridge.database.db.select().from(rsvps);

    expect(announcement.text).toContain('Going: 0 of 3');
    expect(stored.filter((row) => row.status === 'not_going')).toHaveLength(1);
  });

  /** Waits until the event's stored RSVPs pass `check`, since clicks are stored after the ack. */
  async function storedAnswers(title: string, check: (statuses: string[]) => boolean) {
    const [event] = await bridge.database.db.select().from(events).where(eq(events.title, title));

    return eventually(async () => {
      const rows = await bridge.database.db
        .select({ status: rsvps.status })
        .from(rsvps)
        .where(eq(rsvps.eventId, event?.id ?? ''));
      const statuses = rows.map((row) => row.status);
      return check(statuses) ? statuses : undefined;
    });
  }

  const count = (statuses: string[], status: string) =>
    statuses.filter((stored) => stored === status).length;

  it('loses no RSVP from clicks together', async () => {
    const clickers = [convener, ...people];

    await Promise.all(
      clickers.map((userId) => clickRsvp(userId, 'Manufacturing day', 'rsvp_maybe')),
    );
    const maybes = await storedAnswers('Manufacturing day', (statuses) => {
      return statuses.length === 5 && count(statuses, 'maybe') === 5;
    });
    // Three Going clicks together fill the capacity of 3 exactly.
    await Promise.all(
      [convener, people[0] ?? '', people[1] ?? ''].map((userId) =>
        clickRsvp(userId, 'Manufacturing day', 'rsvp_going'),
      ),
    );
    const answers = await storedAnswers('Manufacturing day', (statuses) => {
      return statuses.length === 5 && count(statuses, 'going') === 3;
    });
    const announcement = await settledAnnouncement('Manufacturing day', 'Going: 3 of 3 · Maybe: 2');

    expect(maybes).toHaveLength(5);
    expect(count(answers, 'maybe')).toBe(2);
    expect(announcement.text).toContain("Can't go: 0");
  });

  it('waitlists a Going clicker on a full event', async () => {
    const late = people[3] ?? '';

    await clickRsvp(late, 'Manufacturing day', 'rsvp_going');

    const reply = await eventually(() =>
      bridge.local.store
        .ephemerals(late, announceChannel)
        .find((message) => message.text.includes('on the waitlist')),
    );
    const stored = await storedRsvp(late, 'waitlisted');
    const announcement = await settledAnnouncement('Manufacturing day', 'Waitlist: 1');

    expect(reply.text).toContain('*Manufacturing day* is full (capacity 3)');
    expect(reply.text).toContain('at place 1');
    expect(stored.map((row) => row.status)).toEqual(['waitlisted']);
    expect(announcement.text).toContain('Going: 3 of 3');
  });

  it('promotes the waitlisted person when a place opens', async () => {
    const leaving = people[0] ?? '';
    const waiting = people[3] ?? '';

    await clickRsvp(leaving, 'Manufacturing day', 'rsvp_not_going');

    const promoted = await storedRsvp(waiting, 'going');
    const message = await eventually(() =>
      bridge.local.store
        .messages(directMessageChannelId(waiting))
        .find((posted) => posted.text.includes('A place opened at *Manufacturing day*')),
    );
    const announcement = await settledAnnouncement('Manufacturing day', "Can't go: 1");

    expect(promoted.map((row) => row.status)).toEqual(['going']);
    expect(message.text).toContain('you are now Going');
    expect(announcement.text).toContain('Going: 3 of 3');
    expect(announcement.text).not.toContain('Waitlist');
  });

  it('tells the clicker their RSVP', async () => {
    const reply = await eventually(() =>
      bridge.local.store
        .ephemerals(people[1] ?? '', announceChannel)
        .find((message) => message.text.includes('Your RSVP for *Manufacturing day*')),
    );

    expect(reply.text).toMatch(/Going|Maybe/);
  });

  it('lists upcoming events with my RSVP', async () => {
    await clickRsvp(convener, 'Manufacturing day', 'rsvp_not_going');
    await storedRsvp(convener, 'not_going');
    await clickRsvp(convener, 'Manufacturing day', 'rsvp_going');
    await storedRsvp(convener, 'going');
    await bridge.local.sender.command({
      userId: convener,
      channelId: commandChannel,
      text: '/bridge events',
    });

    const list = await eventually(() =>
      bridge.local.store
        .ephemerals(convener, commandChannel)
        .find((message) => message.text.startsWith('Upcoming events')),
    );

    expect(list.text).toContain('Manufacturing day');
    expect(list.text).toMatch(/Manufacturing day, [^\n]*\(your RSVP: Going\)/);
    expect(list.text).toContain('Spring WBL showcase');
  });

  it('publishes the Home tab on open', async () => {
    await bridge.local.sender.appHomeOpened({ userId: convener });

    const home = await eventually(() => bridge.local.store.homeView(convener));
    const rendered = JSON.stringify(home.blocks);

    expect(rendered).toContain('Your upcoming events');
    expect(rendered).toContain('Manufacturing day');
    expect(rendered).toContain('Your RSVP: *Going*');
    expect(rendered).toContain('Open opportunities');
  });

  it('records an RSVP from the Home tab', async () => {
    const home = await eventually(
      () => bridge.local.store.homeView(people[2] ?? '') ?? undefined,
      100,
    ).catch(async () => {
      await bridge.local.sender.appHomeOpened({ userId: people[2] ?? '' });
      return eventually(() => bridge.local.store.homeView(people[2] ?? ''));
    });
    const [event] = await bridge.database.db
      .select()
      .from(events)
      .where(eq(events.title, 'Manufacturing day'));

    await bridge.local.sender.blockAction({
      userId: people[2] ?? '',
      source: { kind: 'view', view: home },
      blockId: `rsvp:${event?.id}`,
      actionId: 'rsvp_not_going',
    });

    const updated = await eventually(() => {
      const view = bridge.local.store.homeView(people[2] ?? '');
      return JSON.stringify(view?.blocks).includes("Your RSVP: *Can't go*") ? view : undefined;
    });

    expect(updated).toBeDefined();
  });
});
