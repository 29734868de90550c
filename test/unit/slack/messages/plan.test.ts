import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { PlanPhase, TaskStatus } from '../../../../src/db/schema/index.js';
import type { PlanTask } from '../../../../src/domain/plan.js';
import { planTemplate } from '../../../../src/domain/plan-template.js';
import { progressBar, renderPlan, TASKS_PER_MESSAGE } from '../../../../src/slack/messages/plan.js';
import { parsePlanTaskValue } from '../../../../src/slack/plan-values.js';

const owner = { id: '00000000-0000-4000-8000-000000000001', name: 'Priya Nair', slackUserId: 'U1' };
const convener = { personId: '00000000-0000-4000-8000-000000000009', role: 'convener' as const };
const educator = { personId: '00000000-0000-4000-8000-000000000008', role: 'educator' as const };

let counter = 0;

function task(phase: PlanPhase, status: TaskStatus, extra: Partial<PlanTask> = {}): PlanTask {
  counter += 1;

  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    phase,
    position: counter,
    title: `Task ${counter}`,
    status,
    owner: null,
    dueOn: null,
    evidence: null,
    ...extra,
  };
}

function taskBlocks(blocks: KnownBlock[]) {
  return blocks.filter((block) => String(block.block_id ?? '').startsWith('plan_task_'));
}

describe('progressBar', () => {
  it('draws one cell per task', () => {
    expect(progressBar({ done: 3, total: 6 })).toBe('▓▓▓░░░ 3/6');
  });

  it('scales a long phase to ten cells', () => {
    expect(progressBar({ done: 10, total: 40 })).toBe('▓▓▓░░░░░░░ 10/40');
  });

  it('draws an empty phase as its count', () => {
    expect(progressBar({ done: 0, total: 0 })).toBe(' 0/0');
  });
});

describe('renderPlan', () => {
  const tasks = [
    task('establishment', 'done'),
    task('establishment', 'in_progress', { dueOn: '2027-01-20', owner }),
    task('establishment', 'blocked', { owner }),
    task('alignment_of_needs', 'not_started', { dueOn: '2027-01-05' }),
    task('alignment_of_needs', 'not_started', { dueOn: '2027-03-01' }),
    task('program_development', 'done', { dueOn: '2027-01-12' }),
  ];
  const view = { tasks, today: '2027-01-11', viewer: convener, page: { phase: 0, offset: 0 } };

  it('computes each phase from task statuses', () => {
    const message = renderPlan(view);

    expect(message.text).toContain('1. Establishment: ▓░░ 1/3');
    expect(message.text).toContain('2. Alignment of needs: ░░ 0/2');
    expect(message.text).toContain('3. Program development: ▓ 1/1');
  });

  it('puts blocked tasks first, then overdue and due soon', () => {
    const titles = taskBlocks(renderPlan(view).blocks).map((block) =>
      JSON.stringify((block as { text: unknown }).text),
    );

    expect(titles).toHaveLength(3);
    expect(titles[0]).toContain('Task 3');
    expect(titles[1]).toContain('Task 4');
    expect(titles[1]).toContain('(overdue)');
    expect(titles[2]).toContain('Task 2');
  });

  it('gives the convener a menu on every task', () => {
    const blocks = taskBlocks(renderPlan(view).blocks) as Array<{
      accessory?: { options: Array<{ value: string }> };
    }>;
    const values = blocks[0]?.accessory?.options.map((option) => parsePlanTaskValue(option.value));

    expect(values?.map((value) => value?.action)).toEqual([
      'not_started',
      'in_progress',
      'done',
      'edit',
    ]);
  });

  it('leaves the menu out for a reader who may not change the task', () => {
    const blocks = taskBlocks(renderPlan({ ...view, viewer: educator }).blocks);

    expect(blocks.every((block) => !('accessory' in block))).toBe(true);
  });

  it('lists one phase with its bar', () => {
    const message = renderPlan({ ...view, page: { phase: 2, offset: 0 } });

    expect(message.text).toBe('Phase 2: Alignment of needs, 0 of 2 tasks done.');
    expect(taskBlocks(message.blocks)).toHaveLength(2);
  });

  it('pages a long phase under fifty blocks', () => {
    const many = Array.from({ length: 40 }, () => task('rollout_and_scaling', 'blocked'));
    const first = renderPlan({ ...view, tasks: many, page: { phase: 4, offset: 0 } });
    const last = renderPlan({
      ...view,
      tasks: many,
      page: { phase: 4, offset: 2 * TASKS_PER_MESSAGE },
    });

    expect(first.blocks.length).toBeLessThanOrEqual(50);
    expect(taskBlocks(first.blocks)).toHaveLength(TASKS_PER_MESSAGE);
    expect(JSON.stringify(first.blocks)).toContain('list_page_next');
    expect(taskBlocks(last.blocks)).toHaveLength(40 - 2 * TASKS_PER_MESSAGE);
    expect(JSON.stringify(last.blocks)).not.toContain('list_page_next');
  });

  it('offers every phase as a button', () => {
    const buttons = renderPlan(view).blocks.find((block) => block.block_id === 'plan_phases') as {
      elements: Array<{ value: string }>;
    };

    expect(buttons.elements.map((button) => button.value)).toEqual(
      planTemplate.map((_entry, index) => `${index + 1}:0`),
    );
  });
});
