import type { WebClient } from '@slack/web-api';
import type { Partnership, Person } from '../domain/partnerships.js';
import {
  resolvePartnershipForSlackTeam,
  resolvePersonForSlackUser,
} from '../domain/partnerships.js';
import type { SlackDependencies } from './dependencies.js';

/** The partnership and person behind a Slack request. */
export interface Actor {
  partnership: Partnership;
  person: Person;
  slackUserId: string;
}

export interface SlackIdentity {
  teamId: string;
  teamName?: string | undefined;
  userId: string;
  userName?: string | undefined;
}

/** The interaction fields that name a person: block actions and view submissions carry them. */
interface InteractionBody {
  team?: { id: string } | null;
  user: { id: string; name?: string; team_id?: string };
}

/** Reads who sent an interaction; the team comes from the payload, or the user for org apps. */
export function identityOfInteraction(body: InteractionBody): SlackIdentity {
  return {
    teamId: body.team?.id ?? body.user.team_id ?? '',
    userId: body.user.id,
    userName: body.user.name,
  };
}

/**
 * Resolves who sent a request, linking a new workspace to a new partnership and adding a new
 * person on first sight. Call it after acknowledging, because it reads the database.
 */
export async function resolveActor(
  deps: SlackDependencies,
  client: WebClient,
  identity: SlackIdentity,
): Promise<Actor> {
  const partnership = await resolvePartnershipForSlackTeam(deps.db, identity);
  const person = await resolvePersonForSlackUser(deps.db, {
    partnershipId: partnership.id,
    slackUserId: identity.userId,
    displayName: () => fetchDisplayName(deps, client, identity),
  });

  return { partnership, person, slackUserId: identity.userId };
}

/** Reads the person's name from Slack; when Slack fails, the command's user name serves. */
async function fetchDisplayName(
  deps: SlackDependencies,
  client: WebClient,
  identity: SlackIdentity,
): Promise<string> {
  try {
    const user = (await client.users.info({ user: identity.userId })).user;
    const name = user?.profile?.real_name || user?.real_name || user?.name;

    if (name) return name;
  } catch (error) {
    deps.logger.warn(
      { err: error, userId: identity.userId },
      'users.info failed; using the user name',
    );
  }

  return identity.userName || identity.userId;
}
