import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** The outcome at a command's response_url: a reply with its arrival time, or none before the timeout. */
export type ReplyOutcome =
  | { kind: 'reply'; arrivedAtMs: number; isEphemeralMessage: boolean; blockCount: number }
  | { kind: 'missing' };

interface PendingReply {
  resolve: (outcome: ReplyOutcome) => void;
  timer: NodeJS.Timeout;
}

/**
 * An HTTP server on 127.0.0.1 that serves as the response_url of every benchmark command and
 * records when each reply arrives. Times are `performance.now()` values in ms.
 */
export class ReplyListener {
  /** Replies posted to a response_url that no command waits for, such as one after its timeout. */
  unexpectedReplies = 0;
  private readonly pending = new Map<string, PendingReply>();
  private port: number | undefined;
  private readonly server = http.createServer((request, response) => {
    this.receive(request, response);
  });

  async start(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Returns the response_url for the command with `commandId`. */
  responseUrl(commandId: string): string {
    if (this.port === undefined)
      throw new Error('Start the reply listener before sending commands');

    return `http://127.0.0.1:${this.port}/reply/${encodeURIComponent(commandId)}`;
  }

  /** Resolves with the reply to `commandId`, or with `missing` after `timeoutMs`. */
  waitForReply(commandId: string, timeoutMs: number): Promise<ReplyOutcome> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.settle(commandId, { kind: 'missing' }), timeoutMs);
      this.pending.set(commandId, { resolve, timer });
    });
  }

  /** Stops waiting for `commandId`, which then counts as missing. */
  cancel(commandId: string): void {
    this.settle(commandId, { kind: 'missing' });
  }

  async close(): Promise<void> {
    for (const commandId of [...this.pending.keys()]) this.cancel(commandId);

    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private receive(request: http.IncomingMessage, response: http.ServerResponse): void {
    const chunks: Buffer[] = [];

    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const arrivedAtMs = performance.now();
      const commandId = decodeURIComponent(request.url?.replace(/^\/reply\//, '') ?? '');

      if (request.method !== 'POST' || !this.pending.has(commandId)) {
        this.unexpectedReplies += 1;
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end('{"ok":false,"error":"invalid_url"}');
        return;
      }

      this.settle(commandId, { kind: 'reply', arrivedAtMs, ...inspectReply(chunks) });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"ok":true}');
    });
  }

  private settle(commandId: string, outcome: ReplyOutcome): void {
    const waiting = this.pending.get(commandId);

    if (waiting === undefined) return;

    this.pending.delete(commandId);
    clearTimeout(waiting.timer);
    waiting.resolve(outcome);
  }
}

/** Checks that a reply is an ephemeral message with plain text and blocks, as Bridge sends. */
function inspectReply(chunks: Buffer[]): { isEphemeralMessage: boolean; blockCount: number } {
  try {
    const message = JSON.parse(Buffer.concat(chunks).toString()) as {
      response_type?: unknown;
      text?: unknown;
      blocks?: unknown;
    };
    const blockCount = Array.isArray(message.blocks) ? message.blocks.length : 0;
    const hasText = typeof message.text === 'string' && message.text !== '';

    const isEphemeral = message.response_type === 'ephemeral';

    return { isEphemeralMessage: isEphemeral && hasText && blockCount > 0, blockCount };
  } catch {
    return { isEphemeralMessage: false, blockCount: 0 };
  }
}
