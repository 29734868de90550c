import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { DonationStatus } from '../../db/schema/index.js';
import { donationStatuses } from '../../db/schema/index.js';
import { accessActorOf } from '../../domain/directory-records/record-access.js';
import { moveDonation } from '../../domain/donations.js';
import { donationStatusLabels } from '../../domain/request-labels.js';
import { todayIn } from '../../domain/time.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { actionIds } from '../ids.js';
import { describeDonation } from '../messages/donations.js';
import type { SlackMessage } from '../messages/help.js';
import { notifyPerson, textMessage } from '../notify.js';
import { donationListMessage } from '../request-replies.js';

const moveButton = new RegExp(`^${actionIds.donationMove}_(${donationStatuses.join('|')})$`);

/**
 * Moves a donation to the status its button names, from `/bridge donations`, then redraws the
 * list. A refused or outdated click changes nothing and replies with the reason.
 */
export function registerDonationMoves(app: App, deps: SlackDependencies): void {
  app.action<BlockAction<ButtonAction>>(
    moveButton,
    async ({ ack, body, action, client, respond }) => {
      await ack();

      const to = action.action_id.slice(actionIds.donationMove.length + 1) as DonationStatus;
      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const reply = async (message: SlackMessage) => {
        if (body.response_url) {
          await respond({ response_type: 'ephemeral', replace_original: false, ...message });
          return;
        }

        await notifyPerson(client, deps.logger, { userId: body.user.id }, message);
      };
      const result = await moveDonation(deps.db, {
        partnershipId: actor.partnership.id,
        actor: accessActorOf(actor.person),
        donationId: action.value ?? '',
        to,
        today: todayIn(actor.partnership.timeZone, deps.now()),
        now: deps.now(),
      });

      if (result.outcome === 'not_found') {
        await reply(
          textMessage('That donation is no longer in this partnership, so nothing changed.'),
        );
        return;
      }

      if (result.outcome === 'not_allowed') {
        await reply(textMessage(result.reason));
        return;
      }

      if (body.response_url) {
        await respond({ replace_original: true, ...(await donationListMessage(deps, actor, 0)) });
      }

      const status = donationStatusLabels[result.donation.status].toLowerCase();
      const text =
        result.outcome === 'stale'
          ? `This donation is already ${status}, so it cannot be marked ${donationStatusLabels[to].toLowerCase()}. The list above is up to date.`
          : `Marked ${status}: ${describeDonation(result.donation)}.`;

      await reply(textMessage(text));
    },
  );
}
