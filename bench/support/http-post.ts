import http from 'node:http';

/** The status and body of an HTTP response. */
export interface HttpResponse {
  status: number;
  body: string;
}

/**
 * Posts `body` to `url` through `agent` and resolves with the full response. Rejects when the
 * connection fails or no complete response arrives within `timeoutMs`.
 */
export function postBody(options: {
  agent: http.Agent;
  url: URL;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
}): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(options.url, {
      method: 'POST',
      agent: options.agent,
      headers: { ...options.headers, 'content-length': Buffer.byteLength(options.body) },
      signal: AbortSignal.timeout(options.timeoutMs),
    });

    request.on('error', reject);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];

      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() });
      });
    });
    request.end(options.body);
  });
}

/** Requests `url` until it returns 200, or rejects after `timeoutMs` or when `stopped()` is true. */
export async function waitForHealthy(
  url: URL,
  timeoutMs: number,
  stopped: () => string | undefined,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;

  while (Date.now() < deadline) {
    const reason = stopped();

    if (reason !== undefined) {
      throw new Error(`${url.origin} stopped before it became healthy: ${reason}`);
    }

    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });

      if (response.status === 200) return;
    } catch {
      // Not listening yet; the next attempt follows after the pause.
    }

    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  throw new Error(`${url.href} did not return 200 within ${timeoutMs / 1000} s`);
}
