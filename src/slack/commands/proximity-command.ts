import { nearbyCampuses } from '../../domain/insights/nearby.js';
import { shareCandidates } from '../../domain/insights/share.js';
import { containsControlCharacter } from '../../domain/validation.js';
import type { SlackDependencies } from '../dependencies.js';
import type { SlackMessage } from '../messages/help.js';
import {
  renderNearby,
  renderNoCoordinates,
  renderProximityChoices,
  renderProximityNoMatch,
  renderShare,
} from '../messages/proximity.js';
import type { CommandContext } from './command-context.js';
import type { ProximityCommand } from './parse-proximity-command.js';

type ValidProximityCommand = Exclude<ProximityCommand, { kind: 'invalid' }>;

/**
 * Replies to `/bridge nearby <campus> [miles]` with the campuses within the distance and the
 * programs each side lacks, and to `/bridge share <program> [miles]` with the campuses that could
 * share the program.
 */
export async function runProximityCommand(
  deps: SlackDependencies,
  context: CommandContext,
  command: ValidProximityCommand,
): Promise<void> {
  const message = await proximityMessage(deps, context, command);

  await context.respond({ response_type: 'ephemeral', ...message });
}

async function proximityMessage(
  deps: SlackDependencies,
  context: CommandContext,
  command: ValidProximityCommand,
): Promise<SlackMessage> {
  const partnershipId = context.actor.partnership.id;
  // Slack sends `&`, `<` and `>` in command text as HTML entities.
  const typed = unescapeCommandText(
    command.kind === 'nearby' ? command.campusName : command.programName,
  );

  if (containsControlCharacter(typed)) {
    const text = `:warning: That name contains a control character, such as NUL or a right-to-left override. Type the name again without it.`;
    return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
  }

  if (command.kind === 'nearby') {
    const result = await nearbyCampuses(deps.db, {
      partnershipId,
      campusName: typed,
      miles: command.miles,
    });

    if (result.outcome === 'none') return renderProximityNoMatch('nearby', typed);
    if (result.outcome === 'no_coordinates') return renderNoCoordinates(result.campus.name);
    if (result.outcome === 'several') {
      return renderProximityChoices({
        command: 'nearby',
        typed,
        names: result.campusNames,
        kind: result.kind,
        miles: command.miles,
      });
    }

    return renderNearby({ ...result, campusName: result.campus.name, typed });
  }

  const result = await shareCandidates(deps.db, {
    partnershipId,
    programName: typed,
    miles: command.miles,
  });

  if (result.outcome === 'none') return renderProximityNoMatch('share', typed);
  if (result.outcome === 'several') {
    return renderProximityChoices({
      command: 'share',
      typed,
      names: result.programNames,
      kind: result.kind,
      miles: command.miles,
    });
  }

  return renderShare({ ...result, typed });
}

function unescapeCommandText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
