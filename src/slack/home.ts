import type { WebClient } from '@slack/web-api';
import { listUpcomingEvents } from '../domain/events.js';
import { listOpenActionItems } from '../domain/meetings/action-items.js';
import { listOpenOpportunities } from '../domain/opportunities.js';
import { listOpenTasksOwnedBy } from '../domain/plan.js';
import { listPendingRoleRequests } from '../domain/roles.js';
import { todayIn } from '../domain/time.js';
import type { Actor } from './actor.js';
import type { SlackDependencies } from './dependencies.js';
import { HOME_ROLE_REQUESTS } from './messages/role-requests.js';
import { HOME_EVENTS, HOME_OPPORTUNITIES, renderHome } from './views/home.js';
import { HOME_ACTION_ITEMS } from './views/home-action-items.js';
import { HOME_PLAN_TASKS } from './views/home-plan-tasks.js';

/** Builds and publishes a person's Home tab. */
export async function publishHome(
  deps: SlackDependencies,
  client: WebClient,
  actor: Actor,
): Promise<void> {
  const partnershipId = actor.partnership.id;
  const events = await listUpcomingEvents(deps.db, {
    partnershipId,
    personId: actor.person.id,
    now: deps.now(),
    limit: HOME_EVENTS + 1,
  });
  const opportunities = await listOpenOpportunities(deps.db, {
    partnershipId,
    today: todayIn(actor.partnership.timeZone, deps.now()),
    limit: HOME_OPPORTUNITIES + 1,
  });
  const roleRequests =
    actor.person.role === 'convener'
      ? await listPendingRoleRequests(deps.db, { partnershipId, limit: HOME_ROLE_REQUESTS })
      : undefined;
  const planTasks = await listOpenTasksOwnedBy(deps.db, {
    partnershipId,
    personId: actor.person.id,
    limit: HOME_PLAN_TASKS,
  });
  const actionItems = await listOpenActionItems(deps.db, {
    partnershipId,
    personId: actor.person.id,
    limit: HOME_ACTION_ITEMS,
  });
  const view = renderHome({
    displayName: actor.person.displayName,
    partnershipName: actor.partnership.name,
    timeZone: actor.partnership.timeZone,
    events,
    opportunities,
    roleRequests,
    planTasks: { ...planTasks, today: todayIn(actor.partnership.timeZone, deps.now()) },
    actionItems,
  });

  await client.views.publish({ user_id: actor.slackUserId, view });
}
