import { signSlackRequest } from './request-signature.js';

/** Slack gives up on a request the app has not acknowledged within 3 seconds. */
export const slackAckTimeoutMs = 3000;

/** Ways to bend a request, for tests of retries, stale timestamps and bad signatures. */
export interface DeliveryOptions {
  /** Extra headers, such as `X-Slack-Retry-Num` and `X-Slack-Retry-Reason`. */
  headers?: Record<string, string>;
  /** Request timestamp in seconds since the epoch, signed and sent instead of the current time. */
  timestamp?: number;
  /** Body sent, and signed, instead of the one built from the input. */
  rawBody?: string;
  /** Signature sent instead of the computed one. */
  signature?: string;
}

/** The app's HTTP response to one delivered request. */
export interface SlackDelivery {
  /** HTTP status, or 0 when the app did not respond within the acknowledgement timeout. */
  status: number;
  /** Parsed JSON for a JSON response, the text for any other, undefined for an empty body. */
  body: unknown;
  timedOut: boolean;
  durationMs: number;
}

export interface DeliveryTarget {
  eventsUrl: string;
  signingSecret: string;
  ackTimeoutMs: number;
  clock: () => number;
}

/** Thrown when a request cannot reach the app at all, such as when nothing listens on the URL. */
export class SlackDeliveryError extends Error {
  readonly code = 'local_delivery_failed';
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();

  if (text === '') {
    return undefined;
  }

  if (!response.headers.get('content-type')?.includes('application/json')) {
    return text;
  }

  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A body labelled JSON that does not parse is returned as text, so the caller can show it.
    return text;
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** Posts a signed request to the app's events URL, as Slack does, and reads the response. */
export async function deliverSignedRequest(
  target: DeliveryTarget,
  request: { body: string; contentType: string },
  options: DeliveryOptions = {},
): Promise<SlackDelivery> {
  const timestamp = options.timestamp ?? Math.floor(target.clock() / 1000);
  const body = options.rawBody ?? request.body;
  const signature = options.signature ?? signSlackRequest(target.signingSecret, timestamp, body);
  const started = performance.now();
  const headers = {
    'content-type': request.contentType,
    'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature,
    ...options.headers,
  };

  try {
    const response = await fetch(target.eventsUrl, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(target.ackTimeoutMs),
    });
    const responseBody = await readBody(response);
    const durationMs = performance.now() - started;

    return { status: response.status, body: responseBody, timedOut: false, durationMs };
  } catch (error) {
    const durationMs = performance.now() - started;

    if (isTimeout(error)) {
      return { status: 0, body: undefined, timedOut: true, durationMs };
    }

    throw new SlackDeliveryError(`Could not deliver the request to ${target.eventsUrl}`, {
      cause: error,
    });
  }
}
