import type { App, BlockAction, ButtonAction, OverflowAction } from '@slack/bolt';
import type { TaskStatus } from '../../db/schema/index.js';
import { taskStatuses } from '../../db/schema/index.js';
import type { TaskUpdateResult } from '../../domain/plan-task-updates.js';
import { updateTaskStatus } from '../../domain/plan-task-updates.js';
import type { Actor } from '../actor.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import { planMessage } from '../commands/plan-command.js';
import type { SlackDependencies } from '../dependencies.js';
import { publishHome } from '../home.js';
import { actionIds } from '../ids.js';
import { PLAN_PAGE_BLOCK } from '../messages/plan.js';
import { notifyPerson, textMessage } from '../notify.js';
import { openPlanTaskModal } from '../open-plan-task-modal.js';
import { parsePlanPageValue, parsePlanTaskValue } from '../plan-values.js';

const pageButton = new RegExp(`^${actionIds.listPage}_(previous|next)$`);
const phaseButton = new RegExp(`^${actionIds.planPhase}_[0-6]$`);
const homeStatusButton = new RegExp(`^${actionIds.planTaskStatus}_(${taskStatuses.join('|')})$`);

/**
 * Handles the controls of `/bridge plan` and of the Home tab's task list: the menu beside each
 * task (set a status or open the edit form), the status and Edit buttons on Home, and the page
 * and phase buttons. Only a task's owner and the convener change it, and others get the reason.
 */
export function registerPlanTaskActions(app: App, deps: SlackDependencies): void {
  app.action<BlockAction<OverflowAction>>(
    actionIds.planTaskMenu,
    async ({ ack, body, action, client, respond }) => {
      await ack();

      const chosen = parsePlanTaskValue(action.selected_option?.value ?? '');

      if (!chosen) return;

      const identity = identityOfInteraction(body);

      if (chosen.action === 'edit') {
        const request = { triggerId: body.trigger_id, identity, channelId: body.channel?.id };
        await openPlanTaskModal(deps, client, request, chosen.taskId);
        return;
      }

      const actor = await resolveActor(deps, client, identity);
      const result = await setStatus(deps, actor, chosen.taskId, chosen.action);
      const reason = rejectionReason(result);

      if (reason) {
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          ...textMessage(reason),
        });
        return;
      }

      await respond({
        response_type: 'ephemeral',
        replace_original: true,
        ...(await planMessage(deps, actor, chosen.page)),
      });
    },
  );

  app.action<BlockAction<ButtonAction>>(homeStatusButton, async ({ ack, body, action, client }) => {
    await ack();

    const status = action.action_id.slice(actionIds.planTaskStatus.length + 1) as TaskStatus;
    const actor = await resolveActor(deps, client, identityOfInteraction(body));
    const result = await setStatus(deps, actor, action.value ?? '', status);
    const reason = rejectionReason(result);

    if (reason) {
      await notifyPerson(client, deps.logger, { userId: body.user.id }, textMessage(reason));
    }

    await publishHome(deps, client, actor);
  });

  app.action<BlockAction<ButtonAction>>(
    actionIds.planTaskEdit,
    async ({ ack, body, action, client }) => {
      await ack();

      const request = { triggerId: body.trigger_id, identity: identityOfInteraction(body) };
      await openPlanTaskModal(deps, client, request, action.value ?? '');
    },
  );

  const showPage = async ({ ack, body, action, client, respond }: PageClick) => {
    await ack();

    const page = parsePlanPageValue(action.value);

    if (!page) return;

    const actor = await resolveActor(deps, client, identityOfInteraction(body));

    await respond({
      response_type: 'ephemeral',
      replace_original: true,
      ...(await planMessage(deps, actor, page)),
    });
  };

  app.action<BlockAction<ButtonAction>>(
    { action_id: pageButton, block_id: PLAN_PAGE_BLOCK },
    showPage,
  );
  app.action<BlockAction<ButtonAction>>(phaseButton, showPage);
}

type PageClick = Parameters<Parameters<App['action']>[1]>[0] & {
  action: ButtonAction;
  body: BlockAction<ButtonAction>;
};

function setStatus(
  deps: SlackDependencies,
  actor: Actor,
  taskId: string,
  status: TaskStatus,
): Promise<TaskUpdateResult> {
  return updateTaskStatus(deps.db, {
    partnershipId: actor.partnership.id,
    actor: { personId: actor.person.id, role: actor.person.role },
    taskId,
    status,
    now: deps.now(),
  });
}

function rejectionReason(result: TaskUpdateResult): string | undefined {
  if (result.outcome === 'not_allowed') return result.reason;
  if (result.outcome === 'not_found') {
    return 'That task is no longer in the plan. Type `/bridge plan` for the current tasks.';
  }

  return undefined;
}
