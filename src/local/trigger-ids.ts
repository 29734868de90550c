import { randomBytes } from 'node:crypto';

/** Slack lets an app exchange a trigger_id for a view within 3 seconds of the interaction. */
export const triggerIdLifetimeMs = 3000;

const triggerIdPattern = /^(\d+)\.(U[A-Z0-9]+)\.([0-9a-f]+)$/;

/**
 * Issues a trigger_id that names the user and the time of the interaction, so the Web API
 * stand-in can open the view for that user and reject it once it has expired.
 */
export function issueTriggerId(userId: string, issuedAtMs: number): string {
  return `${issuedAtMs}.${userId}.${randomBytes(8).toString('hex')}`;
}

/** Reads a trigger_id issued by `issueTriggerId`, or returns undefined for any other string. */
export function parseTriggerId(
  triggerId: string,
): { userId: string; issuedAtMs: number } | undefined {
  const match = triggerIdPattern.exec(triggerId);

  if (match === null || match[1] === undefined || match[2] === undefined) {
    return undefined;
  }

  return { issuedAtMs: Number(match[1]), userId: match[2] };
}
