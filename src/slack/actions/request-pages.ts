import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { actionIds } from '../ids.js';
import { DONATION_PAGE_BLOCK } from '../messages/donations.js';
import { PILOT_PAGE_BLOCK } from '../messages/pilots.js';
import { REQUEST_PAGE_BLOCK } from '../messages/requests.js';
import { requestLists } from '../request-replies.js';

/** The maximum offset a page button carries; a larger one did not come from Bridge. */
const MAX_OFFSET = 100_000;

const pageValue = z.object({ offset: z.number().int().min(0).max(MAX_OFFSET) });

const pageButton = new RegExp(`^${actionIds.listPage}_(previous|next)$`);

/** Handles Previous and Next under `/bridge requests`, `/bridge donations` and `/bridge pilots`. */
export function registerRequestListPages(app: App, deps: SlackDependencies): void {
  const lists = [
    [REQUEST_PAGE_BLOCK, requestLists.requests],
    [DONATION_PAGE_BLOCK, requestLists.donations],
    [PILOT_PAGE_BLOCK, requestLists.pilots],
  ] as const;

  for (const [blockId, render] of lists) {
    app.action<BlockAction<ButtonAction>>(
      { action_id: pageButton, block_id: blockId },
      async ({ ack, body, action, client, respond }) => {
        await ack();

        const offset = readOffset(action.value);

        if (offset === undefined) return;

        const actor = await resolveActor(deps, client, identityOfInteraction(body));
        const message = await render(deps, actor, offset);

        await respond({ response_type: 'ephemeral', replace_original: true, ...message });
      },
    );
  }
}

/** Reads a page button's value; a value no Bridge button carries reads as undefined. */
function readOffset(value: string | undefined): number | undefined {
  try {
    const parsed = pageValue.safeParse(JSON.parse(value ?? ''));

    return parsed.success ? parsed.data.offset : undefined;
  } catch {
    return undefined;
  }
}
