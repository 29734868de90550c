import { listPlanTasks, loadPlanTemplate } from '../../domain/plan.js';
import { todayIn } from '../../domain/time.js';
import type { Actor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import type { SlackMessage } from '../messages/help.js';
import { renderPlan } from '../messages/plan.js';
import type { PlanPage } from '../plan-values.js';
import type { CommandContext } from './command-context.js';

/**
 * Reads the partnership's plan and renders one page of it for the actor. A partnership without
 * tasks, such as one created before plans existed, gets the framework's tasks first.
 */
export async function planMessage(
  deps: SlackDependencies,
  actor: Actor,
  page: PlanPage,
): Promise<SlackMessage> {
  const partnershipId = actor.partnership.id;
  let tasks = await listPlanTasks(deps.db, partnershipId);

  if (tasks.length === 0) {
    await loadPlanTemplate(deps.db, { partnershipId, actorPersonId: actor.person.id });
    tasks = await listPlanTasks(deps.db, partnershipId);
  }

  return renderPlan({
    tasks,
    today: todayIn(actor.partnership.timeZone, deps.now()),
    viewer: { personId: actor.person.id, role: actor.person.role },
    page,
  });
}

/** Sends the plan, in reply to `/bridge plan` or `/bridge plan <phase>`, to the person who typed it. */
export async function runPlanCommand(
  deps: SlackDependencies,
  context: CommandContext,
  phase: number,
): Promise<void> {
  await context.respond({
    response_type: 'ephemeral',
    ...(await planMessage(deps, context.actor, { phase, offset: 0 })),
  });
}
