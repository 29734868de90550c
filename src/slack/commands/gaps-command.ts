import { findCardMatch } from '../../domain/cards/match.js';
import { containsControlCharacter } from '../../domain/validation.js';
import { demandMessage } from '../demand-reply.js';
import type { SlackDependencies } from '../dependencies.js';
import { gapsMessage } from '../gaps-reply.js';
import { escapeMrkdwnWithin } from '../text.js';
import type { CommandContext } from './command-context.js';

/**
 * Replies to `/bridge gaps [district]` with the gap matrix of the partnership, or of the district
 * whose name matches the typed text, as `/bridge district <name>` matches it.
 */
export async function runGapsCommand(
  deps: SlackDependencies,
  context: CommandContext,
  districtName: string | undefined,
): Promise<void> {
  const { actor, respond } = context;

  if (districtName === undefined) {
    const message = await gapsMessage(
      deps,
      actor,
      { districtId: undefined, districtName: undefined },
      0,
    );
    await respond({ response_type: 'ephemeral', ...message });
    return;
  }

  // Slack sends `&`, `<` and `>` in command text as HTML entities.
  const typed = districtName.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

  if (containsControlCharacter(typed)) {
    await respond({
      response_type: 'ephemeral',
      text: ':warning: That district name contains a control character. Type the name again without it.',
    });
    return;
  }

  const match = await findCardMatch(deps.db, {
    partnershipId: actor.partnership.id,
    record: 'district',
    name: typed,
  });
  const shown = escapeMrkdwnWithin(typed, 100);

  if (match.outcome === 'none') {
    await respond({
      response_type: 'ephemeral',
      text: `No district matches “${shown}”. Type \`/bridge gaps\` for the whole partnership, or \`/bridge find ${shown}\` to check the name.`,
    });
    return;
  }

  if (match.outcome === 'several') {
    const names = match.candidates.map((candidate) => escapeMrkdwnWithin(candidate.name, 100));
    const more = match.total > names.length ? ` and ${match.total - names.length} more` : '';

    await respond({
      response_type: 'ephemeral',
      text: `“${shown}” matches several districts: ${names.join('; ')}${more}. Type \`/bridge gaps\` with the full name of one.`,
    });
    return;
  }

  const { candidate } = match;
  const message = await gapsMessage(
    deps,
    actor,
    { districtId: candidate.id, districtName: candidate.name },
    0,
  );

  await respond({ response_type: 'ephemeral', ...message });
}

/** Replies to `/bridge demand [cluster]` with the first page of occupations by openings. */
export async function runDemandCommand(
  deps: SlackDependencies,
  context: CommandContext,
  careerCluster: string | undefined,
): Promise<void> {
  const message = await demandMessage(deps, context.actor, careerCluster, 0);

  await context.respond({ response_type: 'ephemeral', ...message });
}
