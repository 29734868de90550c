import type { Request, Response } from 'express';
import { logger } from '../logger.js';
import { applyAppResponse, toAppResponse } from './app-responses.js';
import { ResponseUrlError, type ResponseUrlRegistry } from './response-urls.js';
import { WebApiError } from './web-api/web-api-error.js';
import type { LocalWorkspaceStore } from './workspace-store.js';

const log = logger.child({ component: 'local-response-urls' });

/**
 * Creates the handler for `POST /local/slack/respond/:id`, where Bolt's `respond()` posts JSON.
 * It responds as Slack's response URLs do: 200 `{ ok: true }`, 404 for an unknown, expired or
 * used-up URL, and 400 with Slack's error code when the message breaks a Block Kit limit.
 */
export function createResponseUrlHandler(
  store: LocalWorkspaceStore,
  registry: ResponseUrlRegistry,
) {
  return (request: Request<{ id: string }>, response: Response) => {
    try {
      const target = registry.use(request.params.id);
      const appResponse = toAppResponse(request.body);

      if (appResponse === undefined) {
        response.status(400).json({ ok: false, error: 'invalid_payload' });
        return;
      }

      applyAppResponse(store, target, appResponse);
      response.json({ ok: true });
    } catch (error) {
      if (error instanceof ResponseUrlError) {
        response.status(404).json({ ok: false, error: error.code });
        return;
      }

      if (error instanceof WebApiError) {
        log.warn({ error: error.code, details: error.details }, 'Rejected a response_url message');
        response.status(400).json({ ok: false, error: error.code, ...error.details });
        return;
      }

      throw error;
    }
  };
}
