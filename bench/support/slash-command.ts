import { createHmac, randomBytes } from 'node:crypto';
import { localWorkspace } from '../../src/local/workspace.js';

/** The workspace member and channel every benchmark command comes from. */
const userId = 'U0LOCAL01';
const channelId = 'C0LOCALWBL';

/** A slash command request: the form-encoded body and the headers Slack sends with it. */
export interface SignedSlashCommand {
  body: string;
  headers: Record<string, string>;
}

/**
 * Builds a `/bridge opportunities` request with the fields Slack posts for a slash command,
 * signed with `signingSecret`. Bridge posts its reply to `responseUrl`.
 */
export function signedOpportunitiesCommand(
  signingSecret: string,
  responseUrl: string,
): SignedSlashCommand {
  const body = new URLSearchParams(opportunitiesCommandFields(responseUrl)).toString();
  const timestamp = Math.floor(Date.now() / 1000);

  return {
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signBody(signingSecret, timestamp, body),
    },
  };
}

function opportunitiesCommandFields(responseUrl: string): Record<string, string> {
  const user = localWorkspace.users.find((candidate) => candidate.id === userId);
  const channel = localWorkspace.channels.find((candidate) => candidate.id === channelId);

  if (user === undefined || channel === undefined) {
    throw new Error(`The local workspace has no user ${userId} or no channel ${channelId}`);
  }

  return {
    token: 'bench-verification-token',
    team_id: localWorkspace.team.id,
    team_domain: localWorkspace.team.domain,
    channel_id: channel.id,
    channel_name: channel.name,
    user_id: user.id,
    user_name: user.name,
    command: '/bridge',
    text: 'opportunities',
    api_app_id: localWorkspace.bot.appId,
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: `${Date.now()}.${randomBytes(8).toString('hex')}`,
  };
}

/** Returns `v0=` and the hex HMAC-SHA256 of `v0:{timestamp}:{body}`, as Slack signs requests. */
function signBody(signingSecret: string, timestamp: number, body: string): string {
  const digest = createHmac('sha256', signingSecret)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex');

  return `v0=${digest}`;
}
