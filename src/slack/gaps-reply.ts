import { wblTypes } from '../db/schema/index.js';
import { findEmployersForGap } from '../domain/insights/gap-employers.js';
import { buildGapMatrix } from '../domain/insights/gaps.js';
import type { Actor } from './actor.js';
import type { SlackDependencies } from './dependencies.js';
import type { GapSuggestions } from './messages/gaps.js';
import { programsOnPage, renderGapsPage } from './messages/gaps.js';
import type { SlackMessage } from './messages/help.js';

/** Employers suggested for each missing cell. */
const EMPLOYERS_PER_GAP = 3;

export interface GapsScope {
  districtId: string | undefined;
  districtName: string | undefined;
}

/** Builds one page of `/bridge gaps`, with suggested employers for the gaps on that page. */
export async function gapsMessage(
  deps: SlackDependencies,
  actor: Actor,
  scope: GapsScope,
  offset: number,
): Promise<SlackMessage> {
  const partnershipId = actor.partnership.id;
  const matrix = await buildGapMatrix(deps.db, { partnershipId, districtId: scope.districtId });
  const suggestions: GapSuggestions = new Map();
  // Programs of one cluster share suggestions, so each cluster and type is read once.
  const byClusterAndType = new Map<string, Awaited<ReturnType<typeof findEmployersForGap>>>();

  for (const program of programsOnPage(matrix, offset)) {
    const steps = new Map();

    for (const type of wblTypes) {
      if (program.cells[type] !== 'missing') continue;

      const key = `${type}|${program.careerCluster}`;
      let employers = byClusterAndType.get(key);

      if (!employers) {
        employers = await findEmployersForGap(deps.db, {
          partnershipId,
          type,
          careerCluster: program.careerCluster,
          limit: EMPLOYERS_PER_GAP,
        });
        byClusterAndType.set(key, employers);
      }

      steps.set(type, employers);
    }

    suggestions.set(program.id, steps);
  }

  return renderGapsPage({
    districtName: scope.districtName,
    matrix,
    offset,
    suggestions,
    pageValue: (next) => JSON.stringify({ offset: next, districtId: scope.districtId ?? null }),
  });
}
