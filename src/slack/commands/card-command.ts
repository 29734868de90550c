import type { SlackDependencies } from '../dependencies.js';
import type { CommandContext } from './command-context.js';
import type { CardKind } from './parse-command.js';

/** Answers `/bridge employer|program|district <name>` with the record's card. */
export async function runCardCommand(
  _deps: SlackDependencies,
  context: CommandContext,
  _card: CardKind,
  _name: string,
): Promise<void> {
  await context.respond({ response_type: 'ephemeral', text: 'Cards are not available yet.' });
}
