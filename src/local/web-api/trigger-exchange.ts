import { parseTriggerId } from '../trigger-ids.js';
import { findUser, type LocalWorkspace } from '../workspace.js';
import { WebApiError } from './web-api-error.js';

/**
 * Returns a function that exchanges a trigger_id for the id of the user who caused it. An issued
 * trigger_id works once (`exchanged_trigger_id` after that) and only within its lifetime
 * (`expired_trigger_id`). Any other non-empty string is accepted for the first workspace user,
 * so tests can open views without going through the sender.
 */
export function createTriggerExchange(
  workspace: LocalWorkspace,
  clock: () => number,
  lifetimeMs: number,
): (triggerId: string) => string {
  const exchanged = new Map<string, number>();

  return (triggerId) => {
    const issued = parseTriggerId(triggerId);
    const fallbackUserId = workspace.users[0]?.id ?? '';

    if (issued === undefined || findUser(workspace, issued.userId) === undefined) {
      return fallbackUserId;
    }

    if (exchanged.has(triggerId)) {
      throw new WebApiError('exchanged_trigger_id');
    }

    const now = clock();

    if (now - issued.issuedAtMs > lifetimeMs) {
      throw new WebApiError('expired_trigger_id');
    }

    forgetExpired(exchanged, now - lifetimeMs);
    exchanged.set(triggerId, issued.issuedAtMs);

    return issued.userId;
  };
}

/** Drops exchanged ids that have expired anyway, so the map stays small in long sessions. */
function forgetExpired(exchanged: Map<string, number>, oldestLiveIssue: number): void {
  for (const [triggerId, issuedAtMs] of exchanged) {
    if (issuedAtMs < oldestLiveIssue) {
      exchanged.delete(triggerId);
    }
  }
}
