import type { Config } from '../config.js';

/** Slack's Web API rejected the bot's credentials, or could not be reached, at start-up. */
export class SlackConnectionError extends Error {
  readonly code = 'bridge_slack_connection_failed';
}

/**
 * Explains a failed start-up call to Slack, naming the setting to check: the token that Slack
 * rejected, or the Web API address that did not respond.
 */
export function describeSlackStartFailure(
  slack: Config['slack'],
  error: unknown,
  tokenSetting: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN',
): SlackConnectionError {
  const slackError = (error as { data?: { error?: string } }).data?.error;
  const apiAddress = slack.apiUrl ?? 'https://slack.com/api/';

  if (slackError === 'invalid_auth' || slackError === 'not_authed') {
    return new SlackConnectionError(
      `Slack rejected the token in ${tokenSetting} (${slackError}). Copy the token again from the app's settings page.`,
      { cause: error },
    );
  }

  if (slackError) {
    return new SlackConnectionError(
      `Slack rejected the first request made with ${tokenSetting} (${slackError}). Check that token and the app's settings.`,
      { cause: error },
    );
  }

  const check = slack.apiUrl ? 'SLACK_API_URL and the network' : 'the network';

  return new SlackConnectionError(
    `Could not reach Slack's Web API at ${apiAddress}. Check ${check}.`,
    {
      cause: error,
    },
  );
}
