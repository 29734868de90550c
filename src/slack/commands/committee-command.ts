import { listCommitteeSeats } from '../../domain/committee.js';
import type { Actor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { renderCommittee } from '../messages/committee.js';
import type { SlackMessage } from '../messages/help.js';
import type { CommandContext } from './command-context.js';

/** Reads the steering committee and renders the page that starts at `offset` for the actor. */
export async function committeeMessage(
  deps: SlackDependencies,
  actor: Actor,
  offset: number,
): Promise<SlackMessage> {
  const seats = await listCommitteeSeats(deps.db, actor.partnership.id);

  return renderCommittee({ seats, canManage: actor.person.role === 'convener', offset });
}

/** Sends the committee, in reply to `/bridge committee`, to the person who typed it. */
export async function runCommitteeCommand(
  deps: SlackDependencies,
  context: CommandContext,
): Promise<void> {
  await context.respond({
    response_type: 'ephemeral',
    ...(await committeeMessage(deps, context.actor, 0)),
  });
}
