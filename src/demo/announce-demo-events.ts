import type { WebClient } from '@slack/web-api';
import { listUpcomingEvents } from '../domain/events.js';
import { resolvePartnershipForSlackTeam } from '../domain/partnerships.js';
import { announceEvent } from '../slack/announce-event.js';
import type { SlackDependencies } from '../slack/dependencies.js';

/** Posts the announcement of each upcoming demo event that has a channel but no message yet. */
export async function announceDemoEvents(
  deps: SlackDependencies,
  client: WebClient,
  teamId: string,
): Promise<number> {
  const partnership = await resolvePartnershipForSlackTeam(deps.db, { teamId });
  const upcoming = await listUpcomingEvents(deps.db, {
    partnershipId: partnership.id,
    now: deps.now(),
    limit: 50,
  });
  const unposted = upcoming.filter((event) => event.channelId && !event.messageTs);

  for (const event of unposted) await announceEvent(deps, client, partnership, event);

  return unposted.length;
}
