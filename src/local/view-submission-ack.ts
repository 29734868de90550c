import type { SlackView } from './slack-shapes.js';
import { maxModalViews } from './view-store.js';
import { isRecord } from './web-api/block-kit-limits.js';
import { readViewPayload } from './web-api/content-validation.js';
import { WebApiError } from './web-api/web-api-error.js';
import type { LocalWorkspaceStore } from './workspace-store.js';

/** Effect of a view_submission acknowledgement on the modal. */
export type SubmissionResult =
  | { responseAction: 'close' | 'clear' }
  | { responseAction: 'errors'; errors: Record<string, string> }
  | { responseAction: 'update' | 'push'; view: SlackView };

/**
 * Raised when Slack would reject an acknowledgement and show its generic "We had some trouble
 * connecting" message in the modal. `detail` describes the problem for the developer.
 */
export class RejectedAcknowledgementError extends Error {
  readonly code = 'local_rejected_ack';

  constructor(readonly detail: string) {
    super(detail);
  }
}

function inputBlockIds(view: SlackView): Set<string> {
  const ids = view.blocks
    .filter((block) => block.type === 'input')
    .map((block) => block.block_id ?? '');

  return new Set(ids);
}

function readErrors(view: SlackView, errors: unknown): Record<string, string> {
  if (!isRecord(errors) || Object.keys(errors).length === 0) {
    throw new RejectedAcknowledgementError(
      'response_action "errors" needs a non-empty errors object',
    );
  }

  const known = inputBlockIds(view);

  for (const [blockId, message] of Object.entries(errors)) {
    if (!known.has(blockId)) {
      throw new RejectedAcknowledgementError(
        `errors names block_id "${blockId}", which is not an input block of the submitted view`,
      );
    }

    if (typeof message !== 'string') {
      throw new RejectedAcknowledgementError(`errors.${blockId} must be a string`);
    }
  }

  return errors as Record<string, string>;
}

function readAckView(body: Record<string, unknown>) {
  try {
    return readViewPayload({ view: body.view }, 'modal');
  } catch (error) {
    if (error instanceof WebApiError) {
      const messages = (error.details.response_metadata as { messages?: string[] } | undefined)
        ?.messages;
      throw new RejectedAcknowledgementError(
        `the view in the acknowledgement is invalid: ${messages?.join('; ') ?? error.code}`,
      );
    }

    throw error;
  }
}

/**
 * Applies a view_submission acknowledgement to the user's modal stack as Slack does: an empty
 * body closes the submitted view, `errors` keeps it open, `update` replaces it, `push` stacks a
 * new view on it and `clear` closes the whole modal.
 */
export function applySubmissionAck(
  store: LocalWorkspaceStore,
  userId: string,
  view: SlackView,
  body: unknown,
): SubmissionResult {
  if (body === undefined || (isRecord(body) && body.response_action === undefined)) {
    store.views.pop(userId);
    return { responseAction: 'close' };
  }

  if (!isRecord(body)) {
    throw new RejectedAcknowledgementError('the acknowledgement body is not a JSON object');
  }

  switch (body.response_action) {
    case 'errors':
      return { responseAction: 'errors', errors: readErrors(view, body.errors) };
    case 'clear':
      store.views.clear(userId);
      return { responseAction: 'clear' };
    case 'update': {
      const location = store.views.find(view.id);

      if (location === undefined) {
        throw new RejectedAcknowledgementError('the submitted view is no longer open');
      }

      return { responseAction: 'update', view: store.views.replace(location, readAckView(body)) };
    }
    case 'push': {
      const payload = readAckView(body);

      if (store.openViews(userId).length >= maxModalViews) {
        throw new RejectedAcknowledgementError(
          'push_limit_reached: a modal can contain at most 3 views',
        );
      }

      return { responseAction: 'push', view: store.views.push(userId, payload) };
    }
    default:
      throw new RejectedAcknowledgementError(
        `unknown response_action ${JSON.stringify(body.response_action)}`,
      );
  }
}
