import type { WebClient } from '@slack/web-api';
import { resolveActor } from './actor.js';
import type { SlackDependencies } from './dependencies.js';
import type { ModalRequest } from './open-modals.js';
import type { OutreachForm, OutreachTarget } from './prepare-outreach-form.js';
import { outreachFormTitles, prepareOutreachForm } from './prepare-outreach-form.js';
import { renderNoticeModal } from './views/directory-modals/notice-modal.js';
import { renderLoadingModal } from './views/event-modal.js';

/**
 * Opens an outreach form ("Log a contact", "Update outreach" or the capacity survey) for one
 * employer. A loading modal takes the trigger at once, because it expires three seconds after
 * the click. The modal then shows the form, or why the person cannot use it.
 */
export async function openOutreachModal(
  deps: SlackDependencies,
  client: WebClient,
  request: ModalRequest,
  form: OutreachForm,
  target: OutreachTarget,
): Promise<void> {
  const title = outreachFormTitles[form];
  const opened = await client.views.open({
    trigger_id: request.triggerId,
    view: renderLoadingModal(title),
  });
  const viewId = opened.view?.id;

  if (!viewId) throw new Error('views.open returned no view id');

  const actor = await resolveActor(deps, client, request.identity);
  const prepared = await prepareOutreachForm(deps.db, actor, {
    form,
    target,
    now: deps.now(),
    channelId: request.channelId,
  });
  const view =
    prepared.kind === 'form' ? prepared.view : renderNoticeModal(title, prepared.message);

  await client.views.update({ view_id: viewId, hash: opened.view?.hash, view });
}
