import type { LocalWorkspace } from '../workspace.js';
import type { LocalWorkspaceStore } from '../workspace-store.js';
import type { WebApiArguments } from './request-arguments.js';

/** Input of a Web API method handler for one request. */
export interface MethodContext {
  args: WebApiArguments;
  store: LocalWorkspaceStore;
  workspace: LocalWorkspace;
  /** Origin of the request, such as `http://127.0.0.1:3000`, for permalinks. */
  origin: string;
  /** Exchanges a trigger_id for the id of the user who caused it; throws when it is unusable. */
  exchangeTrigger: (triggerId: string) => string;
}

/** The fields of a successful response besides `ok: true`. */
export type MethodResult = Record<string, unknown>;

/** A Web API method: returns its result or throws a WebApiError. */
export type WebApiMethod = (context: MethodContext) => MethodResult;
