import type { SlackDependencies } from '../dependencies.js';
import type { CommandContext } from './command-context.js';

/** Answers `/bridge find <words>` with ranked matches across the directory. */
export async function runFindCommand(
  _deps: SlackDependencies,
  context: CommandContext,
  _query: string,
): Promise<void> {
  await context.respond({ response_type: 'ephemeral', text: 'Search is not available yet.' });
}
