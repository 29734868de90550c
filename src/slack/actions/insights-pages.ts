import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { organizations } from '../../db/schema/index.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import { demandMessage } from '../demand-reply.js';
import type { SlackDependencies } from '../dependencies.js';
import { gapsMessage } from '../gaps-reply.js';
import { actionIds } from '../ids.js';
import { DEMAND_PAGE_BLOCK } from '../messages/demand.js';
import { GAPS_PAGE_BLOCK } from '../messages/gaps.js';

/** The maximum offset a page button carries; a larger one did not come from Bridge. */
const MAX_OFFSET = 100_000;

const gapsPageValue = z.object({
  offset: z.number().int().min(0).max(MAX_OFFSET),
  districtId: z.string().uuid().nullable(),
});

const demandPageValue = z.object({
  offset: z.number().int().min(0).max(MAX_OFFSET),
  careerCluster: z.string().max(200).nullable(),
});

const pageButton = new RegExp(`^${actionIds.listPage}_(previous|next)$`);

/** Handles Previous and Next under `/bridge gaps` and `/bridge demand`. */
export function registerInsightsPages(app: App, deps: SlackDependencies): void {
  app.action<BlockAction<ButtonAction>>(
    { action_id: pageButton, block_id: GAPS_PAGE_BLOCK },
    async ({ ack, body, action, client, respond }) => {
      await ack();

      const value = readValue(gapsPageValue, action.value);

      if (!value) return;

      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const districtName = value.districtId
        ? await findDistrictName(deps, actor.partnership.id, value.districtId)
        : undefined;

      // A district deleted since the page was shown leaves nothing to page through.
      if (value.districtId && districtName === undefined) return;

      const scope = { districtId: value.districtId ?? undefined, districtName };
      const message = await gapsMessage(deps, actor, scope, value.offset);

      await respond({ response_type: 'ephemeral', replace_original: true, ...message });
    },
  );

  app.action<BlockAction<ButtonAction>>(
    { action_id: pageButton, block_id: DEMAND_PAGE_BLOCK },
    async ({ ack, body, action, client, respond }) => {
      await ack();

      const value = readValue(demandPageValue, action.value);

      if (!value) return;

      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const message = await demandMessage(
        deps,
        actor,
        value.careerCluster ?? undefined,
        value.offset,
      );

      await respond({ response_type: 'ephemeral', replace_original: true, ...message });
    },
  );
}

async function findDistrictName(
  deps: SlackDependencies,
  partnershipId: string,
  districtId: string,
): Promise<string | undefined> {
  const [district] = await deps.db
    .select({ name: organizations.name })
    .from(organizations)
    .where(
      and(
        eq(organizations.partnershipId, partnershipId),
        eq(organizations.id, districtId),
        eq(organizations.kind, 'school_district'),
      ),
    );

  return district?.name;
}

/** Reads a page button's value; a value no Bridge button carries reads as undefined. */
function readValue<T>(schema: z.ZodType<T>, value: string | undefined): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(value ?? ''));

    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
