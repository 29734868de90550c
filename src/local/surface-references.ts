import type { ActionSource } from './interaction-payloads.js';
import type { SlackView } from './slack-shapes.js';
import type { LocalWorkspaceStore } from './workspace-store.js';

/** A message, ephemeral or view as the page names it, before the store resolves it. */
export type SurfaceReference =
  | { kind: 'message'; channelId: string; ts: string }
  | { kind: 'ephemeral'; channelId: string; messageTs: string }
  | { kind: 'view'; viewId: string };

/** Raised for a request that names something the workspace does not have, with an HTTP status. */
export class WorkspaceActionError extends Error {
  readonly code = 'local_workspace_action_invalid';

  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Returns the open view with this id. A view that another user has open counts as closed. */
export function requireView(store: LocalWorkspaceStore, viewId: string, userId: string): SlackView {
  const location = store.views.find(viewId);

  if (location === undefined || location.userId !== userId) {
    throw new WorkspaceActionError(404, 'That view is no longer open. Reload the page.');
  }

  return location.view;
}

/** Resolves a reference to the stored message, ephemeral (the user's own) or view. */
export function resolveSurface(
  store: LocalWorkspaceStore,
  surface: SurfaceReference,
  userId: string,
): ActionSource {
  if (surface.kind === 'view') {
    return { kind: 'view', view: requireView(store, surface.viewId, userId) };
  }

  if (surface.kind === 'message') {
    const message = store.message(surface.channelId, surface.ts);

    if (message === undefined) {
      throw new WorkspaceActionError(404, 'That message no longer exists. Reload the page.');
    }

    return { kind: 'message', channelId: surface.channelId, message };
  }

  const ephemeral = store
    .ephemerals(userId, surface.channelId)
    .find((candidate) => candidate.message_ts === surface.messageTs);

  if (ephemeral === undefined) {
    throw new WorkspaceActionError(404, 'That message is no longer shown. Reload the page.');
  }

  return { kind: 'ephemeral', channelId: surface.channelId, ephemeral };
}
