import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, people, planTasks, slackTeams } from '../../src/db/schema/index.js';
import type { SlackBlock, StoredEphemeral } from '../../src/local/slack-shapes.js';
import type { SlackOption } from '../../src/local/view-state-values.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually, openForm, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';

const start = new Date('2027-01-11T15:00:00Z').getTime();
let ticks = 0;
const now = () => new Date(start + 1000 * ticks++);
const convener = 'U0LOCAL01';
const district = 'U0LOCAL03';
const educator = 'U0LOCAL04';
const channelId = 'C0LOCALWBL';

interface Overflow {
  type: 'overflow';
  options: Array<{ value: string; text: { text: string } }>;
}

function taskBlock(ephemeral: StoredEphemeral, titleStart: string): SlackBlock | undefined {
  return ephemeral.blocks?.find(
    (block) =>
      typeof block.block_id === 'string' &&
      block.block_id.startsWith('plan_task_') &&
      JSON.stringify(block.text).includes(titleStart),
  );
}

function menuValue(block: SlackBlock | undefined, label: string): string {
  const options = (block?.accessory as Overflow | undefined)?.options ?? [];
  const found = options.find((option) => option.text.text === label);

  if (!found) throw new Error(`No "${label}" in the task menu`);

  return found.value;
}

describe.each(drivers)('/bridge plan on %s', (driver) => {
  let bridge: TestBridge;

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now });
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  async function showPlan(userId: string, text = '/bridge plan'): Promise<StoredEphemeral> {
    const before = bridge.local.store.ephemerals(userId).length;
    const sent = await bridge.local.sender.command({ userId, channelId, text });
    expect(sent.status).toBe(200);

    return eventually(() => bridge.local.store.ephemerals(userId)[before]);
  }

  async function taskRow(titleStart: string) {
    const rows = await bridge.database.db.select().from(planTasks);
    const row = rows.find((candidate) => candidate.title.startsWith(titleStart));

    if (!row) throw new Error(`No task ${titleStart}`);

    return row;
  }

  async function chooseFromMenu(
    userId: string,
    ephemeral: StoredEphemeral,
    block: SlackBlock,
    value: string,
  ) {
    const delivery = await bridge.local.sender.blockAction({
      userId,
      source: { kind: 'ephemeral', channelId, ephemeral },
      blockId: block.block_id ?? '',
      actionId: 'plan_task_menu',
      value,
    });
    expect(delivery.status).toBe(200);
  }

  it('shows progress per phase computed from task statuses', async () => {
    const plan = await showPlan(convener);

    expect(plan.text).toContain('1. Establishment: ▓▓░░░ 2/5');
    expect(plan.text).toContain('2. Alignment of needs: ░░░░░ 0/5');
    expect(plan.text).toContain('1 blocked, 3 overdue or due in the next 14 days.');
  });

  it('lists blocked tasks first, then tasks due within two weeks', async () => {
    const plan = await showPlan(convener);
    const titles = (plan.blocks ?? [])
      .filter((block) => String(block.block_id ?? '').startsWith('plan_task_'))
      .map((block) => JSON.stringify(block.text));

    expect(titles).toHaveLength(4);
    expect(titles[0]).toContain('Study how close campuses are');
    expect(titles[1]).toContain('Collect data on secondary CTE programs');
    expect(titles[2]).toContain('Reach out to employers');
    expect(titles[3]).toContain('Meet the employers with interest');
    expect(titles[1]).toContain('Owner: Priya Nair');
    expect(titles[1]).toContain('Due Jan 16, 2027');
  });

  it('lets a task owner update its status from the message', async () => {
    const plan = await showPlan(district, '/bridge plan 1');
    const block = taskBlock(plan, 'Collect data on secondary CTE programs');

    if (!block) throw new Error('No task block');

    await chooseFromMenu(district, plan, block, menuValue(block, 'Mark done'));

    await eventually(async () => (await taskRow('Collect data')).status === 'done');
    const updated = await eventually(() =>
      bridge.local.store
        .ephemerals(district)
        .find(
          (ephemeral) =>
            ephemeral.message_ts === plan.message_ts && ephemeral.text.includes('3 of 5'),
        ),
    );
    expect(updated.text).toContain('Phase 1: Establishment, 3 of 5 tasks done.');

    const task = await taskRow('Collect data');
    const audits = await bridge.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'plan_task'), eq(auditLog.entityId, task.id)));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.after).toEqual({ status: 'done' });
  });

  it('refuses a status change from someone who does not own the task', async () => {
    const own = await showPlan(educator, '/bridge plan 1');
    expect(taskBlock(own, 'Study how close campuses')?.accessory).toBeUndefined();

    const ownersView = await showPlan(district, '/bridge plan 1');
    const block = taskBlock(ownersView, 'Study how close campuses');

    if (!block) throw new Error('No task block');

    const before = bridge.local.store.ephemerals(educator).length;
    await chooseFromMenu(educator, ownersView, block, menuValue(block, 'Mark done'));

    const refusal = await eventually(() => bridge.local.store.ephemerals(educator)[before]);
    expect(refusal.text).toContain(
      'belongs to Priya Nair; only its owner or the convener can change it',
    );
    expect((await taskRow('Study how close campuses')).status).toBe('blocked');
  });

  it('lets the convener edit owner, due date and evidence in a modal', async () => {
    const plan = await showPlan(convener, '/bridge plan 2');
    const block = taskBlock(plan, 'Give the school districts current employer contacts');

    if (!block) throw new Error('No task block');

    const form = await openForm(bridge, convener, 'plan_task', () =>
      chooseFromMenu(convener, plan, block, menuValue(block, 'Edit owner, due date, evidence')),
    );
    const suggested = await bridge.local.sender.blockSuggestion({
      userId: convener,
      source: { kind: 'view', view: form },
      blockId: 'planTaskOwner',
      actionId: 'value',
      value: 'priya',
    });
    const options = (suggested.body as { options: SlackOption[] }).options;
    const priya = options.find((option) => option.text.text.startsWith('Priya Nair'));

    if (!priya) throw new Error('Priya is not among the owner options');

    const invalid = await bridge.local.sender.viewSubmission({
      userId: convener,
      view: form,
      values: {
        planTaskOwner: { value: priya },
        planTaskEvidence: { value: 'www.portalderisd' },
      },
    });
    const errors = (invalid.body as { errors: Record<string, string> }).errors;
    expect(errors.planTaskEvidence).toContain('is not a valid web link');

    const saved = await bridge.local.sender.viewSubmission({
      userId: convener,
      view: form,
      values: {
        planTaskOwner: { value: priya },
        planTaskStatus: { value: 'in_progress' },
        planTaskDue: { value: '2027-02-01' },
        planTaskEvidence: { value: 'https://portalderisd.example.org/employer-contacts' },
      },
    });
    expect(saved.status).toBe(200);

    const task = await eventually(async () => {
      const row = await taskRow('Give the school districts');
      return row.status === 'in_progress' ? row : undefined;
    });
    const [owner] = await bridge.database.db
      .select()
      .from(people)
      .where(eq(people.slackUserId, district));
    expect(task.ownerPersonId).toBe(owner?.id);
    expect(task.dueOn).toBe('2027-02-01');
    expect(task.evidence).toBe('https://portalderisd.example.org/employer-contacts');
  });

  it('shows the owner their open tasks on the Home tab with status buttons', async () => {
    await bridge.local.sender.appHomeOpened({ userId: district });
    const home = await eventually(() => {
      const view = bridge.local.store.homeView(district);
      return JSON.stringify(view?.blocks ?? []).includes('Your open tasks') ? view : undefined;
    });
    const blockedTask = await taskRow('Study how close campuses');
    const buttons = home.blocks.find((block) => block.block_id === `home_task_${blockedTask.id}`);
    const actionIdsShown = ((buttons?.elements ?? []) as Array<{ action_id: string }>).map(
      (button) => button.action_id,
    );
    expect(actionIdsShown).toEqual([
      'plan_task_status_in_progress',
      'plan_task_status_done',
      'plan_task_edit',
    ]);

    const blockId = `home_task_${blockedTask.id}`;
    const clicked = await bridge.local.sender.blockAction({
      userId: district,
      source: { kind: 'view', view: home },
      blockId,
      actionId: 'plan_task_status_in_progress',
    });
    expect(clicked.status).toBe(200);

    await eventually(async () => (await taskRow('Study how close')).status === 'in_progress');
  });

  it('answers an Edit button with a forged task id', async () => {
    const home = bridge.local.store.homeView(district);
    const forged = {
      type: 'view',
      id: 'V0FORGED',
      blocks: [
        {
          type: 'actions',
          block_id: 'home_task_forged',
          elements: [
            {
              type: 'button',
              action_id: 'plan_task_edit',
              text: { type: 'plain_text', text: 'Edit' },
              value: 'not-a-task-id',
            },
          ],
        },
      ],
    };
    const clicked = await bridge.local.sender.blockAction({
      userId: district,
      source: { kind: 'view', view: { ...home, ...forged } as never },
      blockId: 'home_task_forged',
      actionId: 'plan_task_edit',
    });
    expect(clicked.status).toBe(200);

    const notice = await eventually(() =>
      bridge.local.store
        .openViews(district)
        .find((view) => JSON.stringify(view.blocks).includes('no longer in the plan')),
    );
    expect(notice.title?.text).toBe('Edit plan task');
    expect(JSON.stringify(bridge.local.store.messages('D0LOCAL03'))).not.toContain(
      'internal error',
    );
  });
});

describe.each(drivers)('plan of a new workspace on %s', (driver) => {
  let bridge: TestBridge;

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now, demoData: false });
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  async function taskCount(): Promise<number> {
    return (await bridge.database.db.select().from(planTasks)).length;
  }

  it('loads the framework tasks once when two first commands race', async () => {
    const [first, second] = await Promise.all([
      bridge.local.sender.command({ userId: convener, channelId, text: '/bridge plan' }),
      bridge.local.sender.command({ userId: district, channelId, text: '/bridge plan' }),
    ]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);

    const plan = await eventually(() => bridge.local.store.ephemerals(district)[0]);
    expect(plan.text).toContain('1. Establishment: ░░░░░ 0/5');
    expect(await taskCount()).toBe(22);
    expect(await bridge.database.db.select().from(slackTeams)).toHaveLength(1);
  });

  it('loads the tasks once for a partnership that has none', async () => {
    await bridge.database.db.delete(planTasks);

    await Promise.all([
      bridge.local.sender.command({ userId: convener, channelId, text: '/bridge plan' }),
      bridge.local.sender.command({ userId: district, channelId, text: '/bridge plan 3' }),
    ]);

    await eventually(() => bridge.local.store.ephemerals(district)[1]);
    await eventually(() => bridge.local.store.ephemerals(convener)[1]);
    expect(await taskCount()).toBe(22);

    const loads = await bridge.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityType, 'plan'));
    expect(loads).toHaveLength(2);
  });
});
