import { type AppResponse, applyAppResponse, toAppResponse } from './app-responses.js';
import type { EnteredValue, EnteredValues, SlackDelivery, SlackSender } from './slack-sender.js';
import {
  requireView,
  resolveSurface,
  type SurfaceReference,
  WorkspaceActionError,
} from './surface-references.js';
import { buildStateValues } from './view-state-values.js';
import {
  applySubmissionAck,
  RejectedAcknowledgementError,
  type SubmissionResult,
} from './view-submission-ack.js';
import { resolveConversationId } from './web-api/slack-objects.js';
import { WebApiError } from './web-api/web-api-error.js';
import { findUser, type LocalWorkspace } from './workspace.js';
import type { LocalWorkspaceStore } from './workspace-store.js';

/** The app's response to one action, and what Slack would show if it failed. */
export interface ActionOutcome {
  status: number;
  timedOut: boolean;
  durationMs: number;
  body: unknown;
  /** The message Slack would show the person; absent when the app acknowledged in time. */
  failure?: string;
}

export type SubmissionOutcome = ActionOutcome & Partial<SubmissionResult>;

/** Slack's words in a modal when the app's acknowledgement fails or is rejected. */
const modalFailure = 'We had some trouble connecting. Try again?';

function deliveryFailure(delivery: SlackDelivery, subject: string): string | undefined {
  if (delivery.timedOut) {
    const reason = 'the app did not respond within 3 seconds';
    return `${subject} failed with the error "operation_timeout": ${reason}`;
  }

  if (delivery.status !== 200) {
    return `${subject} failed: the app responded with HTTP ${delivery.status}`;
  }

  return undefined;
}

function outcome(delivery: SlackDelivery, failure?: string): ActionOutcome {
  const { status, timedOut, durationMs, body } = delivery;

  return { status, timedOut, durationMs, body, ...(failure ? { failure } : {}) };
}

export type { SurfaceReference } from './surface-references.js';
export { WorkspaceActionError } from './surface-references.js';

export type WorkspaceActions = ReturnType<typeof createWorkspaceActions>;

/**
 * Creates the actions a person takes in the local workspace. Each one delivers a request through
 * the sender and applies the app's acknowledgement to the store as Slack would.
 */
export function createWorkspaceActions(options: {
  store: LocalWorkspaceStore;
  sender: SlackSender;
  workspace: LocalWorkspace;
}) {
  const { store, sender, workspace } = options;

  const requireUser = (userId: string) => {
    if (findUser(workspace, userId) === undefined) {
      throw new WorkspaceActionError(400, `User ${userId} not found in the local workspace`);
    }
  };

  return {
    /** Sends a slash command and shows its acknowledgement, if any, as Slack does. */
    async runCommand(input: {
      userId: string;
      channelId: string;
      text: string;
    }): Promise<ActionOutcome> {
      requireUser(input.userId);
      const channelId = resolveConversationId(workspace, input.channelId);
      const delivery = await sender.command({ ...input, channelId });
      const command = input.text.trim().split(/\s/)[0] ?? '';
      const failure = deliveryFailure(delivery, command);
      const response = failure ? undefined : toAppResponse(delivery.body);

      if (response !== undefined) {
        return outcome(delivery, applyAck(store, { channelId, userId: input.userId }, response));
      }

      return outcome(delivery, failure);
    },

    /** Sends a block action for a button click or selection on a message, ephemeral or view. */
    async clickAction(input: {
      userId: string;
      surface: SurfaceReference;
      blockId: string;
      actionId: string;
      value?: EnteredValue;
      values?: EnteredValues;
    }): Promise<ActionOutcome> {
      requireUser(input.userId);
      const source = resolveSurface(store, input.surface, input.userId);

      if (source.kind === 'view' && input.values) {
        store.views.recordState(source.view.id, buildStateValues(source.view.blocks, input.values));
      }

      const delivery = await sender.blockAction({ ...input, source });

      return outcome(delivery, deliveryFailure(delivery, 'The action'));
    },

    /** Submits the user's visible modal view and applies the app's response_action. */
    async submitView(input: {
      userId: string;
      viewId: string;
      values?: EnteredValues;
    }): Promise<SubmissionOutcome> {
      requireUser(input.userId);
      const view = requireView(store, input.viewId, input.userId);
      store.views.recordState(view.id, buildStateValues(view.blocks, input.values));
      const delivery = await sender.viewSubmission({
        userId: input.userId,
        view,
        values: input.values,
      });

      if (deliveryFailure(delivery, 'The submission')) {
        return outcome(delivery, modalFailure);
      }

      try {
        return {
          ...outcome(delivery),
          ...applySubmissionAck(store, input.userId, view, delivery.body),
        };
      } catch (error) {
        if (error instanceof RejectedAcknowledgementError) {
          return outcome(delivery, `${modalFailure} (${error.detail})`);
        }

        throw error;
      }
    },

    /** Closes the visible modal view, telling the app first when it set notify_on_close. */
    async closeView(input: { userId: string; viewId: string }): Promise<ActionOutcome | undefined> {
      requireUser(input.userId);
      const view = requireView(store, input.viewId, input.userId);
      const delivery = view.notify_on_close
        ? await sender.viewClosed({ userId: input.userId, view, isCleared: view.clear_on_close })
        : undefined;

      if (view.clear_on_close) {
        store.views.clear(input.userId);
      } else {
        store.views.pop(input.userId);
      }

      return delivery && outcome(delivery, deliveryFailure(delivery, 'Closing the view'));
    },

    /** Sends `app_home_opened` for the user's Home tab. */
    async openHome(input: { userId: string }): Promise<ActionOutcome> {
      requireUser(input.userId);
      const delivery = await sender.appHomeOpened({
        userId: input.userId,
        view: store.homeView(input.userId),
      });

      return outcome(delivery, deliveryFailure(delivery, 'Opening the Home tab'));
    },

    /** Requests the external_select options that match what the person typed from the app. */
    async suggestOptions(input: {
      userId: string;
      surface: SurfaceReference;
      blockId: string;
      actionId: string;
      value: string;
    }): Promise<ActionOutcome> {
      requireUser(input.userId);
      const source = resolveSurface(store, input.surface, input.userId);
      const delivery = await sender.blockSuggestion({ ...input, source });

      return outcome(delivery, deliveryFailure(delivery, 'Loading options'));
    },
  };
}

/** Shows a command's acknowledgement, or returns a failure message when Slack would reject it. */
function applyAck(
  store: LocalWorkspaceStore,
  target: { channelId: string; userId: string },
  response: AppResponse,
): string | undefined {
  try {
    applyAppResponse(store, { ...target, source: 'command' }, response);
    return undefined;
  } catch (error) {
    if (error instanceof WebApiError) {
      return `The app's acknowledgement was rejected with the error "${error.code}"`;
    }

    throw error;
  }
}
