import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { PlanTask } from '../../../../src/domain/plan.js';
import {
  appendHomePlanTasks,
  HOME_PLAN_TASKS,
} from '../../../../src/slack/views/home-plan-tasks.js';

function openTask(index: number): PlanTask {
  return {
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    phase: 'establishment',
    position: index,
    title: `Task ${index}`,
    status: 'in_progress',
    owner: { id: '00000000-0000-4000-8000-000000000999', name: 'Priya Nair', slackUserId: 'U1' },
    dueOn: '2027-01-20',
    evidence: null,
  };
}

const filler = (count: number): KnownBlock[] =>
  Array.from({ length: count }, () => ({ type: 'divider' }));

describe('appendHomePlanTasks', () => {
  const tasks = Array.from({ length: HOME_PLAN_TASKS }, (_unused, index) => openTask(index + 1));

  it('lists the tasks with status and Edit buttons', () => {
    const blocks = appendHomePlanTasks([], { tasks, total: tasks.length, today: '2027-01-11' });
    const actions = blocks.filter((block) => block.type === 'actions') as Array<{
      elements: Array<{ action_id: string }>;
    }>;

    expect(actions).toHaveLength(HOME_PLAN_TASKS);
    expect(actions[0]?.elements.map((button) => button.action_id)).toEqual([
      'plan_task_status_done',
      'plan_task_status_blocked',
      'plan_task_edit',
    ]);
  });

  it('stays within 100 blocks and counts the tasks left out', () => {
    const blocks = appendHomePlanTasks(filler(91), { tasks, total: 9, today: '2027-01-11' });

    expect(blocks).toHaveLength(100);
    expect(JSON.stringify(blocks.at(-1))).toContain('6 more: type `/bridge plan`');
  });

  it('adds nothing for a person without open tasks', () => {
    expect(
      appendHomePlanTasks(filler(3), { tasks: [], total: 0, today: '2027-01-11' }),
    ).toHaveLength(3);
  });
});
