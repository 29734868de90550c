import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { InvitationAnswer, InvitationResult } from '../../domain/meetings/invitations.js';
import { answerInvitation } from '../../domain/meetings/invitations.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { actionIds } from '../ids.js';
import { MEETING_PAGE_BLOCK } from '../messages/meeting-list.js';
import { notifyPerson, textMessage } from '../notify.js';
import { meetingListMessage } from './meeting-list-reply.js';
import { refreshInvitation, refreshOrganizerMessage } from './meeting-messages.js';
import { openOutcomeModal } from './open-meeting-modals.js';

const answerByAction: Record<string, InvitationAnswer> = {
  [actionIds.meetingAccept]: 'accepted',
  [actionIds.meetingDecline]: 'declined',
};

/**
 * Registers Accept and Decline (in the invitation and in `/bridge meetings`), "Record outcome",
 * the calendar link button and the Previous and Next buttons under `/bridge meetings`.
 */
export function registerMeetingActions(app: App, deps: SlackDependencies): void {
  const answers = new RegExp(`^(${Object.keys(answerByAction).join('|')})$`);

  app.action<BlockAction<ButtonAction>>(answers, async ({ ack, body, action, client, respond }) => {
    await ack();

    const answer = answerByAction[action.action_id];

    if (!answer) return;

    const actor = await resolveActor(deps, client, identityOfInteraction(body));
    const meetingId = action.value ?? '';
    const result = await answerInvitation(deps.db, {
      partnershipId: actor.partnership.id,
      meetingId,
      personId: actor.person.id,
      answer,
      now: deps.now(),
    });
    const target = { userId: body.user.id, channelId: body.channel?.id };

    if (!('inviteeId' in result)) {
      await notifyPerson(client, deps.logger, target, textMessage(describeRejection(result)));
      return;
    }

    const input = { partnership: actor.partnership, meetingId, personId: actor.person.id };
    await refreshInvitation(deps, client, input);
    await refreshOrganizerMessage(deps, client, input);

    const container = body.container as { is_ephemeral?: boolean };

    if (container.is_ephemeral) {
      await respond({ replace_original: true, ...(await meetingListMessage(deps, actor, 0)) });
    }
  });

  app.action<BlockAction<ButtonAction>>(
    actionIds.meetingRecordOutcome,
    async ({ ack, body, action, client }) => {
      await ack();

      await openOutcomeModal(deps, client, {
        triggerId: body.trigger_id,
        identity: identityOfInteraction(body),
        channelId: body.channel?.id,
        meetingId: action.value,
      });
    },
  );

  // A link button still sends an action, which Slack expects to be acknowledged.
  app.action(actionIds.meetingCalendar, async ({ ack }) => {
    await ack();
  });

  app.action<BlockAction<ButtonAction>>(
    {
      action_id: new RegExp(`^${actionIds.listPage}_(previous|next)$`),
      block_id: MEETING_PAGE_BLOCK,
    },
    async ({ ack, body, action, client, respond }) => {
      await ack();

      const offset = readOffset(action.value);

      if (offset === undefined) return;

      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const message = await meetingListMessage(deps, actor, offset);

      await respond({ response_type: 'ephemeral', replace_original: true, ...message });
    },
  );
}

/** The largest offset a real page button carries. */
const MAX_OFFSET = 100_000;

function readOffset(value: string | undefined): number | undefined {
  try {
    const offset = (JSON.parse(value ?? '') as { offset?: unknown }).offset;

    return Number.isInteger(offset) && (offset as number) >= 0 && (offset as number) <= MAX_OFFSET
      ? (offset as number)
      : undefined;
  } catch {
    return undefined;
  }
}

function describeRejection(result: Exclude<InvitationResult, { inviteeId: string }>): string {
  switch (result.outcome) {
    case 'not_found':
      return 'That meeting no longer exists, so your answer was not recorded.';
    case 'not_invited':
      return 'You are not invited to this meeting; only the invited person can answer an invitation.';
    case 'ended':
      return 'That meeting has ended, so answers are closed.';
  }
}
