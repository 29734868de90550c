import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  eventBooths,
  eventFeedback,
  events,
  organizations,
  people,
  programs,
  rsvps,
} from '../../src/db/schema/index.js';
import type { SlackMessage, SlackView } from '../../src/local/slack-shapes.js';
import type { SlackOption } from '../../src/local/view-state-values.js';
import { directMessageChannelId } from '../../src/local/workspace.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually, openForm, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';

const convener = 'U0LOCAL01';
const marcus = 'U0LOCAL02';
const priya = 'U0LOCAL03';
const sam = 'U0LOCAL04';
const alicia = 'U0LOCAL05';
const commandChannel = 'C0LOCALWBL';
const announceChannel = 'C0LOCALEVT';

/** 9:00 AM in America/Chicago, the demo partnership's zone, on the day of "Check-in day". */
const morning = new Date('2027-01-11T15:00:00Z');

describe.each(drivers)('event coordination through Slack on %s', (driver) => {
  let bridge: TestBridge;
  let clock = morning;

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now: () => clock });
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  async function createEvent(userId: string, fields: Record<string, string | null>) {
    const view = await openForm(bridge, userId, 'event_new', () =>
      bridge.local.sender.command({ userId, channelId: commandChannel, text: '/bridge event new' }),
    );
    const values: Record<string, string | null> = {
      kind: 'wbl_showcase',
      endDate: null,
      venue: 'Port Alder Convention Center',
      capacity: null,
      description: null,
      channelId: announceChannel,
      ...fields,
    };

    await bridge.local.sender.viewSubmission({
      userId,
      view,
      values: Object.fromEntries(
        Object.entries(values).map(([blockId, value]) => [blockId, { value }]),
      ),
    });

    return eventually(async () => {
      const [row] = await bridge.database.db
        .select()
        .from(events)
        .where(eq(events.title, fields.title ?? ''));
      return row?.messageTs ? row : undefined;
    });
  }

  function announcementOf(title: string): SlackMessage | undefined {
    return bridge.local.store
      .messages(announceChannel)
      .find((message) => message.text.startsWith(`${title}:`));
  }

  async function settledAnnouncement(title: string, expected: string) {
    return eventually(async () => {
      await bridge.bridge.announcements.drain();
      const message = announcementOf(title);
      return JSON.stringify(message?.blocks).includes(expected) ? message : undefined;
    });
  }

  async function clickOnAnnouncement(
    userId: string,
    title: string,
    input: { blockId: string; actionId: string },
  ) {
    const message = await eventually(() => announcementOf(title));

    return bridge.local.sender.blockAction({
      userId,
      source: { kind: 'message', channelId: announceChannel, message },
      ...input,
    });
  }

  async function personId(slackUserId: string): Promise<string> {
    const [person] = await bridge.database.db
      .select({ id: people.id })
      .from(people)
      .where(eq(people.slackUserId, slackUserId));

    if (!person) throw new Error(`No person for ${slackUserId}`);

    return person.id;
  }

  async function statusOf(eventId: string, slackUserId: string) {
    const [row] = await bridge.database.db
      .select()
      .from(rsvps)
      .where(and(eq(rsvps.eventId, eventId), eq(rsvps.personId, await personId(slackUserId))));

    return row;
  }

  /** Waits for a modal of the user whose blocks contain `text`, after `open` runs. */
  async function modalWith(userId: string, text: string, open: () => Promise<unknown>) {
    const before = new Set(bridge.local.store.openViews(userId).map((view) => view.id));
    await open();

    return eventually(() =>
      bridge.local.store
        .openViews(userId)
        .find((view) => !before.has(view.id) && JSON.stringify(view.blocks).includes(text)),
    );
  }

  function directMessages(userId: string, text: string): SlackMessage[] {
    return bridge.local.store
      .messages(directMessageChannelId(userId))
      .filter((message) => message.text.includes(text));
  }

  describe('waitlist', () => {
    let eventId = '';
    const rsvp = (userId: string, actionId: string) =>
      clickOnAnnouncement(userId, 'Capacity drill', { blockId: `rsvp:${eventId}`, actionId });

    it('queues Going clicks past capacity in order', async () => {
      const event = await createEvent(convener, {
        title: 'Capacity drill',
        startDate: '2027-02-10',
        startTime: '09:00',
        endTime: '11:00',
        capacity: '2',
      });
      eventId = event.id;

      for (const userId of [convener, marcus, priya, sam, alicia]) {
        await rsvp(userId, 'rsvp_going');
        await eventually(async () => (await statusOf(eventId, userId))?.status);
      }

      const statuses = await Promise.all(
        [convener, marcus, priya, sam, alicia].map(async (userId) => statusOf(eventId, userId)),
      );
      const reply = await eventually(() =>
        bridge.local.store
          .ephemerals(alicia, announceChannel)
          .find((message) => message.text.includes('Capacity drill')),
      );
      const announcement = await settledAnnouncement('Capacity drill', 'Waitlist: 3');

      expect(statuses.map((row) => row?.status)).toEqual([
        'going',
        'going',
        'waitlisted',
        'waitlisted',
        'waitlisted',
      ]);
      expect(reply.text).toContain('on the waitlist at place 3');
      expect(announcement.text).toContain('Going: 2 of 2');
    });

    it('promotes in order when two cancel at once', async () => {
      await Promise.all([rsvp(convener, 'rsvp_not_going'), rsvp(marcus, 'rsvp_maybe')]);

      const promoted = await eventually(async () => {
        const rows = await Promise.all([priya, sam].map((userId) => statusOf(eventId, userId)));
        return rows.every((row) => row?.status === 'going') ? rows : undefined;
      });
      const going = await bridge.database.db
        .select()
        .from(rsvps)
        .where(and(eq(rsvps.eventId, eventId), eq(rsvps.status, 'going')));
      const stillWaiting = await statusOf(eventId, alicia);

      expect(promoted).toHaveLength(2);
      expect(going).toHaveLength(2);
      expect(stillWaiting?.status).toBe('waitlisted');
      await settledAnnouncement('Capacity drill', 'Waitlist: 1');
    });

    it('messages each promoted person once', async () => {
      const priyaMessages = await eventually(() => {
        const found = directMessages(priya, 'A place opened at *Capacity drill*');
        return found.length > 0 ? found : undefined;
      });
      const samMessages = directMessages(sam, 'A place opened at *Capacity drill*');
      const aliciaMessages = directMessages(alicia, 'A place opened at *Capacity drill*');
      const promotions = await bridge.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.channel, 'waitlist'));

      expect(priyaMessages).toHaveLength(1);
      expect(samMessages).toHaveLength(1);
      expect(aliciaMessages).toHaveLength(0);
      expect(promotions).toHaveLength(2);
    });
  });

  describe('booths', () => {
    let eventId = '';
    const booths = (userId: string) =>
      clickOnAnnouncement(userId, 'Booth night', {
        blockId: `event_tools:${eventId}`,
        actionId: 'event_booths',
      });

    it('rejects booths from a non-organizer', async () => {
      const event = await createEvent(marcus, {
        title: 'Booth night',
        startDate: '2027-02-12',
        startTime: '17:00',
        endTime: '19:00',
      });
      eventId = event.id;

      const notice = await modalWith(priya, 'organizer', () => booths(priya));

      expect(JSON.stringify(notice.blocks)).toContain(
        "Only the event's organizer (the person who created it) or the convener can change its booths.",
      );
    });

    async function searchOptions(view: SlackView, blockId: string, typed: string) {
      const answer = await bridge.local.sender.blockSuggestion({
        userId: marcus,
        source: { kind: 'view', view },
        blockId,
        actionId: 'value',
        value: typed,
      });
      const body = answer.body as { options?: SlackOption[] };

      return body.options ?? [];
    }

    it('adds a program and an organization', async () => {
      const view = await openForm(bridge, marcus, 'event_booths', () => booths(marcus));
      const [program] = await bridge.database.db
        .select({ id: programs.id, name: programs.name, campusId: programs.campusId })
        .from(programs)
        .limit(1);
      const [campus] = await bridge.database.db
        .select({ name: organizations.name })
        .from(organizations)
        .where(eq(organizations.id, program?.campusId ?? ''));
      const programOptions = await searchOptions(view, 'boothPrograms', program?.name ?? '');
      const employerOptions = await searchOptions(view, 'boothOrganizations', 'Coastline');
      const chosenProgram = programOptions.find((choice) => choice.value === program?.id);

      await bridge.local.sender.viewSubmission({
        userId: marcus,
        view,
        values: {
          boothPrograms: { value: chosenProgram ? [chosenProgram] : [] },
          boothOrganizations: { value: employerOptions.slice(0, 1) },
        },
      });

      const announcement = await settledAnnouncement('Booth night', 'Booths (2)');
      const stored = await bridge.database.db
        .select()
        .from(eventBooths)
        .where(eq(eventBooths.eventId, eventId));
      const audited = await bridge.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityType, 'event_booth'));

      expect(chosenProgram).toBeDefined();
      expect(employerOptions[0]?.text.text).toContain('Coastline Welding');
      expect(JSON.stringify(announcement.blocks)).toContain(`${program?.name} — ${campus?.name}`);
      expect(stored).toHaveLength(2);
      expect(audited).toHaveLength(2);
    });

    it('removes a booth that is no longer chosen', async () => {
      const view = await openForm(bridge, marcus, 'event_booths', () => booths(marcus));
      const initial = JSON.stringify(view.blocks);

      await bridge.local.sender.viewSubmission({
        userId: marcus,
        view,
        values: { boothPrograms: { value: [] } },
      });

      const announcement = await settledAnnouncement('Booth night', 'Booths (1)');
      const stored = await bridge.database.db
        .select()
        .from(eventBooths)
        .where(eq(eventBooths.eventId, eventId));

      expect(initial).toContain('initial_options');
      expect(stored).toHaveLength(1);
      expect(stored[0]?.organizationId).not.toBeNull();
      expect(JSON.stringify(announcement.blocks)).toContain('Coastline Welding');
    });
  });

  describe('check-in', () => {
    let eventId = '';

    it('shows Check in on the event day only', async () => {
      const event = await createEvent(marcus, {
        title: 'Check-in day',
        startDate: '2027-01-11',
        startTime: '10:00',
        endTime: '12:00',
      });
      eventId = event.id;
      await createEvent(marcus, {
        title: 'Check-in day two',
        startDate: '2027-01-12',
        startTime: '10:00',
        endTime: '12:00',
      });

      const today = await eventually(() => announcementOf('Check-in day'));
      const tomorrow = await eventually(() => announcementOf('Check-in day two'));

      expect(JSON.stringify(today.blocks)).toContain('event_check_in');
      expect(JSON.stringify(tomorrow.blocks)).not.toContain('event_check_in');
    });

    it('rejects check-in before the day', async () => {
      const notice = await modalWith(marcus, 'open only on the day', () =>
        bridge.local.sender.command({
          userId: marcus,
          channelId: commandChannel,
          text: '/bridge checkin Check-in day two',
        }),
      );

      expect(JSON.stringify(notice.blocks)).toContain('Come back then.');
    });

    it('rejects check-in by a non-organizer', async () => {
      const notice = await modalWith(sam, 'organizer', () =>
        clickOnAnnouncement(sam, 'Check-in day', {
          blockId: `event_tools:${eventId}`,
          actionId: 'event_check_in',
        }),
      );

      expect(JSON.stringify(notice.blocks)).toContain('can check people in');
    });

    it('checks in Going people and walk-ins', async () => {
      for (const userId of [priya, alicia]) {
        await clickOnAnnouncement(userId, 'Check-in day', {
          blockId: `rsvp:${eventId}`,
          actionId: 'rsvp_going',
        });
        await eventually(async () => (await statusOf(eventId, userId))?.status === 'going');
      }

      const view = await openForm(bridge, marcus, 'event_check_in', () =>
        clickOnAnnouncement(marcus, 'Check-in day', {
          blockId: `event_tools:${eventId}`,
          actionId: 'event_check_in',
        }),
      );
      const listed = JSON.stringify(view.blocks);

      await bridge.local.sender.viewSubmission({
        userId: marcus,
        view,
        values: {
          checkInAttendees: { value: [await personId(priya)] },
          checkInWalkIns: { value: [sam] },
        },
      });

      const walkIn = await eventually(async () => {
        const row = await statusOf(eventId, sam);
        return row?.checkedInAt ? row : undefined;
      });
      const attendee = await statusOf(eventId, priya);
      const notYet = await statusOf(eventId, alicia);
      const eventRsvps = await bridge.database.db
        .select({ id: rsvps.id })
        .from(rsvps)
        .where(eq(rsvps.eventId, eventId));
      const audited = await bridge.database.db
        .select()
        .from(auditLog)
        .where(
          and(eq(auditLog.entityType, 'rsvp'), eq(auditLog.actorPersonId, await personId(marcus))),
        );
      const checkIns = audited.filter((row) => eventRsvps.some((rsvp) => rsvp.id === row.entityId));

      expect(listed).toContain('Priya Nair');
      expect(listed).toContain('Alicia Gomez');
      expect(attendee?.checkedInAt?.toISOString()).toBe(morning.toISOString());
      expect(walkIn.status).toBe('going');
      expect(notYet?.checkedInAt).toBeNull();
      expect(checkIns).toHaveLength(2);
    });

    it('rejects an empty check-in with an inline error', async () => {
      const view = await openForm(bridge, marcus, 'event_check_in', () =>
        clickOnAnnouncement(marcus, 'Check-in day', {
          blockId: `event_tools:${eventId}`,
          actionId: 'event_check_in',
        }),
      );
      const submitted = await bridge.local.sender.viewSubmission({ userId: marcus, view });
      const body = submitted.body as { response_action: string; errors: Record<string, string> };

      expect(body.response_action).toBe('errors');
      expect(body.errors.checkInAttendees).toBe('Choose at least one person to check in.');
    });

    it('offers a choice when the name matches several events', async () => {
      const choice = await modalWith(convener, 'Several events match', () =>
        bridge.local.sender.command({
          userId: convener,
          channelId: commandChannel,
          text: '/bridge checkin check-in',
        }),
      );
      await bridge.local.sender.blockAction({
        userId: convener,
        source: { kind: 'view', view: choice },
        blockId: `checkin_choice:${eventId}`,
        actionId: 'event_check_in',
      });
      // The choice modal turns into the check-in form in place, keeping its view id.
      const form = await eventually(() =>
        bridge.local.store
          .openViews(convener)
          .find((view) => view.id === choice.id && view.callback_id === 'event_check_in'),
      );

      expect(JSON.stringify(choice.blocks)).toContain('Check-in day two');
      expect(form.callback_id).toBe('event_check_in');
      expect(JSON.stringify(form.blocks)).toContain('Alicia Gomez');
    });
  });

  describe('feedback', () => {
    let eventId = '';

    it('sends nothing before the event ends', async () => {
      const [event] = await bridge.database.db
        .select()
        .from(events)
        .where(eq(events.title, 'Check-in day'));
      eventId = event?.id ?? '';

      await bridge.bridge.jobs.runNow('event-feedback');

      expect(directMessages(priya, 'How useful was it?')).toHaveLength(0);
    });

    it('asks each attendee once after the end', async () => {
      clock = new Date('2027-01-11T19:00:00Z');

      await Promise.all([
        bridge.bridge.jobs.runNow('event-feedback'),
        bridge.bridge.jobs.runNow('event-feedback'),
      ]);
      await bridge.bridge.jobs.runNow('event-feedback');

      const [event] = await bridge.database.db.select().from(events).where(eq(events.id, eventId));

      expect(directMessages(priya, 'Check-in day')).toHaveLength(1);
      expect(directMessages(sam, 'Check-in day')).toHaveLength(1);
      expect(directMessages(alicia, 'Check-in day')).toHaveLength(0);
      expect(event?.feedbackRequestedAt?.toISOString()).toBe(clock.toISOString());
    });

    async function openFeedback(userId: string, requestOf: string) {
      const [request] = directMessages(requestOf, 'Check-in day');

      if (!request) throw new Error(`No feedback request for ${requestOf}`);

      return bridge.local.sender.blockAction({
        userId,
        source: { kind: 'message', channelId: directMessageChannelId(requestOf), message: request },
        blockId: `feedback:${eventId}`,
        actionId: 'event_feedback',
      });
    }

    it('rejects a missing rating inline', async () => {
      const view = await openForm(bridge, priya, 'event_feedback', () =>
        openFeedback(priya, priya),
      );
      const submitted = await bridge.local.sender.viewSubmission({ userId: priya, view });
      const body = submitted.body as { response_action: string; errors: Record<string, string> };

      expect(body.errors.feedbackRating).toBe('Choose a rating from 1 to 5.');
    });

    it('stores one answer per person', async () => {
      for (const [userId, rating] of [
        [priya, '5'],
        [priya, '2'],
        [sam, '4'],
      ] as const) {
        const view = await openForm(bridge, userId, 'event_feedback', () =>
          openFeedback(userId, userId),
        );
        await bridge.local.sender.viewSubmission({
          userId,
          view,
          values: {
            feedbackRating: { value: rating },
            feedbackComment: { value: 'Useful booths' },
          },
        });
        await eventually(async () => {
          const rows = await bridge.database.db
            .select()
            .from(eventFeedback)
            .where(eq(eventFeedback.personId, await personId(userId)));
          return rows[0]?.rating === Number(rating) ? rows : undefined;
        });
      }

      const stored = await bridge.database.db
        .select()
        .from(eventFeedback)
        .where(eq(eventFeedback.eventId, eventId));

      expect(stored).toHaveLength(2);
      expect(stored.map((row) => row.rating).sort()).toEqual([2, 4]);
    });

    it('shows the average on the announcement', async () => {
      const announcement = await settledAnnouncement(
        'Check-in day',
        'Feedback: 3.0 of 5 from 2 attendees',
      );

      expect(announcement.text).toContain('Feedback: 3.0 of 5 from 2 attendees');
    });

    it('rejects feedback from non-attendees', async () => {
      const notice = await modalWith(alicia, 'did not check in', () => openFeedback(alicia, priya));

      expect(JSON.stringify(notice.blocks)).toContain('Check-in day');
    });
  });

  describe('event day', () => {
    it('adds Check in when the day begins', async () => {
      const before = await eventually(() => announcementOf('Check-in day two'));

      // 00:30 on Jan 12 in America/Chicago.
      clock = new Date('2027-01-12T06:30:00Z');
      await bridge.bridge.jobs.runNow('event-day');

      const after = await settledAnnouncement('Check-in day two', 'event_check_in');

      expect(JSON.stringify(before.blocks)).not.toContain('event_check_in');
      expect(JSON.stringify(after.blocks)).toContain('event_check_in');
    });
  });

  describe('calendar file', () => {
    it('serves the linked .ics and hides it behind the token', async () => {
      const announcement = await eventually(() => announcementOf('Booth night'));
      const link = /"url":"([^"]+\.ics\?token=[^"]+)"/.exec(JSON.stringify(announcement.blocks));
      const url = link?.[1] ?? '';
      const response = await fetch(url);
      const body = await response.text();
      const forged = await fetch(url.replace(/token=.*/, 'token=forged'));

      expect(url).toContain('/calendar/events/');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/calendar');
      expect(body).toContain('SUMMARY:Booth night\r\n');
      expect(body).toContain('DTSTART:20270212T230000Z\r\n');
      expect(forged.status).toBe(404);
    });
  });
});
