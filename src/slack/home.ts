import type { WebClient } from '@slack/web-api';
import { listUpcomingEvents } from '../domain/events.js';
import { listOpenOpportunities } from '../domain/opportunities.js';
import { listPendingRoleRequests } from '../domain/roles.js';
import { todayIn } from '../domain/time.js';
import type { Actor } from './actor.js';
import type { SlackDependencies } from './dependencies.js';
import { HOME_ROLE_REQUESTS } from './messages/role-requests.js';
import { HOME_EVENTS, HOME_OPPORTUNITIES, renderHome } from './views/home.js';

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
  const view = renderHome({
    displayName: actor.person.displayName,
    partnershipName: actor.partnership.name,
    timeZone: actor.partnership.timeZone,
    events,
    opportunities,
    roleRequests,
  });

  await client.views.publish({ user_id: actor.slackUserId, view });
}
