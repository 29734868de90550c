import type { Request, Response } from 'express';
import type { LocalWorkspaceStore } from './workspace-store.js';

/** Comment lines keep proxies and browsers from closing an idle stream. */
const keepAliveMs = 25_000;

/**
 * Creates the handler for `GET /local/stream`: a Server-Sent Events stream with one `change`
 * event per store change, whose data names what changed (`kind`, `channelId`, `userId`).
 */
export function createPageStreamHandler(store: LocalWorkspaceStore) {
  return (request: Request, response: Response) => {
    response.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    response.write('retry: 2000\n\n');

    const unsubscribe = store.onChange((change) => {
      response.write(`event: change\ndata: ${JSON.stringify(change)}\n\n`);
    });
    const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), keepAliveMs);
    keepAlive.unref();

    request.on('close', () => {
      unsubscribe();
      clearInterval(keepAlive);
    });
  };
}
