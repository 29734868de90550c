import type { WebClient } from '@slack/web-api';
import { getMembership } from '../domain/roles.js';
import { resolveActor } from './actor.js';
import type { SlackDependencies } from './dependencies.js';
import type { ModalRequest } from './open-modals.js';
import { openModalThenFill } from './open-modals.js';
import { JOIN_MODAL_TITLE, renderJoinModal } from './views/join-modal.js';

/** Opens the `/bridge join` form: the person's organization and the role they ask for. */
export async function openJoinModal(
  deps: SlackDependencies,
  client: WebClient,
  request: ModalRequest,
): Promise<void> {
  await openModalThenFill(client, JOIN_MODAL_TITLE, request.triggerId, async () => {
    const { partnership, person } = await resolveActor(deps, client, request.identity);
    const membership = await getMembership(deps.db, {
      partnershipId: partnership.id,
      personId: person.id,
    });

    return renderJoinModal({
      membership: membership ?? { role: person.role, organization: null, pending: undefined },
      metadata: { timeZone: partnership.timeZone, channelId: request.channelId },
    });
  });
}
