import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organizations, people, roleRequests } from '../../src/db/schema/index.js';
import type { SlackMessage, SlackView } from '../../src/local/slack-shapes.js';
import type { SlackOption } from '../../src/local/view-state-values.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually, openForm, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';

const start = new Date('2027-01-11T15:00:00Z').getTime();
let ticks = 0;
/** A clock that moves one second per reading, so rows created in order sort in order. */
const now = () => new Date(start + 1000 * ticks++);
const convener = 'U0LOCAL01';
const district = 'U0LOCAL03';
const educator = 'U0LOCAL04';
/**
 * Alicia Gomez's Slack user, unlinked from her demo row before the tests, so that Bridge meets
 * her as a new person who starts as a viewer. The local workspace has no other spare user.
 */
const newcomer = 'U0LOCAL05';
const channelId = 'C0LOCALWBL';

interface OptionsResponse {
  options?: SlackOption[];
  option_groups?: Array<{ label: { text: string }; options: SlackOption[] }>;
}

/** A role request as one convener received it in a direct message, with its buttons. */
interface ReceivedRequest {
  channelId: string;
  message: SlackMessage;
  requestId: string;
}

describe.each(drivers)('/bridge join on %s', (driver) => {
  let bridge: TestBridge;
  /** The first request's direct message as it was before any decision, buttons and all. */
  let firstRequest: ReceivedRequest;

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now });
    await bridge.database.db
      .update(people)
      .set({ slackUserId: null })
      .where(eq(people.slackUserId, newcomer));
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  async function partnershipId(): Promise<string> {
    const [row] = await bridge.database.db.select().from(organizations).limit(1);

    return row?.partnershipId ?? '';
  }

  async function addOrganization(name: string, kind: 'employer' | 'chamber' = 'employer') {
    await bridge.database.db
      .insert(organizations)
      .values({ partnershipId: await partnershipId(), name, kind });
  }

  async function personOf(slackUserId: string) {
    const [row] = await bridge.database.db
      .select()
      .from(people)
      .where(eq(people.slackUserId, slackUserId));

    if (!row) throw new Error(`No person for ${slackUserId}`);

    return row;
  }

  async function organizationId(name: string): Promise<string> {
    const [row] = await bridge.database.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.name, name));

    return row?.id ?? '';
  }

  async function openJoinForm(userId: string): Promise<SlackView> {
    return openForm(bridge, userId, 'join', async () => {
      const sent = await bridge.local.sender.command({ userId, channelId, text: '/bridge join' });
      expect(sent.status).toBe(200);
    });
  }

  async function suggest(userId: string, view: SlackView, text: string) {
    const delivery = await bridge.local.sender.blockSuggestion({
      userId,
      source: { kind: 'view', view },
      blockId: 'joinOrganization',
      actionId: 'value',
      value: text,
    });

    expect(delivery.status).toBe(200);

    return delivery.body as OptionsResponse;
  }

  /** Opens the form, picks the organization from the menu as a person would and submits it. */
  async function join(userId: string, organization: string, role?: string) {
    const view = await openJoinForm(userId);
    const found = await suggest(userId, view, organization);
    const option = found.options?.find((candidate) =>
      candidate.text.text.startsWith(`${organization} (`),
    );

    if (!option) throw new Error(`No option for ${organization}`);

    return bridge.local.sender.viewSubmission({
      userId,
      view,
      values: {
        joinOrganization: { value: option },
        ...(role ? { joinRole: { value: role } } : {}),
      },
    });
  }

  async function ephemeralFor(userId: string, text: string) {
    return eventually(() =>
      bridge.local.store.ephemerals(userId).find((message) => message.text.includes(text)),
    );
  }

  /** Returns the newest direct message to a user that contains the text. */
  async function directMessageTo(userId: string, text: string): Promise<SlackMessage> {
    const channel = `D${userId.slice(1)}`;

    return eventually(() =>
      bridge.local.store
        .messages(channel)
        .filter((message) => message.text.includes(text))
        .at(-1),
    );
  }

  async function requestSentTo(
    userId: string,
    personName: string,
    role: string,
  ): Promise<ReceivedRequest> {
    const message = await eventually(() =>
      bridge.local.store
        .messages(`D${userId.slice(1)}`)
        .filter((candidate) => candidate.text.includes(`${personName}* asks to be *${role}`))
        .filter((candidate) => candidate.blocks?.some((block) => block.type === 'actions'))
        .at(-1),
    );
    const actions = message.blocks?.find((block) => block.type === 'actions') as
      | { elements: Array<{ value: string }> }
      | undefined;

    return {
      channelId: `D${userId.slice(1)}`,
      message,
      requestId: actions?.elements[0]?.value ?? '',
    };
  }

  async function click(
    userId: string,
    received: ReceivedRequest,
    actionId: 'join_approve' | 'join_reject',
  ) {
    const delivery = await bridge.local.sender.blockAction({
      userId,
      source: { kind: 'message', channelId: received.channelId, message: received.message },
      blockId: `role_request_${received.requestId}`,
      actionId,
    });

    expect(delivery.status).toBe(200);
  }

  async function requestRow(requestId: string) {
    const [row] = await bridge.database.db
      .select()
      .from(roleRequests)
      .where(eq(roleRequests.id, requestId));

    return row;
  }

  async function auditCount(entityType: string, entityId: string): Promise<number> {
    const rows = await bridge.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)));

    return rows.length;
  }

  it('shows the current role in the form', async () => {
    const view = await openJoinForm(educator);
    const text = JSON.stringify(view.blocks);
    const role = view.blocks.find((block) => block.block_id === 'joinRole') as unknown as {
      element: { options: unknown[] };
    };
    const organization = view.blocks.find(
      (block) => block.block_id === 'joinOrganization',
    ) as unknown as {
      element: { type: string; initial_option?: SlackOption };
    };

    expect(text).toContain('You are *educator* at *Mesquite Flats ISD* (school district).');
    expect(organization.element.type).toBe('external_select');
    expect(organization.element.initial_option?.text.text).toBe(
      'Mesquite Flats ISD (school district)',
    );
    expect(role.element.options).toHaveLength(5);
  });

  it('answers typed text literally', async () => {
    await addOrganization('100% Welding Supply');
    await addOrganization('Gulf_Coast Staffing');
    await addOrganization('GulfXCoast Staffing');
    const view = await openJoinForm(educator);
    const labels = async (text: string) =>
      ((await suggest(educator, view, text)).options ?? []).map((option) => option.text.text);

    expect(await labels('%')).toEqual(['100% Welding Supply (employer)']);
    expect(await labels('gulf_c')).toEqual(['Gulf_Coast Staffing (employer)']);
    expect(await labels('port alder ch')).toEqual([
      'Port Alder Chamber of Commerce (chamber of commerce)',
    ]);
  });

  it('says when more organizations match than fit', async () => {
    for (let index = 0; index <= 100; index += 1) {
      await addOrganization(`Bulk Employer ${String(index).padStart(3, '0')} ${'x'.repeat(80)}`);
    }

    const view = await openJoinForm(educator);
    const found = await suggest(educator, view, 'bulk employer');
    const [group] = found.option_groups ?? [];

    expect(found.options).toBeUndefined();
    expect(group?.label.text).toBe('First 100 of 101. Type more of the name.');
    expect(group?.options).toHaveLength(100);
    expect(group?.options.every((option) => option.text.text.length <= 75)).toBe(true);
    expect(group?.options[0]?.text.text).toMatch(/^Bulk Employer 000 x+… \(employer\)$/);
  });

  it('shows a field error for a role that does not fit', async () => {
    const submitted = await join(educator, 'Port Alder ISD', 'employer');
    const body = submitted.body as { response_action: string; errors: Record<string, string> };

    expect(body.response_action).toBe('errors');
    expect(body.errors.joinRole).toContain('Employer staff must belong to an employer');
    expect(body.errors.joinRole).toContain('Port Alder ISD is a school district');
    expect((await personOf(educator)).role).toBe('educator');
  });

  it('requires an organization and a role', async () => {
    const view = await openJoinForm(newcomer);
    const submitted = await bridge.local.sender.viewSubmission({ userId: newcomer, view });
    const body = submitted.body as { response_action: string; errors: Record<string, string> };

    expect(body.errors.joinOrganization).toBe('Choose your organization.');
    expect(body.errors.joinRole).toBe('Choose the role you ask for.');
  });

  it('applies the educator role at once', async () => {
    await join(educator, 'Sable Creek ISD', 'educator');

    await ephemeralFor(educator, 'You are now *educator* at *Sable Creek ISD*');
    const person = await personOf(educator);

    expect(person.organizationId).toBe(await organizationId('Sable Creek ISD'));
    expect(await auditCount('person', person.id)).toBe(1);
  });

  it('keeps an employer role pending for the convener', async () => {
    const submitted = await join(newcomer, 'Coastline Welding & Fabrication', 'employer');

    expect(submitted.body).toBeUndefined();
    await ephemeralFor(newcomer, "waits for a convener's approval");
    const received = await requestSentTo(convener, 'Alicia Gomez', 'employer staff');
    const buttons = JSON.stringify(received.message.blocks);
    firstRequest = received;
    const person = await personOf(newcomer);

    expect(received.message.text).toContain('Coastline Welding &amp; Fabrication');
    expect(buttons).toContain('join_approve');
    expect(buttons).toContain('join_reject');
    expect((await requestRow(received.requestId))?.status).toBe('pending');
    expect(person.role).toBe('viewer');
    expect(person.organizationId).toBeNull();
  });

  it('refuses a decision by a non-convener', async () => {
    const received = await requestSentTo(convener, 'Alicia Gomez', 'employer staff');

    await click(educator, received, 'join_approve');

    const refusal = await ephemeralFor(educator, 'Only a convener');

    expect(refusal.text).toContain('Your role is educator');
    expect((await requestRow(received.requestId))?.status).toBe('pending');
    expect((await personOf(newcomer)).role).toBe('viewer');
  });

  it('approves a request from the direct message', async () => {
    const received = await requestSentTo(convener, 'Alicia Gomez', 'employer staff');

    await click(convener, received, 'join_approve');

    await directMessageTo(newcomer, 'approved your request');
    const person = await personOf(newcomer);
    const updated = bridge.local.store.message(received.channelId, received.message.ts);

    expect(person.role).toBe('employer');
    expect(person.organizationId).toBe(await organizationId('Coastline Welding & Fabrication'));
    expect((await requestRow(received.requestId))?.status).toBe('approved');
    // One row for the person's first request, one for the approval.
    expect(await auditCount('person', person.id)).toBe(2);
    expect(await auditCount('role_request', received.requestId)).toBe(2);
    expect(updated?.text).toContain('Dana Reyes* approved this request');
    expect(updated?.blocks?.some((block) => block.type === 'actions')).toBe(false);
  });

  it('decides a request once when clicked twice', async () => {
    const stale = firstRequest;

    await click(convener, stale, 'join_reject');

    const reply = await ephemeralFor(convener, 'already decided');

    expect(reply.text).toContain('Dana Reyes* approved this request on Jan 11, 2027');
    expect((await requestRow(stale.requestId))?.status).toBe('approved');
    expect(await auditCount('role_request', stale.requestId)).toBe(2);
    expect((await personOf(newcomer)).role).toBe('employer');
  });

  it('rejects a request from the direct message', async () => {
    await join(newcomer, 'Port Alder Chamber of Commerce', 'chamber');
    const received = await requestSentTo(convener, 'Alicia Gomez', 'chamber staff');

    await click(convener, received, 'join_reject');

    await directMessageTo(newcomer, 'rejected your request to be *chamber staff*');

    expect((await requestRow(received.requestId))?.status).toBe('rejected');
    expect((await personOf(newcomer)).role).toBe('employer');
  });

  it('replaces a pending request with a new one', async () => {
    await addOrganization('Harbor Chamber', 'chamber');
    await join(newcomer, 'Harbor Point Refining', 'employer');
    const first = await requestSentTo(convener, 'Alicia Gomez', 'employer staff');
    await join(newcomer, 'Harbor Chamber', 'chamber');

    await ephemeralFor(newcomer, 'Your earlier request to be *employer staff*');
    await click(convener, first, 'join_approve');
    const reply = await ephemeralFor(convener, 'withdrew this request');
    const pending = await bridge.database.db
      .select()
      .from(roleRequests)
      .where(eq(roleRequests.status, 'pending'));

    expect(reply.text).toContain('Alicia Gomez* withdrew');
    expect((await requestRow(first.requestId))?.status).toBe('rejected');
    expect(pending).toHaveLength(1);
    expect(pending[0]?.requestedRole).toBe('chamber');
  });

  it('lists pending requests on the convener Home tab', async () => {
    await bridge.local.sender.appHomeOpened({ userId: convener });
    const home = await eventually(() => {
      const view = bridge.local.store.homeView(convener);

      return view && JSON.stringify(view.blocks).includes('Role requests to decide')
        ? view
        : undefined;
    });
    const actions = home.blocks.find((block) => block.block_id?.startsWith('role_request_'));

    expect(JSON.stringify(home.blocks)).toContain('Harbor Chamber');

    await bridge.local.sender.blockAction({
      userId: convener,
      source: { kind: 'view', view: home },
      blockId: actions?.block_id ?? '',
      actionId: 'join_approve',
    });

    await directMessageTo(newcomer, 'You are now *chamber staff* at *Harbor Chamber*');
    const refreshed = await eventually(() => {
      const view = bridge.local.store.homeView(convener);

      return view && !JSON.stringify(view.blocks).includes('Harbor Chamber') ? view : undefined;
    });

    expect(JSON.stringify(refreshed.blocks)).not.toContain('Role requests to decide');
  });

  it('decides concurrent approvals once', async () => {
    await bridge.database.db
      .update(people)
      .set({ role: 'convener' })
      .where(eq(people.slackUserId, district));
    await join(newcomer, 'Harbor Point Refining', 'employer');
    const toDana = await requestSentTo(convener, 'Alicia Gomez', 'employer staff');
    const toPriya = await requestSentTo(district, 'Alicia Gomez', 'employer staff');
    const alreadyDecided = () =>
      [convener, district].flatMap((userId) =>
        bridge.local.store
          .ephemerals(userId)
          .filter((message) => message.text.includes('already decided')),
      );
    const repliesBefore = alreadyDecided().length;

    expect(toPriya.requestId).toBe(toDana.requestId);

    await Promise.all([
      click(convener, toDana, 'join_approve'),
      click(district, toPriya, 'join_approve'),
    ]);

    await directMessageTo(newcomer, 'You are now *employer staff* at *Harbor Point Refining*');
    await eventually(() => alreadyDecided().length > repliesBefore);

    expect(alreadyDecided().length).toBe(repliesBefore + 1);
    expect(await auditCount('role_request', toDana.requestId)).toBe(2);
    expect((await requestRow(toDana.requestId))?.status).toBe('approved');
  });

  it('keeps a convener a convener', async () => {
    const view = await openJoinForm(convener);

    expect(view.blocks.some((block) => block.block_id === 'joinRole')).toBe(false);

    await join(convener, 'Port Alder Chamber of Commerce');

    await ephemeralFor(convener, 'You stay *convener*');
    const person = await personOf(convener);

    expect(person.role).toBe('convener');
    expect(person.organizationId).toBe(await organizationId('Port Alder Chamber of Commerce'));
  });
});
