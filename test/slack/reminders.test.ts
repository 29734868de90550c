import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionItems,
  auditLog,
  deliveries,
  deliveryPreferences,
  employerOutreach,
  events,
  organizations,
  people,
  rsvps,
} from '../../src/db/schema/index.js';
import { actionItemRemindersJob } from '../../src/jobs/action-item-reminders.js';
import { eventRemindersJob } from '../../src/jobs/event-reminders.js';
import { followUpNudgesJob } from '../../src/jobs/follow-up-nudges.js';
import type { JobContext, ScheduledJob } from '../../src/jobs/scheduler.js';
import type { SlackBlock, SlackMessage, StoredEphemeral } from '../../src/local/slack-shapes.js';
import type { TestBridge } from '../support/bridge.js';
import { clearDemoOutreach, eventually, openForm, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';

const convener = 'U0LOCAL01';
const employerStaff = 'U0LOCAL02';
const districtStaff = 'U0LOCAL03';
const educator = 'U0LOCAL04';
const chamberStaff = 'U0LOCAL05';
const commandChannel = 'C0LOCALWBL';

/** The demo data loads at 9:00 on Monday, Jan 11, 2027 in Chicago (UTC-6 in January). */
const start = new Date('2027-01-11T15:00:00Z');

/** Chicago wall-clock time on a January 2027 date, as an instant. */
const chicago = (date: string, time: string) => new Date(`${date}T${time}:00-06:00`);

describe.each(drivers)('reminders through Slack on %s', (driver) => {
  let bridge: TestBridge;
  let clock = start;
  let partnershipId = '';
  let eventId = '';

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now: () => clock });
    await clearDemoOutreach(bridge);
    partnershipId = (await person(convener)).partnershipId;
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  const db = () => bridge.database.db;
  const dm = (userId: string) => `D${userId.slice(1)}`;

  async function person(slackUserId: string) {
    const [row] = await db().select().from(people).where(eq(people.slackUserId, slackUserId));
    if (!row) throw new Error(`No person with Slack id ${slackUserId}`);
    return row;
  }

  async function employerId(name: string): Promise<string> {
    const [row] = await db().select().from(organizations).where(eq(organizations.name, name));
    if (!row) throw new Error(`No organization ${name}`);
    return row.id;
  }

  function messagesTo(userId: string, prefix: string): SlackMessage[] {
    return bridge.local.store
      .messages(dm(userId))
      .filter((message) => message.text.startsWith(prefix));
  }

  /** Builds the job context of a second instance on the same database and workspace. */
  function secondInstance(): JobContext {
    return {
      deps: {
        db: db(),
        logger: pino({ level: 'silent' }),
        now: () => clock,
        announcements: bridge.bridge.announcements,
        publicUrl: bridge.bridge.url,
      },
      client: bridge.bridge.slackApp.client,
    };
  }

  /** Runs a job through the scheduler and as a second instance at the same moment. */
  async function runTwiceAtOnce(job: ScheduledJob): Promise<void> {
    await Promise.all([bridge.bridge.jobs.runNow(job.name), job.run(secondInstance(), clock)]);
  }

  function blockWith(message: { blocks?: SlackBlock[] }, actionId: string, value?: string) {
    const block = (message.blocks ?? []).find((candidate) => {
      const elements = [
        ...((candidate.elements as Array<Record<string, unknown>> | undefined) ?? []),
        ...(candidate.accessory ? [candidate.accessory as Record<string, unknown>] : []),
      ];

      return elements.some(
        (element) =>
          element.action_id === actionId && (value === undefined || element.value === value),
      );
    });

    if (!block?.block_id) throw new Error(`No block with ${actionId} ${value ?? ''}`);

    return block.block_id as string;
  }

  async function click(userId: string, message: SlackMessage, actionId: string, value?: string) {
    const sent = await bridge.local.sender.blockAction({
      userId,
      source: { kind: 'message', channelId: dm(userId), message },
      blockId: blockWith(message, actionId, value),
      actionId,
      ...(value === undefined ? {} : { value }),
    });
    expect(sent.status).toBe(200);
  }

  async function showReminderSettings(userId: string): Promise<StoredEphemeral> {
    const before = bridge.local.store.ephemerals(userId).length;
    await bridge.local.sender.command({
      userId,
      channelId: commandChannel,
      text: '/bridge reminders',
    });

    return eventually(() => bridge.local.store.ephemerals(userId)[before]);
  }

  async function preference(
    slackUserId: string,
    kind: 'event_reminder' | 'action_item_reminder' | 'follow_up_nudge',
  ) {
    const { id } = await person(slackUserId);
    const [row] = await db()
      .select()
      .from(deliveryPreferences)
      .where(and(eq(deliveryPreferences.personId, id), eq(deliveryPreferences.kind, kind)));
    return row;
  }

  it('seeds an event, action items and follow-ups', async () => {
    const [event] = await db()
      .insert(events)
      .values({
        partnershipId,
        title: 'Welding lab open house',
        kind: 'facility_tour',
        startsAt: chicago('2027-01-13', '10:00'),
        endsAt: chicago('2027-01-13', '12:00'),
        venue: 'Port Alder High School, Building C',
        channelId: commandChannel,
      })
      .returning();
    if (!event) throw new Error('Inserting the event returned no row');
    eventId = event.id;

    const [unlinked] = await db()
      .insert(people)
      .values({ partnershipId, displayName: 'Dana Ortiz', role: 'viewer' })
      .returning();
    if (!unlinked) throw new Error('Inserting a person without a Slack id returned no row');

    const rsvpRows = [
      { slackUserId: convener, status: 'going' },
      { slackUserId: employerStaff, status: 'going' },
      { slackUserId: districtStaff, status: 'maybe' },
      { slackUserId: educator, status: 'going' },
      { slackUserId: chamberStaff, status: 'not_going' },
    ] as const;
    for (const { slackUserId, status } of rsvpRows) {
      await db()
        .insert(rsvps)
        .values({ eventId, personId: (await person(slackUserId)).id, status });
    }
    await db().insert(rsvps).values({ eventId, personId: unlinked.id, status: 'going' });

    const district = (await person(districtStaff)).id;
    const employer = (await person(employerStaff)).id;
    await db()
      .insert(actionItems)
      .values([
        {
          partnershipId,
          ownerPersonId: district,
          description: 'Send the lab safety forms',
          dueOn: '2027-01-11',
        },
        {
          partnershipId,
          ownerPersonId: district,
          description: 'Book the bus for the tour',
          dueOn: '2027-01-14',
        },
        {
          partnershipId,
          ownerPersonId: district,
          description: 'Draft the spring survey',
          dueOn: '2027-01-15',
        },
        {
          partnershipId,
          ownerPersonId: district,
          description: 'Order name badges',
          dueOn: '2027-01-12',
          status: 'done',
        },
        { partnershipId, ownerPersonId: district, description: 'Collect photos', dueOn: null },
        {
          partnershipId,
          ownerPersonId: employer,
          description: 'Confirm two mentors',
          dueOn: '2027-01-12',
        },
      ]);

    const chamber = (await person(chamberStaff)).id;
    const followUps = [
      { name: 'Coastline Welding & Fabrication', owner: chamber, nextFollowUpOn: '2027-01-10' },
      { name: 'Harbor Point Refining', owner: chamber, nextFollowUpOn: '2027-01-12' },
      { name: 'Bayside Regional Medical Center', owner: chamber, nextFollowUpOn: '2027-01-05' },
      { name: 'Tidewater Electric Cooperative', owner: district, nextFollowUpOn: '2027-01-04' },
    ];
    for (const followUp of followUps) {
      await db()
        .insert(employerOutreach)
        .values({
          employerId: await employerId(followUp.name),
          partnershipId,
          stage: 'contacted',
          ownerPersonId: followUp.owner,
          nextFollowUpOn: followUp.nextFollowUpOn,
        });
    }
  });

  it('turns event reminders off from /bridge reminders', async () => {
    const settings = await showReminderSettings(convener);
    expect(settings.text).toContain('Event reminders: On');

    await bridge.local.sender.blockAction({
      userId: convener,
      source: { kind: 'ephemeral', channelId: commandChannel, ephemeral: settings },
      blockId: 'reminder_settings:event_reminder',
      actionId: 'reminder_off',
    });

    const replaced = await eventually(() =>
      bridge.local.store
        .ephemerals(convener)
        .find((ephemeral) => ephemeral.text.startsWith('Event reminders are now off.')),
    );
    expect(replaced.text).toContain('Event reminders: Off');
    expect((await preference(convener, 'event_reminder'))?.off).toBe(true);

    const audits = await db()
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, 'delivery_preference'),
          eq(auditLog.entityId, (await person(convener)).id),
        ),
      );
    expect(audits).toHaveLength(1);
    expect(audits[0]?.after).toMatchObject({ kind: 'event_reminder', off: true });
  });

  it('sends nothing before its time', async () => {
    clock = chicago('2027-01-12', '07:30');
    await bridge.bridge.jobs.runNow('action-item-reminders');
    await bridge.bridge.jobs.runNow('follow-up-nudges');
    await bridge.bridge.jobs.runNow('event-reminders');

    clock = chicago('2027-01-11', '23:45');
    await bridge.bridge.jobs.runNow('event-reminders');

    expect(await db().select().from(deliveries)).toEqual([]);
  });

  it('reminds action item owners once a day', async () => {
    clock = chicago('2027-01-12', '08:05');
    await runTwiceAtOnce(actionItemRemindersJob);
    await runTwiceAtOnce(actionItemRemindersJob);

    const [reminder, ...extra] = messagesTo(districtStaff, 'You have 2 action items');
    expect(extra).toEqual([]);
    expect(reminder?.text).toContain('Send the lab safety forms (overdue since Jan 11, 2027)');
    expect(reminder?.text).toContain('Book the bus for the tour (due Jan 14, 2027)');
    expect(reminder?.text).not.toContain('Draft the spring survey');
    expect(reminder?.text).not.toContain('Order name badges');
    expect(reminder?.text).not.toContain('Collect photos');
    expect(messagesTo(employerStaff, 'You have 1 action item')).toHaveLength(1);

    clock = chicago('2027-01-12', '20:00');
    await bridge.bridge.jobs.runNow('action-item-reminders');
    expect(messagesTo(districtStaff, 'You have')).toHaveLength(1);
  });

  it('marks an action item done from its reminder', async () => {
    const [reminder] = messagesTo(districtStaff, 'You have 2 action items');
    if (!reminder) throw new Error('No action item reminder');
    const [item] = await db()
      .select()
      .from(actionItems)
      .where(eq(actionItems.description, 'Send the lab safety forms'));

    await click(districtStaff, reminder, 'action_item_done', item?.id);

    await eventually(async () => {
      const [row] = await db()
        .select()
        .from(actionItems)
        .where(eq(actionItems.id, item?.id ?? ''));
      return row?.status === 'done';
    });
  });

  it('nudges outreach owners once a day', async () => {
    clock = chicago('2027-01-12', '09:00');
    await runTwiceAtOnce(followUpNudgesJob);
    await bridge.bridge.jobs.runNow('follow-up-nudges');

    const [nudge, ...extra] = messagesTo(chamberStaff, 'Follow-up due for 2 employers');
    expect(extra).toEqual([]);
    expect(nudge?.text).toBe(
      'Follow-up due for 2 employers: Bayside Regional Medical Center, Coastline Welding &amp; Fabrication',
    );
    expect(messagesTo(districtStaff, 'Follow-up due')).toHaveLength(1);

    if (!nudge) throw new Error('No follow-up nudge');
    const coastline = await employerId('Coastline Welding & Fabrication');
    const form = await openForm(bridge, chamberStaff, 'outreach_contact', () =>
      click(chamberStaff, nudge, 'outreach_log_contact', coastline),
    );
    expect(form.callback_id).toBe('outreach_contact');
  });

  it('snoozes and turns off from a reminder', async () => {
    const [districtNudge] = messagesTo(districtStaff, 'Follow-up due');
    const [employerReminder] = messagesTo(employerStaff, 'You have 1 action item');
    if (!districtNudge || !employerReminder) throw new Error('Missing reminders');

    await click(districtStaff, districtNudge, 'reminder_snooze', 'follow_up_nudge');
    await click(employerStaff, employerReminder, 'reminder_off', 'action_item_reminder');

    const snoozed = await eventually(() => preference(districtStaff, 'follow_up_nudge'));
    expect(snoozed.snoozedUntil?.toISOString()).toBe(chicago('2027-01-19', '09:00').toISOString());
    expect((await eventually(() => preference(employerStaff, 'action_item_reminder'))).off).toBe(
      true,
    );
    await eventually(() =>
      bridge.local.store
        .ephemerals(districtStaff)
        .find((ephemeral) =>
          ephemeral.text.startsWith('Follow-up nudges are now snoozed until Jan 19, 2027'),
        ),
    );

    clock = chicago('2027-01-13', '08:30');
    await bridge.bridge.jobs.runNow('follow-up-nudges');
    await bridge.bridge.jobs.runNow('action-item-reminders');
    expect(messagesTo(districtStaff, 'Follow-up due')).toHaveLength(1);
    expect(messagesTo(employerStaff, 'You have')).toHaveLength(1);
    expect(messagesTo(chamberStaff, 'Follow-up due')).toHaveLength(2);

    const [secondDay, ...extra] = messagesTo(districtStaff, 'You have').slice(1);
    expect(extra).toEqual([]);
    expect(secondDay?.text).toBe(
      'You have 2 action items due soon: Book the bus for the tour (due tomorrow); Draft the spring survey (due Jan 15, 2027)',
    );

    clock = chicago('2027-01-19', '09:30');
    await bridge.bridge.jobs.runNow('follow-up-nudges');
    expect(messagesTo(districtStaff, 'Follow-up due')).toHaveLength(2);
  });

  it('retries a failed event reminder', async () => {
    clock = chicago('2027-01-12', '08:45');
    await bridge.bridge.jobs.runNow('event-reminders');
    expect(messagesTo(employerStaff, 'Reminder: Welding lab open house')).toEqual([]);

    // The educator's Slack account is unknown to Slack for the first run.
    await db()
      .update(people)
      .set({ slackUserId: 'U0GONE04' })
      .where(eq(people.slackUserId, educator));

    clock = chicago('2027-01-12', '09:00');
    await runTwiceAtOnce(eventRemindersJob);

    const [going, ...extra] = messagesTo(employerStaff, 'Reminder: Welding lab open house');
    expect(extra).toEqual([]);
    expect(going?.text).toBe(
      'Reminder: Welding lab open house, Wed, Jan 13, 2027, 10:00 AM – 12:00 PM CST. Your RSVP: Going.',
    );
    expect(messagesTo(districtStaff, 'Reminder: Welding lab open house')[0]?.text).toContain(
      'Your RSVP: Maybe.',
    );
    expect(messagesTo(convener, 'Reminder:')).toEqual([]);
    expect(messagesTo(chamberStaff, 'Reminder:')).toEqual([]);
    expect(JSON.stringify(going?.blocks)).toContain(`/calendar/events/${eventId}.ics?token=`);

    const educatorId = (await person('U0GONE04')).id;
    const [first] = await db()
      .select()
      .from(deliveries)
      .where(and(eq(deliveries.kind, 'event_reminder'), eq(deliveries.recipient, educatorId)));
    expect(first?.status).toBe('failed');
    expect(first?.attempts).toBe(1);
    expect(first?.lastError).toContain('channel_not_found');

    clock = new Date(chicago('2027-01-12', '09:00').getTime() + 30_000);
    await bridge.bridge.jobs.runNow('event-reminders');
    const second = await db()
      .select()
      .from(deliveries)
      .where(eq(deliveries.id, first?.id ?? ''));
    expect(second[0]?.attempts).toBe(1);

    await db()
      .update(people)
      .set({ slackUserId: educator })
      .where(eq(people.slackUserId, 'U0GONE04'));
    clock = chicago('2027-01-12', '09:15');
    await bridge.bridge.jobs.runNow('event-reminders');
    await bridge.bridge.jobs.runNow('event-reminders');

    expect(messagesTo(educator, 'Reminder: Welding lab open house')).toHaveLength(1);
    expect(messagesTo(employerStaff, 'Reminder: Welding lab open house')).toHaveLength(1);
    const [retried] = await db()
      .select()
      .from(deliveries)
      .where(eq(deliveries.id, first?.id ?? ''));
    expect(retried?.status).toBe('sent');
    expect(retried?.attempts).toBe(2);
  });
});
