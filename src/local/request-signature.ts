import { createHmac } from 'node:crypto';

/**
 * Returns Slack's request signature: `v0=` and the hex HMAC-SHA256 of `v0:{timestamp}:{body}`
 * keyed with the app's signing secret. `timestamp` is in seconds since the epoch.
 */
export function signSlackRequest(
  signingSecret: string,
  timestamp: number,
  rawBody: string,
): string {
  const digest = createHmac('sha256', signingSecret)
    .update(`v0:${timestamp}:${rawBody}`)
    .digest('hex');

  return `v0=${digest}`;
}
