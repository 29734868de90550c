import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionItems,
  auditLog,
  employerHandoffs,
  employerOutreach,
  meetingInvitees,
  meetingOutcomes,
  meetings,
  organizations,
  people,
} from '../../src/db/schema/index.js';
import { meetingHandoffsJob } from '../../src/jobs/meeting-handoffs.js';
import type { SlackMessage, SlackView } from '../../src/local/slack-shapes.js';
import { issueTriggerId } from '../../src/local/trigger-ids.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually, openForm, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';

const convener = 'U0LOCAL01';
const employerStaff = 'U0LOCAL02';
const districtStaff = 'U0LOCAL03';
const educator = 'U0LOCAL04';
const chamberStaff = 'U0LOCAL05';
const commandChannel = 'C0LOCALWBL';

/** The demo data is loaded at 9:00 in Chicago on Jan 11, 2027, when invitations go out. */
const start = new Date('2027-01-11T15:00:00Z');

describe.each(drivers)('meetings through Slack on %s', (driver) => {
  let bridge: TestBridge;
  let clock = start;

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now: () => clock });
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  const db = () => bridge.database.db;
  const dm = (userId: string) => `D${userId.slice(1)}`;

  async function personId(name: string): Promise<string> {
    const [row] = await db().select().from(people).where(eq(people.displayName, name));
    if (!row) throw new Error(`No person ${name}`);
    return row.id;
  }

  async function organizationId(name: string): Promise<string> {
    const [row] = await db().select().from(organizations).where(eq(organizations.name, name));
    if (!row) throw new Error(`No organization ${name}`);
    return row.id;
  }

  async function meetingNamed(title: string) {
    return eventually(async () => {
      const [row] = await db().select().from(meetings).where(eq(meetings.title, title));
      return row;
    });
  }

  const option = (text: string, value: string) => ({
    text: { type: 'plain_text', text },
    value,
  });

  async function openMeetingForm(userId = convener): Promise<SlackView> {
    return openForm(bridge, userId, 'meeting_new', () =>
      bridge.local.sender.command({
        userId,
        channelId: commandChannel,
        text: '/bridge meeting new',
      }),
    );
  }

  async function meetingValues(changes: Record<string, unknown> = {}) {
    const fields: Record<string, unknown> = {
      title: 'Welding employers alignment',
      kind: 'employer_alignment',
      startDate: '2027-01-20',
      startTime: '10:00',
      endDate: null,
      endTime: '11:00',
      location: 'Port Alder ISD board room',
      meetingDistrict: await organizationId('Port Alder ISD'),
      meetingPeople: [option('Priya Nair', await personId('Priya Nair'))],
      meetingOrganizations: [
        option(
          'Coastline Welding & Fabrication',
          await organizationId('Coastline Welding & Fabrication'),
        ),
        option('Harbor Point Refining', await organizationId('Harbor Point Refining')),
      ],
      ...changes,
    };

    return Object.fromEntries(
      Object.entries(fields).map(([blockId, value]) => [blockId, { value }]),
    ) as never;
  }

  function invitationOf(userId: string, title: string): SlackMessage | undefined {
    return bridge.local.store
      .messages(dm(userId))
      .find((message) => message.text.startsWith(`Meeting invitation: ${title}`));
  }

  function organizerMessageOf(title: string): SlackMessage | undefined {
    return bridge.local.store
      .messages(dm(convener))
      .find((message) => message.text.startsWith(`Your meeting ${title}`));
  }

  async function answer(
    userId: string,
    message: SlackMessage,
    meetingId: string,
    actionId: string,
  ) {
    return bridge.local.sender.blockAction({
      userId,
      source: { kind: 'message', channelId: dm(userId), message },
      blockId: `meeting_answer:${meetingId}`,
      actionId,
    });
  }

  it('refuses an educator the meeting form', async () => {
    await bridge.local.sender.command({
      userId: educator,
      channelId: commandChannel,
      text: '/bridge meeting new',
    });

    const notice = await eventually(() =>
      bridge.local.store
        .openViews(educator)
        .find((view) => JSON.stringify(view.blocks).includes('cannot create meetings')),
    );

    expect(JSON.stringify(notice.blocks)).toContain('Your role (educator)');
  });

  it.each([
    ['end before start', { endTime: '09:00' }, 'endTime', 'not after the start'],
    ['start in the past', { startDate: '2027-01-04' }, 'startDate', 'in the past'],
    ['missing title', { title: null }, 'title', 'Enter a title.'],
    [
      'no invitees',
      { meetingPeople: [], meetingOrganizations: [] },
      'meetingPeople',
      'Invite at least one',
    ],
  ])('shows an inline error for %s', async (_case, changes, blockId, message) => {
    const before = await db().select().from(meetings);
    const view = await openMeetingForm();
    const submitted = await bridge.local.sender.viewSubmission({
      userId: convener,
      view,
      values: await meetingValues(changes),
    });
    const body = submitted.body as { response_action: string; errors: Record<string, string> };

    expect(body.response_action).toBe('errors');
    expect(body.errors[blockId]).toContain(message);
    expect(await db().select().from(meetings)).toHaveLength(before.length);
  });

  it('creates a meeting once and invites people and organizations', async () => {
    const view = await openMeetingForm();
    const values = await meetingValues();

    await bridge.local.sender.viewSubmission({ userId: convener, view, values });
    await bridge.local.sender.viewSubmission(
      { userId: convener, view, values },
      { headers: { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' } },
    );

    const meeting = await meetingNamed('Welding employers alignment');
    const invitees = await db()
      .select({ name: people.displayName, organizationId: meetingInvitees.organizationId })
      .from(meetingInvitees)
      .innerJoin(people, eq(people.id, meetingInvitees.personId))
      .where(eq(meetingInvitees.meetingId, meeting.id));
    const names = invitees.map((invitee) => invitee.name).sort();
    const created = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'meeting'), eq(auditLog.entityId, meeting.id)));

    expect(
      await db().select().from(meetings).where(eq(meetings.title, meeting.title)),
    ).toHaveLength(1);
    expect(meeting.startsAt.toISOString()).toBe('2027-01-20T16:00:00.000Z');
    expect(names).toEqual([
      'Elena Castillo',
      'Gregory Fontenot',
      'Lupe Hinojosa',
      'Marcus Lee',
      'Priya Nair',
    ]);
    expect(invitees.find((invitee) => invitee.name === 'Priya Nair')?.organizationId).toBeNull();
    expect(created).toHaveLength(1);
    expect(JSON.stringify(created[0]?.after)).not.toContain(meeting.calendarToken);
  });

  it('sends invitations with Accept and Decline', async () => {
    const meeting = await meetingNamed('Welding employers alignment');
    const invitation = await eventually(() =>
      invitationOf(employerStaff, 'Welding employers alignment'),
    );
    const stored = await eventually(async () => {
      const [row] = await db()
        .select()
        .from(meetingInvitees)
        .where(
          and(
            eq(meetingInvitees.meetingId, meeting.id),
            eq(meetingInvitees.personId, await personId('Marcus Lee')),
          ),
        );
      return row?.messageTs ? row : undefined;
    });
    const rendered = JSON.stringify(invitation.blocks);

    expect(rendered).toContain('meeting_accept');
    expect(rendered).toContain('meeting_decline');
    expect(rendered).toContain(`/calendar/meetings/${meeting.id}.ics?token=`);
    expect(stored.channelId).toBe(dm(employerStaff));
    expect(stored.messageTs).toBe(invitation.ts);
    expect(
      await eventually(() => invitationOf(districtStaff, 'Welding employers alignment')),
    ).toBeDefined();
  });

  it('shows responses on the organizer message', async () => {
    const meeting = await meetingNamed('Welding employers alignment');
    const invitation = await eventually(() =>
      invitationOf(employerStaff, 'Welding employers alignment'),
    );

    await answer(employerStaff, invitation, meeting.id, 'meeting_accept');

    const organizer = await eventually(() => {
      const message = organizerMessageOf('Welding employers alignment');
      return message?.text.includes('Accepted: 1') ? message : undefined;
    });
    const updated = await eventually(() => {
      const message = invitationOf(employerStaff, 'Welding employers alignment');
      return message?.text.includes('Your answer: Accepted') ? message : undefined;
    });

    expect(organizer.text).toContain('No answer yet: 4');
    expect(JSON.stringify(organizer.blocks)).toContain(
      'Marcus Lee (Coastline Welding &amp; Fabrication): Accepted',
    );
    expect(JSON.stringify(organizer.blocks)).toContain('meeting_record_outcome');
    expect(updated.ts).toBe(invitation.ts);
  });

  it('lets an invitee change the response', async () => {
    const meeting = await meetingNamed('Welding employers alignment');
    const invitation = await eventually(() =>
      invitationOf(districtStaff, 'Welding employers alignment'),
    );

    await answer(districtStaff, invitation, meeting.id, 'meeting_decline');
    await eventually(() =>
      organizerMessageOf('Welding employers alignment')?.text.includes('Declined: 1'),
    );
    await answer(districtStaff, invitation, meeting.id, 'meeting_accept');

    const organizer = await eventually(() => {
      const message = organizerMessageOf('Welding employers alignment');
      return message?.text.includes('Accepted: 2') ? message : undefined;
    });
    const changes = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityType, 'meeting_invitee'));

    expect(organizer.text).toContain('Declined: 0');
    expect(changes.length).toBeGreaterThanOrEqual(3);
  });

  it('rejects a response from a non-invitee', async () => {
    const meeting = await meetingNamed('Welding employers alignment');
    const invitation = await eventually(() =>
      invitationOf(employerStaff, 'Welding employers alignment'),
    );

    await bridge.local.sender.blockAction({
      userId: chamberStaff,
      source: { kind: 'message', channelId: commandChannel, message: invitation },
      blockId: `meeting_answer:${meeting.id}`,
      actionId: 'meeting_decline',
    });

    const reply = await eventually(() =>
      bridge.local.store
        .ephemerals(chamberStaff, commandChannel)
        .find((message) => message.text.startsWith('You are not invited')),
    );
    const [marcus] = await db()
      .select()
      .from(meetingInvitees)
      .where(eq(meetingInvitees.personId, await personId('Marcus Lee')));

    expect(reply.text).toContain('only the invited person can answer');
    expect(marcus?.response).toBe('accepted');
  });

  it('lists upcoming meetings with counts', async () => {
    await bridge.local.sender.command({
      userId: districtStaff,
      channelId: commandChannel,
      text: '/bridge meetings',
    });

    const list = await eventually(() =>
      bridge.local.store
        .ephemerals(districtStaff, commandChannel)
        .find((message) => message.text.startsWith('Upcoming meetings')),
    );

    expect(list.text).toContain('Welding employers alignment');
    expect(list.text).toContain('Accepted: 2 · Declined: 0 · No answer yet: 3');
    expect(JSON.stringify(list.blocks)).toContain('Your answer: *Accepted*');
  });

  it('serves the calendar file only with its token', async () => {
    const meeting = await meetingNamed('Welding employers alignment');
    const [other] = await db()
      .insert(meetings)
      .values({
        partnershipId: meeting.partnershipId,
        title: 'Another meeting',
        kind: 'other',
        startsAt: new Date('2027-02-01T15:00:00Z'),
        endsAt: new Date('2027-02-01T16:00:00Z'),
      })
      .returning();
    const base = `${bridge.bridge.url}/calendar/meetings/${meeting.id}.ics`;
    const good = await fetch(`${base}?token=${meeting.calendarToken}`);
    const body = await good.text();
    const wrong = await fetch(`${base}?token=${other?.calendarToken}`);
    const missing = await fetch(base);

    expect(good.status).toBe(200);
    expect(good.headers.get('content-type')).toContain('text/calendar');
    expect(body).toContain('SUMMARY:Welding employers alignment\r\n');
    expect(body).toContain('DTSTART:20270120T160000Z\r\n');
    expect(wrong.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await wrong.text()).not.toContain('Welding');
  });

  describe('unresponsive employers', () => {
    async function handoffs() {
      return db().select().from(employerHandoffs);
    }

    /** Builds the job's context, so a test can run the job directly and see any error it throws. */
    function jobContext() {
      return {
        deps: {
          db: db(),
          logger: pino({ level: 'silent' }),
          now: () => clock,
          announcements: bridge.bridge.announcements,
        },
        client: bridge.bridge.slackApp.client,
      };
    }

    it('hands off nobody before the deadline', async () => {
      clock = new Date('2027-01-16T14:00:00Z');
      await db()
        .update(people)
        .set({ title: 'CTE Director' })
        .where(eq(people.slackUserId, districtStaff));
      await meetingHandoffsJob.run(jobContext(), clock);

      expect(await handoffs()).toHaveLength(0);
    });

    it('hands off an unanswered employer once', async () => {
      clock = new Date('2027-01-16T16:00:00Z');
      const context = jobContext();

      await Promise.all([
        meetingHandoffsJob.run(context, clock),
        meetingHandoffsJob.run(context, clock),
        bridge.bridge.jobs.runNow('meeting-handoffs'),
      ]);
      await bridge.bridge.jobs.runNow('meeting-handoffs');

      const rows = await handoffs();
      const harbor = await organizationId('Harbor Point Refining');
      const [outreach] = await db()
        .select()
        .from(employerOutreach)
        .where(eq(employerOutreach.employerId, harbor));
      const audits = await db()
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityType, 'employer_handoff'));

      expect(rows).toHaveLength(1);
      expect(rows[0]?.employerId).toBe(harbor);
      expect(rows[0]?.sentToPersonId).toBe(await personId('Priya Nair'));
      expect(outreach?.stage).toBe('unresponsive');
      expect(audits).toHaveLength(1);
    });

    it('sends the contacts to the CTE contact', async () => {
      const received = await eventually(() =>
        bridge.local.store
          .messages(dm(districtStaff))
          .filter((message) => message.text.includes('Harbor Point Refining* has not answered')),
      );

      expect(received).toHaveLength(1);
      expect(received[0]?.text).toContain('Gregory Fontenot, Training Superintendent');
      expect(received[0]?.text).toContain('gfontenot@harborpoint.example, 361-555-0118');
    });

    it('notifies the convener', async () => {
      const told = bridge.local.store
        .messages(dm(convener))
        .filter((message) => message.text.includes('Harbor Point Refining* did not answer'));

      expect(told).toHaveLength(1);
      expect(told[0]?.text).toContain('Its contacts went to Priya Nair of Port Alder ISD.');
    });

    it('skips an employer that responded', async () => {
      const coastline = await organizationId('Coastline Welding & Fabrication');
      const rows = await db()
        .select()
        .from(employerHandoffs)
        .where(eq(employerHandoffs.employerId, coastline));

      expect(rows).toHaveLength(0);
    });
  });

  describe('outcomes', () => {
    async function openOutcomeFromMessage(): Promise<SlackView> {
      const meeting = await meetingNamed('Welding employers alignment');
      const message = await eventually(() => organizerMessageOf('Welding employers alignment'));

      return openForm(bridge, convener, 'meeting_outcome', () =>
        bridge.local.sender.blockAction({
          userId: convener,
          source: { kind: 'message', channelId: dm(convener), message },
          blockId: `meeting_tools:${meeting.id}`,
          actionId: 'meeting_record_outcome',
        }),
      );
    }

    async function outcomeValues(changes: Record<string, unknown> = {}) {
      const fields: Record<string, unknown> = {
        outcomeAttendees: [await personId('Priya Nair'), await personId('Marcus Lee')],
        summary: 'Coastline will host two welding interns in the summer.',
        decisions: 'Start with the Port Alder High welding program.',
        actionOwner1: option('Priya Nair', await personId('Priya Nair')),
        actionText1: 'Send the intern schedule to Coastline',
        actionDue1: '2027-02-01',
        outcomeEmployer: option(
          'Coastline Welding & Fabrication',
          await organizationId('Coastline Welding & Fabrication'),
        ),
        outcomeStage: 'partnered',
        ...changes,
      };

      return Object.fromEntries(
        Object.entries(fields).map(([blockId, value]) => [blockId, { value }]),
      ) as never;
    }

    it('shows an error under an action item without owner', async () => {
      const view = await openOutcomeFromMessage();
      const submitted = await bridge.local.sender.viewSubmission({
        userId: convener,
        view,
        values: await outcomeValues({ actionOwner1: null }),
      });
      const body = submitted.body as { response_action: string; errors: Record<string, string> };

      expect(body.response_action).toBe('errors');
      expect(body.errors.actionOwner1).toBe('Choose who owns this action item.');
      expect(await db().select().from(meetingOutcomes)).toHaveLength(0);
    });

    it('records attendance, action items and the stage', async () => {
      const view = await openOutcomeFromMessage();
      const submitted = await bridge.local.sender.viewSubmission({
        userId: convener,
        view,
        values: await outcomeValues(),
      });
      const [outcome] = await eventually(async () => {
        const rows = await db().select().from(meetingOutcomes);
        return rows.length > 0 ? rows : undefined;
      });
      const items = await db().select().from(actionItems);
      const coastline = await organizationId('Coastline Welding & Fabrication');
      const [outreach] = await db()
        .select()
        .from(employerOutreach)
        .where(eq(employerOutreach.employerId, coastline));

      expect(submitted.body).toBeUndefined();
      expect(outcome?.attendeeIds).toHaveLength(2);
      expect(outcome?.decisions).toBe('Start with the Port Alder High welding program.');
      expect(items).toHaveLength(1);
      expect(items[0]?.ownerPersonId).toBe(await personId('Priya Nair'));
      expect(items[0]?.dueOn).toBe('2027-02-01');
      expect(outreach?.stage).toBe('partnered');
    });

    it('edits the outcome when recorded again', async () => {
      const view = await openOutcomeFromMessage();
      const rendered = JSON.stringify(view.blocks);

      expect(rendered).toContain('Coastline will host two welding interns');
      expect(rendered).toContain('Send the intern schedule to Coastline');

      await bridge.local.sender.viewSubmission({
        userId: convener,
        view,
        values: await outcomeValues({ summary: 'Coastline will host three welding interns.' }),
      });

      const edits = await eventually(async () => {
        const rows = await db()
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.entityType, 'meeting_outcome'), eq(auditLog.action, 'update')));
        return rows.length > 0 ? rows : undefined;
      });
      const outcomes = await db().select().from(meetingOutcomes);

      expect(outcomes).toHaveLength(1);
      expect(outcomes[0]?.summary).toBe('Coastline will host three welding interns.');
      expect(JSON.stringify(edits[0]?.before)).toContain('two welding interns');
      expect(JSON.stringify(edits[0]?.after)).toContain('three welding interns');
      expect(await db().select().from(actionItems)).toHaveLength(1);
    });

    it('offers recent meetings in meeting log', async () => {
      clock = new Date('2027-01-20T17:30:00Z');

      const view = await openForm(bridge, convener, 'meeting_outcome', () =>
        bridge.local.sender.command({
          userId: convener,
          channelId: commandChannel,
          text: '/bridge meeting log',
        }),
      );

      expect(JSON.stringify(view.blocks)).toContain('Welding employers alignment');
      expect(view.blocks.some((block) => block.block_id === 'outcomeMeeting')).toBe(true);
    });

    it('starts an outcome from a message shortcut', async () => {
      const payload = {
        type: 'message_action',
        callback_id: 'meeting_outcome_from_message',
        trigger_id: issueTriggerId(convener, Date.now()),
        response_url: `${bridge.bridge.url}/local/slack/respond/shortcut`,
        token: 'local-verification-token',
        action_ts: '1800000000.000100',
        team: { id: 'T0LOCAL', domain: 'gulf-bend-local' },
        user: { id: convener, name: 'dana.reyes', team_id: 'T0LOCAL' },
        channel: { id: commandChannel, name: 'wbl-partnership' },
        message: {
          type: 'message',
          user: districtStaff,
          ts: '1800000000.000050',
          text: 'Notes: Coastline agreed to mentor two students.',
        },
        message_ts: '1800000000.000050',
      };
      const view = await openForm(bridge, convener, 'meeting_outcome', () =>
        bridge.local.sender.send(
          new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
          'application/x-www-form-urlencoded',
        ),
      );
      const summary = view.blocks.find((block) => block.block_id === 'summary') as unknown as {
        element: { initial_value?: string };
      };

      expect(summary.element.initial_value).toBe('Notes: Coastline agreed to mentor two students.');
      expect(view.private_metadata).toContain(`${commandChannel}/1800000000.000050`);
    });
  });

  describe('action items on the Home tab', () => {
    async function homeOf(userId: string): Promise<SlackView> {
      const before = bridge.local.store.homeView(userId);
      await bridge.local.sender.appHomeOpened({ userId });
      return eventually(() => {
        const home = bridge.local.store.homeView(userId);
        return home && home !== before ? home : undefined;
      });
    }

    async function clickDone(userId: string, home: SlackView) {
      const [item] = await db().select().from(actionItems);
      if (!item) throw new Error('No action item');

      await bridge.local.sender.blockAction({
        userId,
        source: { kind: 'view', view: home },
        blockId: `home_action_item_${item.id}`,
        actionId: 'action_item_done',
      });

      return item.id;
    }

    it('shows the owner their action items', async () => {
      const home = await homeOf(districtStaff);
      const rendered = JSON.stringify(home.blocks);

      expect(rendered).toContain('Your action items');
      expect(rendered).toContain('Send the intern schedule to Coastline');
      expect(home.blocks.length).toBeLessThanOrEqual(100);
    });

    it('refuses Done from someone else', async () => {
      const home = await homeOf(districtStaff);
      await clickDone(chamberStaff, home);

      const reply = await eventually(() =>
        bridge.local.store
          .messages(dm(chamberStaff))
          .find((message) => message.text.startsWith('Only the owner')),
      );
      const [item] = await db().select().from(actionItems);

      expect(reply.text).toContain('or the convener can mark it done');
      expect(item?.status).toBe('open');
    });

    it('marks an item done for its owner', async () => {
      const home = await homeOf(districtStaff);
      const id = await clickDone(districtStaff, home);

      const done = await eventually(async () => {
        const [item] = await db().select().from(actionItems).where(eq(actionItems.id, id));
        return item?.status === 'done' ? item : undefined;
      });
      const audits = await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'action_item'), eq(auditLog.entityId, id)));
      const refreshed = await eventually(() => {
        const view = bridge.local.store.homeView(districtStaff);
        return view && !JSON.stringify(view.blocks).includes('Send the intern schedule')
          ? view
          : undefined;
      });

      expect(done.doneAt).not.toBeNull();
      expect(audits.some((audit) => audit.action === 'update')).toBe(true);
      expect(JSON.stringify(refreshed.blocks)).not.toContain('Your action items');
    });
  });
});
