import type { SlackDependencies } from '../dependencies.js';
import { requestLists } from '../request-replies.js';
import type { CommandContext } from './command-context.js';
import type { RequestListKind } from './parse-request-command.js';

/** Replies to `/bridge requests`, `/bridge donations` and `/bridge pilots` with their first page. */
export async function runRequestListCommand(
  deps: SlackDependencies,
  context: CommandContext,
  list: RequestListKind,
): Promise<void> {
  const message = await requestLists[list](deps, context.actor, 0);

  await context.respond({ response_type: 'ephemeral', ...message });
}
