import { fileURLToPath } from 'node:url';
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { logger } from '../logger.js';
import { UnknownElementError } from './block-action-parts.js';
import { UnknownWorkspaceMemberError } from './interaction-payloads.js';
import { describeIssues, pageRequests } from './page-requests.js';
import { createPageStreamHandler } from './page-stream.js';
import { createResponseUrlHandler } from './response-url-route.js';
import { SlackDeliveryError } from './slack-delivery.js';
import type { SlackSender } from './slack-sender.js';
import { WebApiError } from './web-api/web-api-error.js';
import { directMessageChannelId, type LocalWorkspace, localWorkspace } from './workspace.js';
import { createWorkspaceActions, WorkspaceActionError } from './workspace-actions.js';
import type { LocalWorkspaceStore } from './workspace-store.js';

export interface LocalWorkspaceRouterOptions {
  store: LocalWorkspaceStore;
  sender: SlackSender;
  workspace?: LocalWorkspace;
}

const pageDirectory = fileURLToPath(new URL('./page/', import.meta.url));
const log = logger.child({ component: 'local-workspace' });

/**
 * Creates the router, mounted at `/`, that serves the local workspace page, its event stream and
 * JSON endpoints, and the response URLs that the sender hands to the app.
 */
export function createLocalWorkspaceRouter(options: LocalWorkspaceRouterOptions): Router {
  const { store, sender } = options;
  const workspace = options.workspace ?? localWorkspace;
  const actions = createWorkspaceActions({ store, sender, workspace });
  const router = express.Router();
  const json = express.json({ limit: '1mb' });

  router.get('/', (_request, response) => {
    response.sendFile('index.html', { root: pageDirectory });
  });
  router.use('/local/page', express.static(pageDirectory, { index: false }));
  router.get('/local/stream', createPageStreamHandler(store));
  router.post(
    '/local/slack/respond/:id',
    json,
    createResponseUrlHandler(store, sender.responseUrls),
  );

  router.get('/local/state', (request, response) => {
    const input = pageRequests.state.parse(request.query);
    const channelId = input.channelId;

    response.json({
      team: workspace.team,
      bot: workspace.bot,
      users: workspace.users,
      channels: workspace.channels,
      directMessageChannelId: directMessageChannelId(input.userId),
      messages: channelId ? store.messages(channelId) : [],
      ephemerals: channelId ? store.ephemerals(input.userId, channelId) : [],
      views: store.openViews(input.userId),
      home: store.homeView(input.userId) ?? null,
    });
  });

  const post = <T>(path: string, schema: z.ZodType<T>, act: (input: T) => Promise<unknown>) => {
    router.post(path, json, async (request: Request, response: Response) => {
      const result = await act(schema.parse(request.body));
      response.json({ ok: true, ...(result ?? {}) });
    });
  };

  post('/local/command', pageRequests.command, actions.runCommand);
  post('/local/block-action', pageRequests.blockAction, actions.clickAction);
  post('/local/block-suggestion', pageRequests.blockSuggestion, actions.suggestOptions);
  post('/local/view-submission', pageRequests.viewSubmission, actions.submitView);
  post('/local/view-closed', pageRequests.viewClosed, actions.closeView);
  post('/local/home-opened', pageRequests.homeOpened, actions.openHome);

  router.use('/local', respondWithError);

  return router;
}

/** Returns the status and the message the page shows as it is for a failed request. */
function describeFailure(error: unknown): { status: number; message: string } {
  if (error instanceof z.ZodError) {
    return { status: 400, message: `Invalid request: ${describeIssues(error)}` };
  }

  if (error instanceof SyntaxError && 'body' in error) {
    return { status: 400, message: 'Invalid request: the body is not valid JSON' };
  }

  if (error instanceof WorkspaceActionError) {
    return { status: error.status, message: error.message };
  }

  if (error instanceof UnknownWorkspaceMemberError || error instanceof UnknownElementError) {
    return { status: 400, message: error.message };
  }

  if (error instanceof WebApiError) {
    return {
      status: 400,
      message: `Slack would reject this request with the error "${error.code}"`,
    };
  }

  if (error instanceof SlackDeliveryError) {
    log.error({ err: error }, 'Could not deliver a request to the app');
    return {
      status: 502,
      message: `${error.message}. Check that Bridge is running and see its log.`,
    };
  }

  log.error({ err: error }, 'Local workspace request failed');

  return {
    status: 500,
    message: 'The local workspace failed to handle this request. See the server log.',
  };
}

function respondWithError(
  error: unknown,
  _request: Request,
  response: Response,
  _next: express.NextFunction,
): void {
  const { status, message } = describeFailure(error);
  response.status(status).json({ ok: false, error: message });
}
