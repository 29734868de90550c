/**
 * A Web API failure, sent as `{ ok: false, error: code, ...details }` with HTTP 200, as Slack
 * sends it.
 */
export class WebApiError extends Error {
  constructor(
    readonly code: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'WebApiError';
  }
}

/** Returns an `invalid_arguments` error whose messages follow Slack's `[ERROR] …` form. */
export function invalidArguments(messages: string[]): WebApiError {
  return new WebApiError('invalid_arguments', {
    response_metadata: { messages: messages.map((message) => `[ERROR] ${message}`) },
  });
}
