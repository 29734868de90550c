import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { mayManageCommittee, removeCommitteeSeat } from '../../domain/committee.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import { committeeMessage } from '../commands/committee-command.js';
import type { SlackDependencies } from '../dependencies.js';
import { actionIds } from '../ids.js';
import { COMMITTEE_PAGE_BLOCK } from '../messages/committee.js';
import { textMessage } from '../notify.js';
import { openModalThenFill } from '../open-modals.js';
import { readJsonValue } from '../read-json-value.js';
import { COMMITTEE_SEAT_TITLE, renderCommitteeSeatModal } from '../views/committee-seat-modal.js';
import { renderNoticeModal } from '../views/directory-modals/notice-modal.js';

const pageButton = new RegExp(`^${actionIds.listPage}_(previous|next)$`);
const pageValue = z.object({ offset: z.number().int().min(0).max(10_000) });

/**
 * Handles the buttons of `/bridge committee`: "Add a seat" opens the seat form, "Remove" removes
 * a seat, and Previous and Next page through the members. Only the convener adds and removes;
 * anyone else who clicks gets the reason, and nothing changes.
 */
export function registerCommitteeActions(app: App, deps: SlackDependencies): void {
  app.action<BlockAction<ButtonAction>>(actionIds.committeeAdd, async ({ ack, body, client }) => {
    await ack();

    const channelId = body.channel?.id;

    await openModalThenFill(client, COMMITTEE_SEAT_TITLE, body.trigger_id, async () => {
      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const decision = mayManageCommittee({
        personId: actor.person.id,
        role: actor.person.role,
      });

      if (!decision.allowed) return renderNoticeModal(COMMITTEE_SEAT_TITLE, decision.reason);

      return renderCommitteeSeatModal({ timeZone: actor.partnership.timeZone, channelId });
    });
  });

  app.action<BlockAction<ButtonAction>>(
    actionIds.committeeRemove,
    async ({ ack, body, action, client, respond }) => {
      await ack();

      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const result = await removeCommitteeSeat(deps.db, {
        partnershipId: actor.partnership.id,
        actor: { personId: actor.person.id, role: actor.person.role },
        seatId: action.value ?? '',
      });

      if (result.outcome === 'not_allowed' || result.outcome === 'not_found') {
        const reason =
          result.outcome === 'not_allowed'
            ? result.reason
            : 'That seat was already removed. Type `/bridge committee` for the current members.';

        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          ...textMessage(reason),
        });
        return;
      }

      await respond({
        response_type: 'ephemeral',
        replace_original: true,
        ...(await committeeMessage(deps, actor, 0)),
      });
    },
  );

  app.action<BlockAction<ButtonAction>>(
    { action_id: pageButton, block_id: COMMITTEE_PAGE_BLOCK },
    async ({ ack, body, action, client, respond }) => {
      await ack();

      const page = readJsonValue(pageValue, action.value);

      if (!page) return;

      const actor = await resolveActor(deps, client, identityOfInteraction(body));

      await respond({
        response_type: 'ephemeral',
        replace_original: true,
        ...(await committeeMessage(deps, actor, page.offset)),
      });
    },
  );
}
