import { maxModalViews, type ViewLocation, type ViewPayload } from '../view-store.js';
import { findUser } from '../workspace.js';
import type { LocalWorkspaceStore } from '../workspace-store.js';
import { readViewPayload } from './content-validation.js';
import type { MethodContext, WebApiMethod } from './method-context.js';
import { stringArgument } from './request-arguments.js';
import { invalidArguments, WebApiError } from './web-api-error.js';

/** Exchanges the request's trigger_id. Slack's error for a missing one has no `[ERROR]` prefix. */
function triggerUser(context: MethodContext): string {
  const triggerId = stringArgument(context.args, 'trigger_id') ?? '';

  if (triggerId === '') {
    throw new WebApiError('invalid_arguments', {
      response_metadata: { messages: ['invalid `trigger_id`'] },
    });
  }

  return context.exchangeTrigger(triggerId);
}

function rejectDuplicateExternalId(
  store: LocalWorkspaceStore,
  payload: ViewPayload,
  ownViewId?: string,
): void {
  const externalId = payload.external_id;
  const holder = externalId ? store.views.findByExternalId(externalId) : undefined;

  if (holder !== undefined && holder.view.id !== ownViewId) {
    throw new WebApiError('duplicate_external_id');
  }
}

function rejectStaleHash(current: { hash: string } | undefined, hash: string | undefined): void {
  if (hash !== undefined && hash !== '' && current !== undefined && current.hash !== hash) {
    throw new WebApiError('hash_conflict');
  }
}

const open: WebApiMethod = (context) => {
  const payload = readViewPayload(context.args, 'modal');
  const userId = triggerUser(context);
  rejectDuplicateExternalId(context.store, payload);

  return { view: context.store.views.open(userId, payload) };
};

const push: WebApiMethod = (context) => {
  const payload = readViewPayload(context.args, 'modal');
  const userId = triggerUser(context);

  if (context.store.openViews(userId).length >= maxModalViews) {
    throw new WebApiError('push_limit_reached');
  }

  rejectDuplicateExternalId(context.store, payload);

  // NOTE: with no modal open, the pushed view becomes the root. Whether Slack accepts such a
  // push is not verified.
  return { view: context.store.views.push(userId, payload) };
};

function locateView(context: MethodContext): ViewLocation {
  const viewId = stringArgument(context.args, 'view_id');
  const externalId = stringArgument(context.args, 'external_id');

  if (!viewId && !externalId) {
    throw invalidArguments(['either view_id or external_id is required']);
  }

  const location = viewId
    ? context.store.views.find(viewId)
    : context.store.views.findByExternalId(externalId ?? '');

  if (location === undefined) {
    throw new WebApiError('not_found');
  }

  return location;
}

const update: WebApiMethod = (context) => {
  const location = locateView(context);
  const payload = readViewPayload(context.args, location.surface);
  rejectStaleHash(location.view, stringArgument(context.args, 'hash'));
  rejectDuplicateExternalId(context.store, payload, location.view.id);

  return { view: context.store.views.replace(location, payload) };
};

const publish: WebApiMethod = (context) => {
  const userId = stringArgument(context.args, 'user_id') ?? '';

  if (findUser(context.workspace, userId) === undefined) {
    throw new WebApiError('user_not_found');
  }

  const payload = readViewPayload(context.args, 'home');
  const current = context.store.homeView(userId);
  rejectStaleHash(current, stringArgument(context.args, 'hash'));
  rejectDuplicateExternalId(context.store, payload, current?.id);

  return { view: context.store.views.publish(userId, payload) };
};

export const viewMethods: Record<string, WebApiMethod> = {
  'views.open': open,
  'views.push': push,
  'views.update': update,
  'views.publish': publish,
};
