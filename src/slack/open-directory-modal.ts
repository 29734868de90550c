import type { WebClient } from '@slack/web-api';
import { resolveActor } from './actor.js';
import type { SlackDependencies } from './dependencies.js';
import type { DirectoryRecord } from './ids.js';
import { notifyPerson, textMessage } from './notify.js';
import type { ModalRequest } from './open-modals.js';
import type { PreparedForm } from './prepare-directory-form.js';
import { prepareDirectoryForm } from './prepare-directory-form.js';
import { renderNoticeModal } from './views/directory-modals/notice-modal.js';
import { renderLoadingModal } from './views/event-modal.js';

/**
 * How long the form may take to prepare before a loading modal opens in its place. A trigger
 * id expires three seconds after the click or command, and views.open needs time of its own.
 */
export const FORM_PREPARE_BUDGET_MS = 1000;

const titles: Record<DirectoryRecord, string> = {
  employer: 'Employer',
  program: 'Program',
  contact: 'Contact',
  need: 'Industry need',
};

/**
 * Opens the add form of a directory record, or its edit form when an id is given. A person who
 * may not use the form gets the reason as an ephemeral (or direct) message instead. When
 * preparing the form outlasts the budget (FORM_PREPARE_BUDGET_MS unless given), a loading modal
 * uses the trigger at once and then shows the form, or the reason.
 */
export async function openDirectoryModal(
  deps: SlackDependencies,
  client: WebClient,
  request: ModalRequest,
  target: { record: DirectoryRecord; id?: string; organizationId?: string },
  options: { prepareBudgetMs?: number } = {},
): Promise<void> {
  const prepared = (async () => {
    const actor = await resolveActor(deps, client, request.identity);

    return prepareDirectoryForm(deps.db, actor, { ...target, channelId: request.channelId });
  })();
  // The awaits below still see a failure; this keeps one from going unhandled when views.open
  // fails first and the function returns before awaiting the preparation.
  prepared.catch(() => undefined);
  const refuse = (message: string) =>
    notifyPerson(
      client,
      deps.logger,
      { userId: request.identity.userId, channelId: request.channelId },
      textMessage(message),
    );

  const early = await settledWithin(prepared, options.prepareBudgetMs ?? FORM_PREPARE_BUDGET_MS);

  if (early) {
    if (early.kind === 'refused') return refuse(early.message);

    await client.views.open({ trigger_id: request.triggerId, view: early.view });
    return;
  }

  const opened = await client.views.open({
    trigger_id: request.triggerId,
    view: renderLoadingModal(titles[target.record]),
  });
  const viewId = opened.view?.id;

  if (!viewId) throw new Error('views.open returned no view id');

  const late = await prepared;
  const view =
    late.kind === 'form' ? late.view : renderNoticeModal(titles[target.record], late.message);

  await client.views.update({ view_id: viewId, hash: opened.view?.hash, view });

  if (late.kind === 'refused') await refuse(late.message);
}

/**
 * Returns the prepared form if it is ready within `ms`; a failure within `ms` is thrown. A
 * budget of 0 returns undefined at once, so the loading modal always opens.
 */
async function settledWithin(
  prepared: Promise<PreparedForm>,
  ms: number,
): Promise<PreparedForm | undefined> {
  if (ms <= 0) return undefined;

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });

  try {
    return await Promise.race([prepared, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
