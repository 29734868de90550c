import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { actionIds } from '../ids.js';
import { OUTREACH_PAGE_BLOCK } from '../messages/outreach.js';
import { outreachPipelineMessage } from '../outreach-replies.js';

/** The maximum offset a page button carries; a larger one did not come from Bridge. */
const MAX_OFFSET = 100_000;

const pageValue = z.object({
  offset: z.number().int().min(0).max(MAX_OFFSET),
  mine: z.boolean().default(false),
});

const pageButton = new RegExp(`^${actionIds.listPage}_(previous|next)$`);

/** Handles Previous and Next under `/bridge outreach` by replacing the list with that page. */
export function registerOutreachPage(app: App, deps: SlackDependencies): void {
  app.action<BlockAction<ButtonAction>>(
    { action_id: pageButton, block_id: OUTREACH_PAGE_BLOCK },
    async ({ ack, body, action, client, respond }) => {
      await ack();

      const page = readPage(action.value);

      if (!page) {
        deps.logger.warn(
          { value: action.value },
          'Ignored an outreach page button with an invalid value',
        );
        return;
      }

      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const message = await outreachPipelineMessage(deps, actor, page);

      await respond({ response_type: 'ephemeral', replace_original: true, ...message });
    },
  );
}

function readPage(value: string | undefined): z.infer<typeof pageValue> | undefined {
  try {
    const parsed = pageValue.safeParse(JSON.parse(value ?? ''));

    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
