import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { FieldErrors } from '../../domain/errors.js';
import { ValidationError } from '../../domain/errors.js';
import type { RequestableRole, RoleRequest } from '../../domain/roles.js';
import { isRequestableRole, listConveners, requestRole } from '../../domain/roles.js';
import type { Actor } from '../actor.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { callbackIds, joinBlocks } from '../ids.js';
import { renderJoinResult, renderRoleRequestMessage } from '../messages/role-requests.js';
import { notifyPerson, textMessage } from '../notify.js';
import { saveBeforeAck } from '../save-before-ack.js';
import type { FormValue } from '../state-values.js';
import { readStateValues, textValue } from '../state-values.js';
import { decodeModalMetadata } from '../views/modal-metadata.js';

type JoinForm = { organizationId: string; role: RequestableRole | undefined };

/**
 * Handles the `/bridge join` form. Reading roles apply at once. Editing roles become a pending
 * request, which is sent to every convener of the partnership in a direct message.
 */
export function registerJoinSubmission(app: App, deps: SlackDependencies): void {
  app.view(callbackIds.join, async ({ ack, body, view, client }) => {
    const metadata = decodeModalMetadata(view.private_metadata);
    const form = readStateValues(view.state.values);
    const parsed = parseJoinForm(form);

    if (!parsed.ok) {
      await ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }

    const target = { userId: body.user.id, channelId: metadata.channelId };
    const save = (async () => {
      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const result = await requestRole(deps.db, {
        partnershipId: actor.partnership.id,
        personId: actor.person.id,
        ...parsed.value,
        now: deps.now(),
      });

      return { actor, result };
    })();
    const outcome = await saveBeforeAck({
      ack,
      save,
      errorBlockId: joinBlocks.organizationId,
      toBlockErrors: (errors) => errorsOnShownBlocks(errors, form),
      logger: deps.logger,
      onLateFailure: (error) =>
        notifyPerson(client, deps.logger, target, textMessage(lateFailure(error))),
    });

    if (!outcome.saved) return;

    const { actor, result } = outcome.value;
    const isNewRequest = result.outcome === 'pending' && !result.repeated;
    const conveners = isNewRequest ? await askConveners(deps, client, actor, result.request) : 0;

    await notifyPerson(client, deps.logger, target, renderJoinResult(result, conveners));
  });
}

function parseJoinForm(
  form: Record<string, FormValue>,
): { ok: true; value: JoinForm } | { ok: false; errors: FieldErrors } {
  const organizationId = textValue(form, joinBlocks.organizationId);
  const role = textValue(form, joinBlocks.role);
  const errors: FieldErrors = {};

  if (!organizationId) errors[joinBlocks.organizationId] = 'Choose your organization.';

  // A convener's form has no role field, because a convener stays convener.
  if (joinBlocks.role in form) {
    if (!role) errors[joinBlocks.role] = 'Choose the role you ask for.';
    else if (!isRequestableRole(role)) errors[joinBlocks.role] = 'Choose a role from the list.';
  }

  if (!organizationId || Object.keys(errors).length > 0) return { ok: false, errors };

  return {
    ok: true,
    value: { organizationId, role: role && isRequestableRole(role) ? role : undefined },
  };
}

/**
 * Sends the request to every convener of the partnership in a direct message, and returns how
 * many were sent. A failed message is logged and does not stop the others, because the request
 * also waits on each convener's Home tab.
 */
async function askConveners(
  deps: SlackDependencies,
  client: WebClient,
  actor: Actor,
  request: RoleRequest,
): Promise<number> {
  const conveners = await listConveners(deps.db, actor.partnership.id);
  const message = renderRoleRequestMessage(request);
  let sent = 0;

  for (const convener of conveners) {
    try {
      await client.chat.postMessage({ channel: convener.slackUserId, ...message });
      sent += 1;
    } catch (error) {
      deps.logger.error(
        { err: error, requestId: request.id, convenerId: convener.id },
        'Sending a role request to a convener failed',
      );
    }
  }

  if (conveners.length === 0) {
    deps.logger.warn(
      { requestId: request.id, partnershipId: actor.partnership.id },
      'No convener in Slack to send a role request to',
    );
  }

  return sent;
}

function lateFailure(error: unknown): string {
  if (error instanceof ValidationError) {
    return `Your request was not saved: ${Object.values(error.fieldErrors).join(' ')} Send it again with \`/bridge join\`.`;
  }

  return 'Your request was not saved because of an internal error. Send it again with `/bridge join` in a minute.';
}

/**
 * Moves field errors from the join request's field names to the modal's block ids. A role error
 * goes under the organization when the form has no role field, as a convener's form has not.
 */
function errorsOnShownBlocks(errors: FieldErrors, form: Record<string, FormValue>): FieldErrors {
  const shown: FieldErrors = {};

  for (const [field, message] of Object.entries(errors)) {
    const blockId = joinBlocks[field as keyof typeof joinBlocks] ?? joinBlocks.organizationId;
    const target = blockId in form ? blockId : joinBlocks.organizationId;

    shown[target] = shown[target] ? `${shown[target]} ${message}` : message;
  }

  return shown;
}
