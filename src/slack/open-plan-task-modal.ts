import type { WebClient } from '@slack/web-api';
import { getPlanTask } from '../domain/plan.js';
import { mayChangeTask } from '../domain/plan-task-updates.js';
import { resolveActor } from './actor.js';
import type { SlackDependencies } from './dependencies.js';
import type { ModalRequest } from './open-modals.js';
import { openModalThenFill } from './open-modals.js';
import { renderNoticeModal } from './views/directory-modals/notice-modal.js';
import { PLAN_TASK_TITLE, renderPlanTaskModal } from './views/plan-task-modal.js';

/**
 * Opens the edit form of a plan task. Someone who may not change the task (only its owner and
 * the convener may) gets the reason in place of the form.
 */
export async function openPlanTaskModal(
  deps: SlackDependencies,
  client: WebClient,
  request: ModalRequest,
  taskId: string,
): Promise<void> {
  await openModalThenFill(client, PLAN_TASK_TITLE, request.triggerId, async () => {
    const actor = await resolveActor(deps, client, request.identity);
    const task = await getPlanTask(deps.db, { partnershipId: actor.partnership.id, taskId });

    if (!task) {
      return renderNoticeModal(
        PLAN_TASK_TITLE,
        'That task is no longer in the plan. Type `/bridge plan` for the current tasks.',
      );
    }

    const decision = mayChangeTask(
      { personId: actor.person.id, role: actor.person.role },
      { ownerPersonId: task.owner?.id ?? null, ownerName: task.owner?.name, title: task.title },
    );

    if (!decision.allowed) return renderNoticeModal(PLAN_TASK_TITLE, decision.reason);

    return renderPlanTaskModal(task, {
      timeZone: actor.partnership.timeZone,
      channelId: request.channelId,
    });
  });
}
