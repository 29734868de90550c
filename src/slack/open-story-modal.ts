import type { WebClient } from '@slack/web-api';
import { mayTellStory } from '../domain/stories.js';
import { resolveActor } from './actor.js';
import type { SlackDependencies } from './dependencies.js';
import type { ModalRequest } from './open-modals.js';
import { openModalThenFill } from './open-modals.js';
import { renderNoticeModal } from './views/directory-modals/notice-modal.js';
import { renderStoryModal, STORY_MODAL_TITLE } from './views/story-modal.js';

/** Opens `/bridge story new`; a viewer, who may not submit stories, gets the reason instead. */
export async function openStoryModal(
  deps: SlackDependencies,
  client: WebClient,
  request: ModalRequest,
): Promise<void> {
  await openModalThenFill(client, STORY_MODAL_TITLE, request.triggerId, async () => {
    const actor = await resolveActor(deps, client, request.identity);
    const decision = mayTellStory(actor.person.role);

    if (!decision.allowed) return renderNoticeModal(STORY_MODAL_TITLE, decision.reason);

    return renderStoryModal({ timeZone: actor.partnership.timeZone, channelId: request.channelId });
  });
}
