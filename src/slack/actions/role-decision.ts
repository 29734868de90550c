import type { App, BlockAction, ButtonAction, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { RoleDecision, RoleRequest } from '../../domain/roles.js';
import { decideRoleRequest } from '../../domain/roles.js';
import type { Actor } from '../actor.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { publishHome } from '../home.js';
import { actionIds } from '../ids.js';
import type { SlackMessage } from '../messages/help.js';
import {
  renderAlreadyDecided,
  renderDecidedRoleRequest,
  renderRequesterDecision,
} from '../messages/role-requests.js';
import { notifyPerson, textMessage } from '../notify.js';

const decisionByAction: Record<string, RoleDecision> = {
  [actionIds.joinApprove]: 'approved',
  [actionIds.joinReject]: 'rejected',
};

/** A click on Approve or Reject, on a message (a convener's direct message) or the Home tab. */
interface ClickedSurface {
  body: BlockAction<ButtonAction>;
  client: WebClient;
  respond: RespondFn;
  actor: Actor;
}

/**
 * Approves or rejects a role request from the buttons in a convener's direct message or on
 * their Home tab. Anyone else who clicks gets the reason in an ephemeral message, and nothing changes.
 */
export function registerRoleDecision(app: App, deps: SlackDependencies): void {
  const pattern = new RegExp(`^(${Object.keys(decisionByAction).join('|')})$`);

  app.action<BlockAction<ButtonAction>>(pattern, async ({ ack, body, action, client, respond }) => {
    await ack();

    const decision = decisionByAction[action.action_id];

    if (!decision) return;

    const actor = await resolveActor(deps, client, identityOfInteraction(body));
    const surface: ClickedSurface = { body, client, respond, actor };
    const result = await decideRoleRequest(deps.db, {
      partnershipId: actor.partnership.id,
      requestId: action.value ?? '',
      deciderPersonId: actor.person.id,
      decision,
      now: deps.now(),
    });

    switch (result.outcome) {
      case 'not_allowed':
        await replyToClicker(deps, surface, textMessage(result.reason));
        return;
      case 'not_found':
        await replyToClicker(deps, surface, textMessage(notFound));
        return;
      case 'already_decided': {
        const timeZone = actor.partnership.timeZone;
        await showDecision(deps, surface, result.request);
        await replyToClicker(deps, surface, renderAlreadyDecided(result.request, timeZone));
        return;
      }
      case 'decided':
        await showDecision(deps, surface, result.request);
        await tellRequester(deps, client, result.request);
        return;
    }
  });
}

const notFound =
  'That role request no longer exists, because the person or the organization was removed. Nothing changed.';

/**
 * Replaces the clicked buttons with the decision: the message is updated, the Home tab redrawn.
 * NOTE: other conveners' copies of the request keep their buttons, because their message
 * timestamps are not stored. A click on one of them replies with who decided, and when.
 */
async function showDecision(
  deps: SlackDependencies,
  surface: ClickedSurface,
  request: RoleRequest,
): Promise<void> {
  const { body, client, actor } = surface;
  const container = body.container as {
    type?: string;
    channel_id?: string;
    message_ts?: string;
    is_ephemeral?: boolean;
  };

  if (container.type === 'view') {
    await publishHome(deps, client, actor);
    return;
  }

  const message = renderDecidedRoleRequest(request, actor.partnership.timeZone);

  if (container.is_ephemeral || !container.channel_id || !container.message_ts) {
    await surface.respond({ replace_original: true, ...message });
    return;
  }

  await client.chat.update({ channel: container.channel_id, ts: container.message_ts, ...message });
}

/**
 * Shows a message only the clicker sees: an ephemeral through the response URL on a message, or
 * a direct message when the click came from the Home tab, which has no response URL.
 */
async function replyToClicker(
  deps: SlackDependencies,
  surface: ClickedSurface,
  message: SlackMessage,
): Promise<void> {
  if (surface.body.response_url) {
    await surface.respond({ response_type: 'ephemeral', replace_original: false, ...message });
    return;
  }

  await notifyPerson(surface.client, deps.logger, { userId: surface.body.user.id }, message);
}

async function tellRequester(
  deps: SlackDependencies,
  client: WebClient,
  request: RoleRequest,
): Promise<void> {
  if (!request.personSlackUserId) {
    deps.logger.warn(
      { requestId: request.id },
      'The requester has no Slack user id, so the decision was not sent to them',
    );
    return;
  }

  await client.chat.postMessage({
    channel: request.personSlackUserId,
    ...renderRequesterDecision(request),
  });
}
