import { searchDirectory } from '../../domain/search.js';
import type { Actor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { FIND_RESULTS_PER_MESSAGE, type FindPage, renderFindResults } from '../messages/find.js';
import type { SlackMessage } from '../messages/help.js';
import type { CommandContext } from './command-context.js';

/** Replies to `/bridge find <words>` with ranked matches across the directory. */
export async function runFindCommand(
  deps: SlackDependencies,
  context: CommandContext,
  query: string,
): Promise<void> {
  // Slack sends `&`, `<` and `>` in command text as HTML entities.
  const typed = query.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const message = await findMessage(deps, context.actor, { query: typed, offset: 0 });

  await context.respond({ response_type: 'ephemeral', ...message });
}

/** Searches the actor's partnership and renders one page of results. */
export async function findMessage(
  deps: SlackDependencies,
  actor: Actor,
  page: FindPage,
): Promise<SlackMessage> {
  const found = await searchDirectory(deps.db, {
    partnershipId: actor.partnership.id,
    query: page.query,
    limit: FIND_RESULTS_PER_MESSAGE,
    offset: page.offset,
    now: deps.now(),
  });

  return renderFindResults({ query: page.query, page: found });
}
