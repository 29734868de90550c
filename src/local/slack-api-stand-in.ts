import express, { type Request, type Response, type Router } from 'express';
import { logger } from '../logger.js';
import { triggerIdLifetimeMs } from './trigger-ids.js';
import { chatMethods } from './web-api/chat-methods.js';
import { conversationMethods } from './web-api/conversation-methods.js';
import { directoryMethods } from './web-api/directory-methods.js';
import type { MethodContext, WebApiMethod } from './web-api/method-context.js';
import {
  parseRequestBody,
  stringArgument,
  type WebApiArguments,
} from './web-api/request-arguments.js';
import { createTriggerExchange } from './web-api/trigger-exchange.js';
import { viewMethods } from './web-api/view-methods.js';
import { WebApiError } from './web-api/web-api-error.js';
import { type LocalWorkspace, localWorkspace } from './workspace.js';
import { openWorkspaceFile, type WorkspaceFileWriter } from './workspace-file.js';
import { LocalWorkspaceStore } from './workspace-store.js';

export { LocalWorkspaceStore } from './workspace-store.js';

export interface SlackApiStandInOptions {
  /** The only token the stand-in accepts. */
  botToken: string;
  workspace?: LocalWorkspace;
  /** Clock in ms for message timestamps and trigger_id expiry. Defaults to Date.now. */
  clock?: () => number;
  /** Time in ms that an issued trigger_id stays usable. Defaults to Slack's 3 seconds. */
  triggerLifetimeMs?: number;
  /**
   * JSON file that keeps channel messages and Home tabs across restarts, such as
   * `<dataDir>/local-workspace.json`. Without it the workspace lives in memory only.
   */
  persistPath?: string;
  /** Function that writes the `persistPath` file. Defaults to a temp file renamed over it. */
  writeWorkspaceFile?: WorkspaceFileWriter;
}

export interface SlackApiStandIn {
  router: Router;
  store: LocalWorkspaceStore;
  /** Writes unsaved changes to `persistPath`, if set, and stops saving. */
  close(): Promise<void>;
}

const methods: Record<string, WebApiMethod> = {
  ...chatMethods,
  ...viewMethods,
  ...directoryMethods,
  ...conversationMethods,
};

/** Arguments that arrive as JSON strings in form bodies. The call log stores them decoded. */
const jsonArgumentNames = ['blocks', 'attachments', 'view', 'metadata'];

const log = logger.child({ component: 'slack-api-stand-in' });

/**
 * Creates a stand-in for Slack's Web API: a router to mount at `/local/slack/api` that serves
 * `POST|GET /:method` with Slack's wire format, and the store it writes to.
 */
export function createSlackApiStandIn(options: SlackApiStandInOptions): SlackApiStandIn {
  const workspace = options.workspace ?? localWorkspace;
  const clock = options.clock ?? Date.now;
  const store = new LocalWorkspaceStore(workspace, clock);
  const workspaceFile =
    options.persistPath === undefined
      ? undefined
      : openWorkspaceFile(store, {
          path: options.persistPath,
          ...(options.writeWorkspaceFile ? { writeFile: options.writeWorkspaceFile } : {}),
        });
  const lifetimeMs = options.triggerLifetimeMs ?? triggerIdLifetimeMs;
  const exchangeTrigger = createTriggerExchange(workspace, clock, lifetimeMs);
  const router = express.Router();

  router.use(express.text({ type: () => true, limit: '5mb' }));
  router.all('/:method', (request: Request<{ method: string }>, response: Response) => {
    const method = request.params.method;
    const context = { store, workspace, exchangeTrigger, origin: requestOrigin(request) };
    let args: WebApiArguments = {};

    try {
      args = readArguments(request);
      const result = callMethod(method, args, options.botToken, request, context);
      store.recordCall({ method, arguments: loggedArguments(args), ok: true, at: clock() });
      response.json({ ok: true, ...result });
    } catch (error) {
      const failure = toWebApiError(error, method);
      const call = { method, arguments: loggedArguments(args), ok: false, at: clock() };
      store.recordCall({ ...call, error: failure.code });
      log.debug({ method, error: failure.code }, 'Web API call failed');
      response.json({ ok: false, error: failure.code, ...failure.details });
    }
  });

  return { router, store, close: async () => workspaceFile?.close() };
}

function callMethod(
  method: string,
  args: WebApiArguments,
  botToken: string,
  request: Request,
  context: Omit<MethodContext, 'args'>,
) {
  const handler = methods[method];

  if (handler === undefined) {
    throw new WebApiError('unknown_method', { req_method: method });
  }

  authorize(request, args, botToken);

  return handler({ ...context, args });
}

function readArguments(request: Request): WebApiArguments {
  const query = Object.fromEntries(
    Object.entries(request.query).filter(([, value]) => typeof value === 'string'),
  );
  const body = typeof request.body === 'string' ? request.body : '';

  return { ...query, ...parseRequestBody(body, request.get('content-type')) };
}

/**
 * Checks the token as Slack does. A JSON body must carry it in the Authorization header, but a
 * form body or query string may also carry it as `token`.
 */
function authorize(request: Request, args: WebApiArguments, botToken: string): void {
  const header = request.get('authorization');
  const bearer = header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
  const isJson = request.get('content-type')?.includes('application/json') ?? false;
  const token = bearer ?? (isJson ? undefined : stringArgument(args, 'token'));

  if (token === undefined || token === '') {
    throw new WebApiError('not_authed');
  }

  if (token !== botToken) {
    throw new WebApiError('invalid_auth');
  }
}

function toWebApiError(error: unknown, method: string): WebApiError {
  if (error instanceof WebApiError) {
    return error;
  }

  log.error({ err: error, method }, 'Web API stand-in failed while handling a call');

  return new WebApiError('internal_error');
}

function requestOrigin(request: Request): string {
  return `${request.protocol}://${request.get('host') ?? '127.0.0.1'}`;
}

/** Returns the arguments without the token and with JSON-string arguments decoded. */
function loggedArguments(args: WebApiArguments): Record<string, unknown> {
  const { token: _token, ...rest } = args;

  for (const name of jsonArgumentNames) {
    const value = rest[name];

    if (typeof value === 'string') {
      try {
        rest[name] = JSON.parse(value);
      } catch {
        // Keep the raw string: the method has already rejected it as malformed.
      }
    }
  }

  return rest;
}
