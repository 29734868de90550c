import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  equipmentDonations,
  requestOffers,
  wblRequests,
} from '../../src/db/schema/index.js';
import { suggestEmployers } from '../../src/domain/request-matching.js';
import type { EnteredValues } from '../../src/local/slack-sender.js';
import type { SlackBlock, StoredEphemeral } from '../../src/local/slack-shapes.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually, openForm, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';
import type { FixtureIds } from './request-fixture.js';
import {
  alicia,
  channelId,
  convener,
  directMessageWith,
  ephemeralWith,
  loadRequestFixture,
  marcus,
  priya,
  sam,
} from './request-fixture.js';

const start = new Date('2027-01-11T15:00:00Z').getTime();
let ticks = 0;
/** A clock that moves one second per reading, so rows created in order sort in order. */
const now = () => new Date(start + 1000 * ticks++);

interface SectionBlock extends SlackBlock {
  text?: { text: string };
  accessory?: { action_id: string; value: string; text: { text: string } };
}

describe.each(drivers)('requests and offers through Slack on %s', (driver) => {
  let bridge: TestBridge;
  let ids: FixtureIds;

  const id = (name: string) => ids.get(name) ?? '';

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now, demoData: false });
    ids = await loadRequestFixture(bridge);
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  function openRequestForm(userId: string) {
    return openForm(bridge, userId, 'request_new', () =>
      bridge.local.sender.command({ userId, channelId, text: '/bridge request new' }),
    );
  }

  function requestValues(changes: Record<string, unknown> = {}): EnteredValues {
    const fields: Record<string, unknown> = {
      requestProgram: id('Welding Technology'),
      requestKind: 'guest_speaker',
      requestDetails: 'Juniors learning MIG welding want to hear about shop safety.',
      requestGroupSize: '25',
      requestNeededBy: '2027-02-15',
      ...changes,
    };

    return Object.fromEntries(
      Object.entries(fields).map(([blockId, value]) => [blockId, { value }]),
    ) as EnteredValues;
  }

  /** Submits a request as a person and returns the suggestions message they receive. */
  async function makeRequest(userId: string, details: string, changes = {}) {
    const view = await openRequestForm(userId);
    const submitted = await bridge.local.sender.viewSubmission({
      userId,
      view,
      values: requestValues({ requestDetails: details, ...changes }),
    });

    expect(submitted.body).toBeUndefined();

    return eventually(() =>
      bridge.local.store
        .ephemerals(userId)
        .find(
          (message) =>
            message.text.includes('Request saved') &&
            JSON.stringify(message.blocks).includes(details),
        ),
    );
  }

  function suggestionNames(message: StoredEphemeral): string[] {
    return (message.blocks as SectionBlock[])
      .filter((block) => block.accessory?.action_id === 'request_send')
      .map((block) => block.text?.text.split('\n')[0]?.replace(/\*/g, '') ?? '');
  }

  async function clickSend(userId: string, message: StoredEphemeral, employer: string) {
    const block = (message.blocks as SectionBlock[]).find((candidate) =>
      candidate.accessory?.value.endsWith(id(employer)),
    );

    return bridge.local.sender.blockAction({
      userId,
      source: { kind: 'ephemeral', channelId, ephemeral: message },
      blockId: block?.block_id ?? '',
      actionId: 'request_send',
    });
  }

  async function requestRow(details: string) {
    const [row] = await bridge.database.db
      .select()
      .from(wblRequests)
      .where(eq(wblRequests.details, details));

    return row;
  }

  it('lists only the programs of an educator campus', async () => {
    const view = await openRequestForm(sam);
    const picker = view.blocks.find((block) => block.block_id === 'requestProgram') as unknown as {
      element: { options: Array<{ value: string }> };
    };

    expect(picker.element.options.map((option) => option.value)).toEqual([
      id('Welding Technology'),
    ]);
  });

  it.each([
    [
      'missing group size for a tour',
      { requestKind: 'facility_tour', requestGroupSize: null },
      'requestGroupSize',
      'Enter the number of students',
    ],
    ['zero group size', { requestGroupSize: '0' }, 'requestGroupSize', 'at least 1'],
    ['fractional group size', { requestGroupSize: '2.5' }, 'requestGroupSize', 'whole number'],
    ['group size for a mentor', { requestKind: 'mentor' }, 'requestGroupSize', 'leave it empty'],
    ['past needed-by date', { requestNeededBy: '2027-01-04' }, 'requestNeededBy', 'in the past'],
    ['missing details', { requestDetails: null }, 'requestDetails', 'Enter a details'],
  ])('shows an inline error for %s', async (_case, changes, blockId, message) => {
    const view = await openRequestForm(sam);
    const submitted = await bridge.local.sender.viewSubmission({
      userId: sam,
      view,
      values: requestValues(changes),
    });
    const body = submitted.body as { response_action: string; errors: Record<string, string> };

    expect(body.response_action).toBe('errors');
    expect(body.errors[blockId]).toContain(message);
  });

  it('refuses a program of another district', async () => {
    const view = await openRequestForm(priya);
    const nursing = { text: { type: 'plain_text', text: 'Nursing' }, value: id('Nursing Pathway') };
    const submitted = await bridge.local.sender.viewSubmission({
      userId: priya,
      view,
      values: requestValues({ requestProgram: nursing, requestDetails: 'Not ours' }),
    });
    const body = submitted.body as { response_action: string; errors: Record<string, string> };

    expect(body.errors.requestProgram).toContain('belongs to another campus or district');
    expect(await requestRow('Not ours')).toBeUndefined();
  });

  it('explains why employer staff cannot request', async () => {
    await bridge.local.sender.command({ userId: marcus, channelId, text: '/bridge request new' });

    const notice = await eventually(() =>
      bridge.local.store
        .openViews(marcus)
        .find((view) => JSON.stringify(view.blocks).includes('Only educators')),
    );

    expect(JSON.stringify(notice.blocks)).toContain('your role is employer staff');
  });

  it('ranks speakers by cluster fit, then capacity', async () => {
    const message = await makeRequest(sam, 'Speaker ranking');

    expect(suggestionNames(message)).toEqual([
      'Bayside Machining',
      'Anchor Fabrication',
      'Coral Builders',
    ]);
    expect(message.text).toContain('Guest speaker for *Welding Technology*');
    expect(JSON.stringify(message.blocks)).toContain(
      'Works in Advanced Manufacturing · 5 guest speakers',
    );
    expect(JSON.stringify(message.blocks)).toContain('Other career clusters (Construction)');
  });

  it('suggests tours that take the whole group', async () => {
    const message = await makeRequest(sam, 'Tour ranking', {
      requestKind: 'facility_tour',
      requestGroupSize: '25',
    });

    // Bayside takes groups of 10 only, so it is left out.
    expect(suggestionNames(message)).toEqual(['Anchor Fabrication', 'Coral Builders']);
    expect(JSON.stringify(message.blocks)).toContain('tours for groups of up to 30 (yours: 25)');
  });

  it('ranks mentors and equipment by their own capacity', async () => {
    const base = {
      partnershipId: id('partnership'),
      careerCluster: 'Advanced Manufacturing',
      groupSize: null,
      limit: 5,
    };
    const mentors = await suggestEmployers(bridge.database.db, { ...base, kind: 'mentor' });
    const equipment = await suggestEmployers(bridge.database.db, { ...base, kind: 'equipment' });

    expect(mentors.map((employer) => employer.employerName)).toEqual([
      'Bayside Machining',
      'Delta Health',
      'Coral Builders',
    ]);
    expect(mentors.map((employer) => employer.clusterFit)).toEqual([true, false, false]);
    // Delta Health's blank equipment field offers nothing.
    expect(equipment.map((employer) => employer.employerName)).toEqual(['Bayside Machining']);
  });

  it('sends a request and the employer accepts it', async () => {
    const suggestions = await makeRequest(sam, 'Send and accept');
    const request = await requestRow('Send and accept');
    const sent = await clickSend(sam, suggestions, 'Anchor Fabrication');

    expect(sent.status).toBe(200);

    const offerMessage = await directMessageWith(bridge, marcus, 'asks *Anchor Fabrication*');
    const confirmation = await ephemeralWith(bridge, sam, 'Sent Guest speaker');

    expect(confirmation.text).toContain('*Marcus Lee* can accept or decline it');
    expect((await requestRow('Send and accept'))?.status).toBe('sent');

    const refreshed = await eventually(() =>
      bridge.local.store
        .ephemerals(sam)
        .find(
          (message) =>
            message.message_ts === suggestions.message_ts &&
            message.text.includes('Request saved') &&
            JSON.stringify(message.blocks).includes('Sent, waiting for an answer'),
        ),
    );

    expect(suggestionNames(refreshed)).toEqual(['Bayside Machining', 'Coral Builders']);

    await bridge.local.sender.blockAction({
      userId: marcus,
      source: { kind: 'message', channelId: 'D0LOCAL02', message: offerMessage },
      blockId: offerMessage.blocks?.find((block) => block.type === 'actions')?.block_id ?? '',
      actionId: 'request_offer_accept',
    });

    const answer = await directMessageWith(bridge, sam, 'accepted your request');
    const [offer] = await bridge.database.db
      .select()
      .from(requestOffers)
      .where(eq(requestOffers.requestId, request?.id ?? ''));
    const audits = await bridge.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, offer?.id ?? ''));

    expect(answer.text).toContain('*Anchor Fabrication* accepted your request');
    expect(offer?.status).toBe('accepted');
    expect((await requestRow('Send and accept'))?.status).toBe('accepted');
    expect(audits.map((row) => row.action).sort()).toEqual(['create', 'update']);

    const updated = await directMessageWith(bridge, marcus, '*Accepted* by *Marcus Lee*');

    expect(updated.blocks?.some((block) => block.type === 'actions')).toBe(false);

    // A click on the buttons as they were before the acceptance changes nothing.
    await bridge.local.sender.blockAction({
      userId: marcus,
      source: { kind: 'message', channelId: 'D0LOCAL02', message: offerMessage },
      blockId: offerMessage.blocks?.find((block) => block.type === 'actions')?.block_id ?? '',
      actionId: 'request_offer_decline',
    });

    const repeated = await ephemeralWith(bridge, marcus, 'already accepted this request');
    const [unchanged] = await bridge.database.db
      .select()
      .from(requestOffers)
      .where(eq(requestOffers.id, offer?.id ?? ''));

    expect(repeated.text).toContain('by *Marcus Lee*');
    expect(unchanged?.status).toBe('accepted');
  });

  it('refuses a send by someone else', async () => {
    const suggestions = await makeRequest(sam, 'Refused send');

    await clickSend(priya, suggestions, 'Anchor Fabrication');

    const refusal = await eventually(() =>
      bridge.local.store
        .ephemerals(priya)
        .find((message) => message.text.includes('Only the person who made this request')),
    );
    const request = await requestRow('Refused send');
    const offers = await bridge.database.db
      .select()
      .from(requestOffers)
      .where(eq(requestOffers.requestId, request?.id ?? ''));

    expect(refusal.text).toContain('(Sam Ortiz) or the convener');
    expect(offers).toEqual([]);
  });

  it('refuses an answer from another organization', async () => {
    const suggestions = await makeRequest(sam, 'Refused answer');

    await clickSend(sam, suggestions, 'Anchor Fabrication');

    const offerMessage = await directMessageWith(bridge, marcus, 'Refused answer');

    await bridge.local.sender.blockAction({
      userId: alicia,
      source: { kind: 'message', channelId: 'D0LOCAL02', message: offerMessage },
      blockId: offerMessage.blocks?.find((block) => block.type === 'actions')?.block_id ?? '',
      actionId: 'request_offer_decline',
    });

    const refusal = await ephemeralWith(bridge, alicia, 'only its staff or the convener');
    const request = await requestRow('Refused answer');

    expect(refusal.text).toContain('sent to *Anchor Fabrication*'.replace(/\*/g, ''));
    expect(request?.status).toBe('sent');
  });

  it('shows contacts of an employer without Slack', async () => {
    const suggestions = await makeRequest(convener, 'No one on Slack', {
      requestKind: 'equipment',
      requestGroupSize: null,
    });

    await clickSend(convener, suggestions, 'Bayside Machining');

    const reply = await ephemeralWith(bridge, convener, 'no one there is on Slack');

    expect(reply.text).toContain('bea.quinn@bayside.example.com');
    expect(reply.text).toContain('361-555-0142');

    await clickSend(convener, suggestions, 'Bayside Machining');

    const again = await ephemeralWith(bridge, convener, 'already sent to');

    expect(again.text).toContain('*Bayside Machining*');
  });

  it('lets the convener answer for an employer and records the donation', async () => {
    const request = await requestRow('No one on Slack');

    await bridge.local.sender.command({ userId: convener, channelId, text: '/bridge requests' });

    const list = await ephemeralWith(bridge, convener, 'Open requests');
    const answers = list.blocks?.find(
      (block) => block.block_id === `request_answers_${request?.id}`,
    );

    expect(list.text).toContain('Equipment for Welding Technology: Sent to employers');

    await bridge.local.sender.blockAction({
      userId: convener,
      source: { kind: 'ephemeral', channelId, ephemeral: list },
      blockId: answers?.block_id ?? '',
      actionId: 'request_offer_accept',
    });

    const [donation] = await eventually(async () => {
      const rows = await bridge.database.db
        .select()
        .from(equipmentDonations)
        .where(eq(equipmentDonations.requestId, request?.id ?? ''));

      return rows.length > 0 ? rows : undefined;
    });

    expect(donation?.status).toBe('accepted');
    expect(donation?.employerId).toBe(id('Bayside Machining'));
    expect(donation?.programId).toBe(id('Welding Technology'));
    expect((await requestRow('No one on Slack'))?.status).toBe('accepted');

    const told = await directMessageWith(
      bridge,
      convener,
      'Bridge recorded the equipment donation',
    );

    expect(told.text).toContain('*Bayside Machining* accepted your request');
  });

  it('tells the requester about a later answer', async () => {
    const suggestions = await makeRequest(sam, 'Two answers');
    const request = await requestRow('Two answers');

    await clickSend(sam, suggestions, 'Anchor Fabrication');
    const offerMessage = await directMessageWith(bridge, marcus, 'Two answers');
    await clickSend(sam, suggestions, 'Bayside Machining');
    await ephemeralWith(bridge, sam, 'no one there is on Slack');

    await bridge.local.sender.blockAction({
      userId: marcus,
      source: { kind: 'message', channelId: 'D0LOCAL02', message: offerMessage },
      blockId: offerMessage.blocks?.find((block) => block.type === 'actions')?.block_id ?? '',
      actionId: 'request_offer_accept',
    });
    await eventually(async () => (await requestRow('Two answers'))?.status === 'accepted');

    const [bayside] = await bridge.database.db
      .select()
      .from(requestOffers)
      .where(
        and(
          eq(requestOffers.requestId, request?.id ?? ''),
          eq(requestOffers.employerId, id('Bayside Machining')),
        ),
      );

    await bridge.local.sender.command({ userId: convener, channelId, text: '/bridge requests' });
    const list = await eventually(() =>
      bridge.local.store
        .ephemerals(convener)
        .filter((message) => message.text.includes('Open requests'))
        .find((message) => JSON.stringify(message.blocks).includes(bayside?.id ?? 'none')),
    );

    await bridge.local.sender.blockAction({
      userId: convener,
      source: { kind: 'ephemeral', channelId, ephemeral: list },
      blockId: `request_answers_${request?.id}`,
      actionId: 'request_offer_decline',
    });

    const declined = await directMessageWith(bridge, sam, '*Bayside Machining* declined');

    expect(declined.text).toContain('*Anchor Fabrication* had already accepted it');
  });

  it('stores a retried submission once', async () => {
    const view = await openRequestForm(sam);
    const values = requestValues({ requestDetails: 'Retried request' });

    await bridge.local.sender.viewSubmission({ userId: sam, view, values });
    await bridge.local.sender.viewSubmission(
      { userId: sam, view, values },
      { headers: { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' } },
    );
    await ephemeralWith(bridge, sam, 'Request saved');

    const rows = await bridge.database.db
      .select()
      .from(wblRequests)
      .where(eq(wblRequests.details, 'Retried request'));

    expect(rows).toHaveLength(1);
  });
});
