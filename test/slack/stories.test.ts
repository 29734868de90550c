import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, successStories } from '../../src/db/schema/index.js';
import { listApprovedStories } from '../../src/domain/stories.js';
import type { SlackMessage, SlackView } from '../../src/local/slack-shapes.js';
import type { SlackOption } from '../../src/local/view-state-values.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually, openForm, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';

const start = new Date('2027-01-11T15:00:00Z').getTime();
let ticks = 0;
const now = () => new Date(start + 1000 * ticks++);
const convener = 'U0LOCAL01';
const district = 'U0LOCAL03';
const channelId = 'C0LOCALWBL';
const convenerDirect = 'D0LOCAL01';
const districtDirect = 'D0LOCAL03';

describe.each(drivers)('/bridge story new on %s', (driver) => {
  let bridge: TestBridge;

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now });
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  async function suggest(view: SlackView, blockId: string, text: string): Promise<SlackOption> {
    const delivery = await bridge.local.sender.blockSuggestion({
      userId: district,
      source: { kind: 'view', view },
      blockId,
      actionId: 'value',
      value: text,
    });
    const options = (delivery.body as { options: SlackOption[] }).options;
    const found = options.find((option) => option.text.text.startsWith(text));

    if (!found) throw new Error(`No option starting with ${text}`);

    return found;
  }

  async function submitStory(title: string): Promise<SlackMessage> {
    const form = await openForm(bridge, district, 'story_new', () =>
      bridge.local.sender.command({ userId: district, channelId, text: '/bridge story new' }),
    );
    const employer = await suggest(form, 'storyOrganizations', 'Coastline Welding');
    const program = await suggest(form, 'storyPrograms', 'Welding');
    const submitted = await bridge.local.sender.viewSubmission({
      userId: district,
      view: form,
      values: {
        storyTitle: { value: title },
        storyText: { value: 'Three seniors finished their internships and were hired.' },
        storyOrganizations: { value: [employer] },
        storyPrograms: { value: [program] },
      },
    });
    expect(submitted.status).toBe(200);

    return eventually(() =>
      bridge.local.store.messages(convenerDirect).find((message) => message.text.includes(title)),
    );
  }

  function clickDecision(userId: string, message: SlackMessage, actionId: string) {
    const actions = message.blocks?.find((block) => block.type === 'actions');

    return bridge.local.sender.blockAction({
      userId,
      source: { kind: 'message', channelId: convenerDirect, message },
      blockId: actions?.block_id ?? '',
      actionId,
    });
  }

  it('rejects an empty form under its fields', async () => {
    const form = await openForm(bridge, district, 'story_new', () =>
      bridge.local.sender.command({ userId: district, channelId, text: '/bridge story new' }),
    );
    const submitted = await bridge.local.sender.viewSubmission({
      userId: district,
      view: form,
      values: { storyTitle: { value: ' ' } },
    });
    const errors = (submitted.body as { errors: Record<string, string> }).errors;

    expect(errors.storyTitle).toBe('Enter a title.');
    expect(errors.storyText).toBe('Enter a story.');
  });

  it('stores a story as pending and asks the convener', async () => {
    const request = await submitStory('Welding interns hired');
    const [row] = await bridge.database.db.select().from(successStories);

    expect(row?.status).toBe('pending');
    expect(row?.organizationIds).toHaveLength(1);
    expect(row?.programIds).toHaveLength(1);
    expect(JSON.stringify(request.blocks)).toContain('Coastline Welding');
    expect(JSON.stringify(request.blocks)).toContain('story_approve');
  });

  it('refuses a decision from someone who is not a convener', async () => {
    const request = await eventually(() =>
      bridge.local.store
        .messages(convenerDirect)
        .find((message) => message.text.includes('Welding interns hired')),
    );
    await clickDecision(district, request, 'story_approve');

    const refusal = await eventually(() =>
      bridge.local.store
        .ephemerals(district)
        .find((ephemeral) => ephemeral.text.includes('Only a convener approves')),
    );
    expect(refusal.text).toContain('Your role is school district staff.');

    const [row] = await bridge.database.db.select().from(successStories);
    expect(row?.status).toBe('pending');
  });

  it('decides a story once when the convener clicks twice at once', async () => {
    const request = await eventually(() =>
      bridge.local.store
        .messages(convenerDirect)
        .find((message) => message.text.includes('Welding interns hired')),
    );

    await Promise.all([
      clickDecision(convener, request, 'story_approve'),
      clickDecision(convener, request, 'story_reject'),
      clickDecision(convener, request, 'story_approve'),
    ]);

    const authorMessages = () =>
      bridge.local.store
        .messages(districtDirect)
        .filter((message) => message.text.includes('Your success story'));
    await eventually(() => (authorMessages().length > 0 ? true : undefined));
    await eventually(() =>
      bridge.local.store
        .ephemerals(convener)
        .filter((ephemeral) => ephemeral.text.includes('was decided already')).length === 2
        ? true
        : undefined,
    );
    const [row] = await bridge.database.db.select().from(successStories);
    const audits = await bridge.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'success_story'), eq(auditLog.action, 'update')));

    expect(audits).toHaveLength(1);
    expect(['approved', 'rejected']).toContain(row?.status);

    expect(authorMessages()).toHaveLength(1);
  });

  it('lists approved stories for digests', async () => {
    await bridge.database.db.delete(successStories);
    const request = await submitStory('Mentors from the refinery');
    await clickDecision(convener, request, 'story_approve');

    const [row] = await eventually(async () => {
      const rows = await bridge.database.db
        .select()
        .from(successStories)
        .where(eq(successStories.status, 'approved'));
      return rows.length === 1 ? rows : undefined;
    });
    const approved = await listApprovedStories(
      bridge.database.db,
      row?.partnershipId ?? '',
      new Date(start),
    );
    const later = await listApprovedStories(
      bridge.database.db,
      row?.partnershipId ?? '',
      new Date(start + 86_400_000),
    );

    expect(approved.map((story) => story.title)).toEqual(['Mentors from the refinery']);
    expect(approved[0]?.organizations.map((organization) => organization.name)).toEqual([
      'Coastline Welding & Fabrication',
    ]);
    expect(later).toEqual([]);
  });
});
