import { findCardMatch } from '../../domain/cards/match.js';
import { containsControlCharacter } from '../../domain/validation.js';
import { cardMessage } from '../card-replies.js';
import type { SlackDependencies } from '../dependencies.js';
import { renderCardCandidates, renderCardGone, renderNoCardMatch } from '../messages/cards.js';
import type { CommandContext } from './command-context.js';
import type { CardKind } from './parse-command.js';

/**
 * Replies to `/bridge employer|program|district <name>` with the record's card, the candidates to
 * choose from when the name matches several records, or how to search when it matches none.
 */
export async function runCardCommand(
  deps: SlackDependencies,
  context: CommandContext,
  card: CardKind,
  name: string,
): Promise<void> {
  const { actor, respond } = context;
  // Slack sends `&`, `<` and `>` in command text as HTML entities.
  const typed = unescapeCommandText(name);

  // Postgres text cannot hold NUL, and the forms and the import reject control characters in names.
  if (containsControlCharacter(typed)) {
    await respond({
      response_type: 'ephemeral',
      text: `:warning: That ${card} name contains a control character, such as NUL or a right-to-left override. Type the name again without it.`,
    });
    return;
  }

  const match = await findCardMatch(deps.db, {
    partnershipId: actor.partnership.id,
    record: card,
    name: typed,
  });

  if (match.outcome === 'none') {
    await respond({ response_type: 'ephemeral', ...renderNoCardMatch(card, typed) });
    return;
  }

  if (match.outcome === 'several') {
    await respond({
      response_type: 'ephemeral',
      ...renderCardCandidates({ record: card, typed, ...match }),
    });
    return;
  }

  const intro = match.kind === 'similar' ? { closestMatchFor: typed } : {};
  const message = await cardMessage(deps, actor, { record: card, id: match.candidate.id }, intro);

  await respond({ response_type: 'ephemeral', ...(message ?? renderCardGone(card)) });
}

function unescapeCommandText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
