import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  deliveries,
  deliveryPreferences,
  digestFigures,
  opportunities,
  organizations,
  partnerships,
  people,
  slackTeams,
} from '../../src/db/schema/index.js';
import { buildDigest } from '../../src/domain/digest/build-digest.js';
import { weeklyDigestJob } from '../../src/jobs/weekly-digest.js';
import type { SlackMessage } from '../../src/local/slack-shapes.js';
import { directMessageChannelId } from '../../src/local/workspace.js';
import { actionIds, callbackIds, digestSettingsBlocks } from '../../src/slack/ids.js';
import { renderChannelDigest } from '../../src/slack/messages/digest.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually, openForm, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';
import { fixtureNow, insertDigestFixture } from './digest-fixture.js';

const convener = 'U0LOCAL01';
const marcus = 'U0LOCAL02';
const alicia = 'U0LOCAL05';
const demoUsers = ['U0LOCAL01', 'U0LOCAL02', 'U0LOCAL03', 'U0LOCAL04', 'U0LOCAL05'];
const digestChannel = 'C0LOCALWBL';
const commandChannel = 'C0LOCALGEN';

describe.each(drivers)('weekly digests on %s', (driver) => {
  let bridge: TestBridge;
  let clock = new Date('2027-03-08T15:00:00Z');
  let partnershipId = '';

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now: () => clock });
    const [team] = await bridge.database.db
      .select()
      .from(slackTeams)
      .where(eq(slackTeams.teamId, 'T0LOCAL'));
    partnershipId = team?.partnershipId ?? '';
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  async function schedule(values: Partial<typeof partnerships.$inferInsert>) {
    await bridge.database.db
      .update(partnerships)
      .set(values)
      .where(eq(partnerships.id, partnershipId));
  }

  async function runAt(at: string) {
    clock = new Date(at);
    await bridge.bridge.jobs.runNow('weekly-digest');
  }

  /** First messages of digests in a channel; thread replies are left out. */
  function digestsIn(channel: string): SlackMessage[] {
    return bridge.local.store.messages(channel).filter((message) => firstOf(message, 'Weekly'));
  }

  function roleDigestsTo(userId: string): SlackMessage[] {
    return bridge.local.store
      .messages(directMessageChannelId(userId))
      .filter((message) => firstOf(message, 'Your weekly'));
  }

  async function deliveriesOf(period: string) {
    return bridge.database.db
      .select()
      .from(deliveries)
      .where(and(eq(deliveries.partnershipId, partnershipId), eq(deliveries.period, period)));
  }

  it('counts hand-counted fixture figures', async () => {
    const fixtureId = await insertDigestFixture(bridge.database.db);
    const digest = await buildDigest(bridge.database.db, {
      partnershipId: fixtureId,
      now: fixtureNow,
    });

    expect(digest.figures.employersEngaged).toBe(3);
    expect(digest.figures.openOpportunities).toBe(2);
    expect(digest.figures.openSlots).toBe(5);
    expect(digest.figures.upcomingEvents).toBe(2);
    expect(digest.figures.programs).toBe(2);
    expect(digest.figures.wbl.internship).toEqual({ offering: 2, lacking: 0 });
    expect(digest.figures.wbl.apprenticeship).toEqual({ offering: 0, lacking: 2 });
    expect(digest.figures.wbl.mentorship).toEqual({ offering: 0, lacking: 1 });
    expect(digest.figures.wbl.job_shadow).toEqual({ offering: 1, lacking: 0 });
    expect(digest.previousFigures?.employersEngaged).toBe(1);
    expect(digest.phases[0]).toMatchObject({ done: 1, total: 3, blocked: 0 });
    expect(digest.phases[0]?.moved).toEqual([
      expect.objectContaining({ title: 'Task T2', from: 'not_started', to: 'in_progress' }),
    ]);
    expect(digest.added.organizations.total).toBe(3);
    expect(digest.added.opportunities.entries.map((entry) => entry.title).sort()).toEqual([
      'Opportunity O1',
      'Opportunity O3',
    ]);
    expect(digest.added.programs.total).toBe(1);
    expect(digest.added.committeeSeats.total).toBe(1);
    expect(digest.upcomingEvents.entries).toEqual([
      expect.objectContaining({ title: 'Event EV1', going: 2, maybe: 1, waitlisted: 1, booths: 1 }),
    ]);
    expect(digest.meetings.entries).toEqual([
      expect.objectContaining({ title: 'Meeting M1', summary: 'Agreed on spring tours' }),
    ]);
    expect(digest.actionItems.entries.map((item) => [item.description, item.overdue])).toEqual([
      ['Action A1', true],
      ['Action A2', false],
    ]);
    expect(digest.awaitingFollowUp.entries.map((employer) => employer.name)).toEqual([
      'Employer E1',
    ]);
    expect(digest.wentUnresponsive.entries.map((employer) => employer.name)).toEqual([
      'Employer E5',
    ]);
    expect(digest.story?.title).toBe('Story S1');
  });

  it('shows the fixture figures in the rendered text', async () => {
    const [fixture] = await bridge.database.db
      .select()
      .from(partnerships)
      .where(eq(partnerships.name, 'Fixture partnership'));
    const digest = await buildDigest(bridge.database.db, {
      partnershipId: fixture?.id ?? '',
      now: fixtureNow,
    });
    const text = renderChannelDigest(digest)
      .map((message) => message.text)
      .join('\n');

    expect(text).toContain('Employers engaged: 3 (+2)');
    expect(text).toContain('Open opportunities: 2 (+1)');
    expect(text).toContain('Open slots: 5 (+4)');
    expect(text).toContain('Upcoming events: 2 (+2)');
    expect(text).toContain('Programs: 2 (+1)');
    expect(text).toContain('Apprenticeship, programs offering: 0, lacking: 2');
    expect(text).toContain('`▓░░ 1/3` Phase 1: Establishment');
    expect(text).toContain('Task T2: Not started → In progress');
    expect(text).toContain('2 going, 1 maybe, 1 waitlisted, 1 booth');
    expect(text).toContain('*Meeting M1* (Wed, Mar 10): Agreed on spring tours');
    expect(text).toContain('Action A1: Person Ana, :warning: overdue since Mar 12, 2027');
    expect(text).toContain('Action A2: Person Ben, due Mar 20, 2027');
    expect(text).toContain('Employer E1 (follow-up was due Mar 12, 2027), owner Person Ana');
    expect(text).toContain('Employer E5, owner Person Ben');
    expect(text).toContain('*Story S1*');
    expect(text).not.toContain('Story S0');
    expect(text).not.toContain('Meeting M0');
    expect(text).not.toContain('Action A3');
  });

  it('sends on a spring-forward day once, when clocks reach the skipped time', async () => {
    await schedule({ digestChannelId: digestChannel, digestWeekday: 7, digestTime: '02:30' });

    await runAt('2027-03-14T07:59:00Z');
    expect(digestsIn(digestChannel)).toHaveLength(0);
    expect(roleDigestsTo(convener)).toHaveLength(0);

    await runAt('2027-03-14T08:00:00Z');
    expect(digestsIn(digestChannel)).toHaveLength(1);

    await runAt('2027-03-14T08:05:00Z');
    expect(digestsIn(digestChannel)).toHaveLength(1);
    expect((await deliveriesOf('2027-W10')).every((row) => row.status === 'sent')).toBe(true);
  });

  it('sends the channel digest at its moment and not before', async () => {
    await schedule({ digestWeekday: 1, digestTime: '08:00' });

    await runAt('2027-03-15T12:55:00Z');
    expect(digestsIn(digestChannel)).toHaveLength(1);

    await runAt('2027-03-15T13:00:00Z');
    const sent = digestsIn(digestChannel);

    expect(sent).toHaveLength(2);
    expect(sent[1]?.text).toContain('Week of Mar 8 – Mar 15, 2027 (2027-W11)');
    // Last week's spring-forward digest stored its figures, so this one compares.
    expect(sent[1]?.text).toContain('(±0)');
  });

  it('sends each reader their role digest once', async () => {
    for (const userId of demoUsers) expect(roleDigestsTo(userId)).toHaveLength(2);

    expect(roleDigestsTo(alicia)[1]?.text).toContain('Employer pipeline');
    expect(roleDigestsTo(convener)[1]?.text).toContain('Role requests to decide');
    expect(roleDigestsTo(marcus)[1]?.text).toContain('Your open opportunities');
  });

  it('sends nothing again on the next tick or two concurrent runs', async () => {
    const before = bridge.local.store.calls.filter((call) => call.method === 'chat.postMessage');
    const context = {
      deps: {
        db: bridge.database.db,
        logger: pino({ level: 'silent' }),
        now: () => clock,
        announcements: bridge.bridge.announcements,
      },
      client: bridge.bridge.slackApp.client,
    };
    clock = new Date('2027-03-15T13:05:00Z');

    await Promise.all([
      weeklyDigestJob.run(context, clock),
      weeklyDigestJob.run(context, clock),
      bridge.bridge.jobs.runNow('weekly-digest'),
    ]);

    const after = bridge.local.store.calls.filter((call) => call.method === 'chat.postMessage');

    expect(after.length).toBe(before.length);
  });

  it('sends exactly once when two runs race at the moment', async () => {
    await schedule({ digestWeekday: 3, digestTime: '09:00' });
    const context = {
      deps: {
        db: bridge.database.db,
        logger: pino({ level: 'silent' }),
        now: () => clock,
        announcements: bridge.bridge.announcements,
      },
      client: bridge.bridge.slackApp.client,
    };
    clock = new Date('2027-03-24T14:00:00Z');

    await Promise.all([weeklyDigestJob.run(context, clock), weeklyDigestJob.run(context, clock)]);

    expect(digestsIn(digestChannel)).toHaveLength(3);
    for (const userId of demoUsers) expect(roleDigestsTo(userId)).toHaveLength(3);
  });

  it('splits a long digest into a thread that holds every item', async () => {
    const [employer] = await bridge.database.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(
        and(eq(organizations.partnershipId, partnershipId), eq(organizations.kind, 'employer')),
      )
      .limit(1);
    await bridge.database.db.insert(opportunities).values(
      Array.from({ length: 90 }, (_, index) => ({
        partnershipId,
        employerId: employer?.id ?? '',
        type: 'internship' as const,
        title: `Bulk internship ${index + 1} for the spring term at the partner's main plant`,
        careerCluster: 'Manufacturing',
        slots: 1,
        createdAt: new Date('2027-03-25T15:00:00Z'),
      })),
    );

    await runAt('2027-03-31T14:00:00Z');

    const head = digestsIn(digestChannel)[3];
    const replies = bridge.local.store
      .messages(digestChannel)
      .filter((message) => message.thread_ts === head?.ts && message.ts !== head?.ts);
    const text = [head, ...replies].map((message) => message?.text).join('\n');

    expect(replies.length).toBeGreaterThan(0);
    for (let n = 1; n <= 90; n += 1) expect(text).toContain(`Bulk internship ${n} for`);
    expect((await deliveriesOf('2027-W13')).every((row) => row.status === 'sent')).toBe(true);
    const [figures] = await bridge.database.db
      .select()
      .from(digestFigures)
      .where(
        and(eq(digestFigures.partnershipId, partnershipId), eq(digestFigures.period, '2027-W13')),
      );
    expect(figures).toBeDefined();
  });

  it('retries a failed channel digest later without repeating the sent ones', async () => {
    await schedule({ digestChannelId: 'C0LATER', digestWeekday: 3, digestTime: '09:00' });

    await runAt('2027-04-07T14:00:00Z');
    const [failed] = (await deliveriesOf('2027-W14')).filter(
      (row) => row.kind === 'channel_digest',
    );

    expect(failed?.status).toBe('failed');
    expect(failed?.lastError).toContain('channel_not_found');
    for (const userId of demoUsers) expect(roleDigestsTo(userId)).toHaveLength(5);

    bridge.local.store.workspace.channels.push({
      id: 'C0LATER',
      name: 'digest-later',
      topic: '',
      purpose: '',
      isGeneral: false,
    });

    try {
      await runAt('2027-04-07T14:00:30Z');
      expect(digestsIn('C0LATER')).toHaveLength(0);

      await runAt('2027-04-07T14:05:00Z');
      expect(digestsIn('C0LATER')).toHaveLength(1);
      for (const userId of demoUsers) expect(roleDigestsTo(userId)).toHaveLength(5);

      const [sent] = (await deliveriesOf('2027-W14')).filter(
        (row) => row.kind === 'channel_digest',
      );
      expect(sent).toMatchObject({ status: 'sent', attempts: 2 });
    } finally {
      bridge.local.store.workspace.channels.pop();
    }
  });

  it('sends once on a fall-back day inside the repeated hour', async () => {
    await schedule({ digestChannelId: digestChannel, digestWeekday: 7, digestTime: '01:30' });
    const before = digestsIn(digestChannel).length;

    await runAt('2027-11-07T06:29:00Z');
    expect(digestsIn(digestChannel)).toHaveLength(before);

    await runAt('2027-11-07T06:30:00Z');
    expect(digestsIn(digestChannel)).toHaveLength(before + 1);

    await runAt('2027-11-07T07:30:00Z');
    expect(digestsIn(digestChannel)).toHaveLength(before + 1);
  });

  it('sends once on the Berlin fall-back day', async () => {
    await schedule({ timeZone: 'Europe/Berlin', digestWeekday: 7, digestTime: '02:30' });
    const before = digestsIn(digestChannel).length;

    await runAt('2027-10-31T00:29:00Z');
    expect(digestsIn(digestChannel)).toHaveLength(before);

    await runAt('2027-10-31T00:30:00Z');
    expect(digestsIn(digestChannel)).toHaveLength(before + 1);

    await runAt('2027-10-31T01:30:00Z');
    expect(digestsIn(digestChannel)).toHaveLength(before + 1);
    await schedule({ timeZone: 'America/Chicago' });
  });

  it('respects a role digest turned off with the button', async () => {
    const dm = directMessageChannelId(alicia);
    const message = roleDigestsTo(alicia).at(-1);

    if (!message) throw new Error('Alicia has no role digest');

    await bridge.local.sender.blockAction({
      userId: alicia,
      source: { kind: 'message', channelId: dm, message },
      actionId: actionIds.digestTurnOff,
      blockId: findActionBlock(message, actionIds.digestTurnOff),
    });
    await eventually(async () => {
      const [row] = await bridge.database.db
        .select()
        .from(deliveryPreferences)
        .innerJoin(people, eq(people.id, deliveryPreferences.personId))
        .where(eq(people.slackUserId, alicia));
      return row?.delivery_preferences.off;
    });
    const count = roleDigestsTo(alicia).length;
    const convenerCount = roleDigestsTo(convener).length;
    await schedule({ digestWeekday: 3, digestTime: '09:00' });

    await runAt('2027-04-14T14:00:00Z');

    expect(roleDigestsTo(alicia)).toHaveLength(count);
    expect(roleDigestsTo(convener)).toHaveLength(convenerCount + 1);
    const audited = await bridge.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityType, 'delivery_preference'));
    expect(audited.length).toBeGreaterThan(0);
  });

  it('turns a role digest back on with the command', async () => {
    await bridge.local.sender.command({
      userId: alicia,
      channelId: commandChannel,
      text: '/bridge digest on',
    });
    const reply = await eventually(() =>
      bridge.local.store
        .ephemerals(alicia, commandChannel)
        .find((ephemeral) => ephemeral.text.includes('role digest is on')),
    );

    expect(reply.text).toContain('role digest is on');
    const count = roleDigestsTo(alicia).length;

    await runAt('2027-04-21T14:00:00Z');
    expect(roleDigestsTo(alicia)).toHaveLength(count + 1);
  });

  it('previews this week’s digest to the person only', async () => {
    const before = digestsIn(commandChannel).length;

    await bridge.local.sender.command({
      userId: marcus,
      channelId: commandChannel,
      text: '/bridge digest preview',
    });
    const preview = await eventually(() =>
      bridge.local.store
        .ephemerals(marcus, commandChannel)
        .find((ephemeral) => ephemeral.text.startsWith('Weekly digest:')),
    );

    expect(preview.text).toContain('Key figures');
    expect(digestsIn(commandChannel)).toHaveLength(before);
  });

  it('saves the digest settings from the convener’s form', async () => {
    const view = await openForm(bridge, convener, callbackIds.digestSettings, () =>
      bridge.local.sender.command({
        userId: convener,
        channelId: commandChannel,
        text: '/bridge digest settings',
      }),
    );

    await bridge.local.sender.viewSubmission({
      userId: convener,
      view,
      values: {
        [digestSettingsBlocks.channelId]: { value: 'C0LOCALEVT' },
        [digestSettingsBlocks.weekday]: { value: '5' },
        [digestSettingsBlocks.time]: { value: '16:30' },
        [digestSettingsBlocks.timeZone]: { value: 'America/Denver' },
        [digestSettingsBlocks.weekStartsOn]: { value: '1' },
      },
    });

    const saved = await eventually(async () => {
      const [row] = await bridge.database.db
        .select()
        .from(partnerships)
        .where(eq(partnerships.id, partnershipId));
      return row?.digestChannelId === 'C0LOCALEVT' ? row : undefined;
    });

    expect(saved).toMatchObject({
      digestWeekday: 5,
      digestTime: '16:30',
      timeZone: 'America/Denver',
    });
    const audited = await bridge.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'partnership'), eq(auditLog.entityId, partnershipId)));
    expect(audited.length).toBeGreaterThan(0);
  });

  it('refuses the settings form to anyone but the convener', async () => {
    await bridge.local.sender.command({
      userId: marcus,
      channelId: commandChannel,
      text: '/bridge digest settings',
    });

    const view = await eventually(() =>
      bridge.local.store
        .openViews(marcus)
        .find((candidate) => JSON.stringify(candidate.blocks).includes('Only the convener')),
    );

    expect(view.callback_id).toBe(callbackIds.loading);
  });

  it('resumes a thread that stopped part-way without reposting', async () => {
    await schedule({
      digestChannelId: digestChannel,
      digestWeekday: 3,
      digestTime: '09:00',
      weekStartsOn: 1,
      timeZone: 'America/Chicago',
    });
    const [employer] = await bridge.database.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(
        and(eq(organizations.partnershipId, partnershipId), eq(organizations.kind, 'employer')),
      )
      .limit(1);
    await bridge.database.db.insert(opportunities).values(
      Array.from({ length: 90 }, (_, index) => ({
        partnershipId,
        employerId: employer?.id ?? '',
        type: 'internship' as const,
        title: `Resumed internship ${index + 1} for the summer term at the partner's yard`,
        careerCluster: 'Manufacturing',
        slots: 1,
        createdAt: new Date('2027-05-12T15:00:00Z'),
      })),
    );
    const client = bridge.bridge.slackApp.client;
    let channelPosts = 0;
    // A client whose second post to the digest channel fails, as when the process stops there.
    const stopping = new Proxy(client, {
      get(target, property, receiver) {
        if (property !== 'chat') return Reflect.get(target, property, receiver);

        return new Proxy(target.chat, {
          get(chat, method, chatReceiver) {
            const original = Reflect.get(chat, method, chatReceiver);

            if (method !== 'postMessage') return original;

            return async (args: { channel: string }) => {
              if (args.channel === digestChannel) {
                channelPosts += 1;
                if (channelPosts === 2) throw new Error('process stopped');
              }

              return original.call(chat, args);
            };
          },
        });
      },
    });
    const context = {
      deps: {
        db: bridge.database.db,
        logger: pino({ level: 'silent' }),
        now: () => clock,
        announcements: bridge.bridge.announcements,
      },
      client: stopping,
    };
    const resumedTitles = () =>
      bridge.local.store
        .messages(digestChannel)
        .flatMap((message) => message.text.match(/Resumed internship \d+ for/g) ?? []);
    const headsBefore = digestsIn(digestChannel).length;

    clock = new Date('2027-05-19T14:00:00Z');
    await weeklyDigestJob.run(context, clock);
    const afterStop = resumedTitles().length;

    await runAt('2027-05-19T14:02:00Z');

    const titles = resumedTitles();

    expect(afterStop).toBeLessThan(90);
    expect(new Set(titles).size).toBe(90);
    expect(titles).toHaveLength(90);
    expect(digestsIn(digestChannel)).toHaveLength(headsBefore + 1);
    expect((await deliveriesOf('2027-W20')).every((row) => row.status === 'sent')).toBe(true);
  });

  it('stops the channel digest when the form has no channel', async () => {
    const view = await openForm(bridge, convener, callbackIds.digestSettings, () =>
      bridge.local.sender.command({
        userId: convener,
        channelId: commandChannel,
        text: '/bridge digest settings',
      }),
    );

    await bridge.local.sender.viewSubmission({
      userId: convener,
      view,
      values: {
        [digestSettingsBlocks.channelId]: { value: null },
        [digestSettingsBlocks.weekday]: { value: '1' },
        [digestSettingsBlocks.time]: { value: '08:00' },
        [digestSettingsBlocks.timeZone]: { value: 'America/Chicago' },
        [digestSettingsBlocks.weekStartsOn]: { value: '1' },
      },
    });

    const confirmation = await eventually(() =>
      [
        ...bridge.local.store.messages(directMessageChannelId(convener)),
        ...bridge.local.store.ephemerals(convener),
      ]
        .map((message) => message.text)
        .find((text) => text.includes('No channel digest is posted now')),
    );
    const [row] = await bridge.database.db
      .select()
      .from(partnerships)
      .where(eq(partnerships.id, partnershipId));

    expect(confirmation).toContain('role digests go out every Monday at 08:00');
    expect(row?.digestChannelId).toBeNull();
  });
});

/** Returns whether a message starts a digest (its text begins with `prefix`), not a thread reply. */
function firstOf(message: SlackMessage, prefix: string): boolean {
  const reply = message.thread_ts !== undefined && message.thread_ts !== message.ts;

  return !reply && message.text.startsWith(prefix);
}

function findActionBlock(message: SlackMessage, actionId: string): string {
  const block = (message.blocks ?? []).find((candidate) =>
    JSON.stringify(candidate).includes(actionId),
  );

  return String((block as { block_id?: string } | undefined)?.block_id ?? '');
}
