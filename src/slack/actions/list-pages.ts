import type { App, BlockAction, ButtonAction, RespondFn } from '@slack/bolt';
import { z } from 'zod';
import { opportunityTypes } from '../../db/schema/index.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { actionIds, SLASH_COMMAND } from '../ids.js';
import { eventListMessage, opportunityListMessage, staleContactsMessage } from '../list-replies.js';
import { EVENT_PAGE_BLOCK } from '../messages/events.js';
import { OPPORTUNITY_PAGE_BLOCK } from '../messages/opportunities.js';
import { STALE_CONTACTS_PAGE_BLOCK } from '../messages/stale-contacts.js';

/** The maximum offset a page button carries; a larger one did not come from Bridge. */
const MAX_OFFSET = 100_000;

const pageValue = z.object({
  offset: z.number().int().min(0).max(MAX_OFFSET),
  type: z.enum(opportunityTypes).optional(),
});

const pageButton = new RegExp(`^${actionIds.listPage}_(previous|next)$`);

/**
 * Handles Previous and Next under `/bridge opportunities`, `/bridge events` and
 * `/bridge contacts stale` by replacing the list with the page the button names.
 */
export function registerListPages(app: App, deps: SlackDependencies): void {
  app.action<BlockAction<ButtonAction>>(
    { action_id: pageButton, block_id: OPPORTUNITY_PAGE_BLOCK },
    async ({ ack, body, action, client, respond }) => {
      await ack();

      const page = readPage(action.value);

      if (!page) {
        await replyToInvalidPageButton(deps, respond, {
          userId: body.user.id,
          command: 'opportunities',
        });
        return;
      }

      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const message = await opportunityListMessage(deps, actor, page);

      await respond({ response_type: 'ephemeral', replace_original: true, ...message });
    },
  );

  const simpleLists = [
    [EVENT_PAGE_BLOCK, eventListMessage, 'events'],
    [STALE_CONTACTS_PAGE_BLOCK, staleContactsMessage, 'contacts stale'],
  ] as const;

  for (const [blockId, render, command] of simpleLists) {
    app.action<BlockAction<ButtonAction>>(
      { action_id: pageButton, block_id: blockId },
      async ({ ack, body, action, client, respond }) => {
        await ack();

        const page = readPage(action.value);

        if (!page) {
          await replyToInvalidPageButton(deps, respond, { userId: body.user.id, command });
          return;
        }

        const actor = await resolveActor(deps, client, identityOfInteraction(body));
        const message = await render(deps, actor, page.offset);

        await respond({ response_type: 'ephemeral', replace_original: true, ...message });
      },
    );
  }
}

/** Tells the clicker that a page button's value is not one Bridge sends, and what to type. */
async function replyToInvalidPageButton(
  deps: SlackDependencies,
  respond: RespondFn,
  button: { userId: string; command: string },
): Promise<void> {
  deps.logger.warn(button, 'Ignored a list page button whose value is not a page');
  await respond({
    response_type: 'ephemeral',
    replace_original: false,
    text: `That page button is no longer valid. Type \`${SLASH_COMMAND} ${button.command}\` again.`,
  });
}

/** Reads a page button's value; a value no Bridge button carries reads as undefined. */
function readPage(value: string | undefined): z.infer<typeof pageValue> | undefined {
  try {
    const parsed = pageValue.safeParse(JSON.parse(value ?? ''));

    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
