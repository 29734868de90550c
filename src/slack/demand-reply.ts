import { rankDemand } from '../domain/insights/demand.js';
import type { Actor } from './actor.js';
import type { SlackDependencies } from './dependencies.js';
import { renderDemandPage } from './messages/demand.js';
import type { SlackMessage } from './messages/help.js';

/** Builds one page of `/bridge demand`, for one career cluster or all of them. */
export async function demandMessage(
  deps: SlackDependencies,
  actor: Actor,
  careerCluster: string | undefined,
  offset: number,
): Promise<SlackMessage> {
  const occupations = await rankDemand(deps.db, {
    partnershipId: actor.partnership.id,
    careerCluster,
  });

  return renderDemandPage({
    careerCluster,
    occupations,
    offset,
    pageValue: (next) => JSON.stringify({ offset: next, careerCluster: careerCluster ?? null }),
  });
}
