import type { App, BlockAction, ButtonAction, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { accessActorOf } from '../../domain/directory-records/record-access.js';
import type { AnswerOutcome } from '../../domain/request-offers.js';
import { answerOffer, sendRequest } from '../../domain/request-offers.js';
import type { Actor } from '../actor.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { actionIds, parseRequestSendValue } from '../ids.js';
import type { SlackMessage } from '../messages/help.js';
import {
  describeRequest,
  name,
  renderAnsweredOfferMessage,
  renderNoSlackContacts,
  renderOfferMessage,
  renderRequesterAnswer,
} from '../messages/requests.js';
import { notifyPerson, textMessage } from '../notify.js';
import { requestListMessage, requestSuggestionsMessage } from '../request-replies.js';

/** A click on a request's buttons, with what every reply needs. */
interface Click {
  deps: SlackDependencies;
  body: BlockAction<ButtonAction>;
  client: WebClient;
  respond: RespondFn;
  actor: Actor;
}

const notFound =
  'That request or employer is no longer in this partnership, so nothing changed. See `/bridge requests` for the current list.';

/**
 * Sends a message that only the clicker can see: an ephemeral through the response URL on a message, or
 * a direct message when the click has no response URL.
 */
async function replyToClicker(click: Click, message: SlackMessage): Promise<void> {
  if (click.body.response_url) {
    await click.respond({ response_type: 'ephemeral', replace_original: false, ...message });
    return;
  }

  await notifyPerson(click.client, click.deps.logger, { userId: click.body.user.id }, message);
}

/**
 * Registers "Send to <employer>" under a saved request, and Accept and Decline on a request
 * sent to an employer.
 */
export function registerRequestOfferActions(app: App, deps: SlackDependencies): void {
  app.action<BlockAction<ButtonAction>>(
    actionIds.requestSend,
    async ({ ack, body, action, client, respond }) => {
      await ack();

      const actor = await resolveActor(deps, client, identityOfInteraction(body));

      await sendToEmployer({ deps, body, client, respond, actor }, action.value ?? '');
    },
  );

  const answers = {
    [actionIds.requestOfferAccept]: 'accepted',
    [actionIds.requestOfferDecline]: 'declined',
  } as const;

  for (const [actionId, answer] of Object.entries(answers)) {
    app.action<BlockAction<ButtonAction>>(
      actionId,
      async ({ ack, body, action, client, respond }) => {
        await ack();

        const actor = await resolveActor(deps, client, identityOfInteraction(body));
        const click = { deps, body, client, respond, actor };
        const result = await answerOffer(deps.db, {
          partnershipId: actor.partnership.id,
          actor: accessActorOf(actor.person),
          offerId: action.value ?? '',
          answer,
          now: deps.now(),
        });

        await reportAnswer(click, action.block_id, result);
      },
    );
  }
}

async function sendToEmployer(click: Click, value: string): Promise<void> {
  const { deps, actor } = click;
  const target = parseRequestSendValue(value);
  const result = target
    ? await sendRequest(deps.db, {
        partnershipId: actor.partnership.id,
        actor: accessActorOf(actor.person),
        requestId: target.requestId,
        employerId: target.employerId,
        now: deps.now(),
      })
    : ({ outcome: 'not_found' } as const);

  switch (result.outcome) {
    case 'not_found':
      await replyToClicker(click, textMessage(notFound));
      return;
    case 'not_allowed':
      await replyToClicker(click, textMessage(result.reason));
      return;
    case 'closed':
      await replyToClicker(
        click,
        textMessage(
          `This request is ${result.request.status}, so it cannot be sent to more employers.`,
        ),
      );
      return;
    case 'already_sent':
      await refreshSuggestions(click, result.request);
      await replyToClicker(
        click,
        textMessage(`This request was already sent to ${name(result.employerName)}.`),
      );
      return;
    case 'sent':
      break;
  }

  const onSlack = result.contacts.filter((contact) => contact.slackUserId);
  const offer = renderOfferMessage({
    offerId: result.offerId,
    request: result.request,
    employerName: result.employerName,
    senderName: actor.person.displayName,
  });

  for (const contact of onSlack) {
    await click.client.chat.postMessage({ channel: contact.slackUserId ?? '', ...offer });
  }

  await refreshSuggestions(click, result.request);

  if (onSlack.length === 0) {
    await replyToClicker(click, renderNoSlackContacts(result.employerName, result.contacts));
    return;
  }

  const people = onSlack.map((contact) => name(contact.name)).join(', ');
  const text = `Sent ${describeRequest(result.request)} to ${name(result.employerName)}: ${people} can accept or decline it. You get a direct message with each answer.`;

  await replyToClicker(click, textMessage(text));
}

/** Redraws the suggestions message that was clicked, so sent employers show their status. */
async function refreshSuggestions(
  click: Click,
  request: Parameters<typeof requestSuggestionsMessage>[1],
): Promise<void> {
  if (!click.body.response_url) return;

  const message = await requestSuggestionsMessage(click.deps, request, click.actor.partnership.id);

  await click.respond({ replace_original: true, ...message });
}

async function reportAnswer(click: Click, blockId: string, result: AnswerOutcome): Promise<void> {
  switch (result.outcome) {
    case 'not_found':
      await replyToClicker(click, textMessage(notFound));
      return;
    case 'not_allowed':
      await replyToClicker(click, textMessage(result.reason));
      return;
    case 'already_answered': {
      const { offer } = result;
      const who = offer.respondedByName ? ` by ${name(offer.respondedByName)}` : '';
      await showAnswer(click, blockId, result);
      await replyToClicker(
        click,
        textMessage(`${name(offer.employerName)} already ${offer.status} this request${who}.`),
      );
      return;
    }
    case 'answered':
      await showAnswer(click, blockId, result);
      await tellRequester(click, result);
      return;
  }
}

/**
 * Replaces the clicked buttons with the employer's decision: its direct message is updated, and
 * the `/bridge requests` list is drawn again.
 */
async function showAnswer(
  click: Click,
  blockId: string,
  result: Extract<AnswerOutcome, { offer: unknown }>,
): Promise<void> {
  const container = click.body.container as {
    channel_id?: string;
    message_ts?: string;
    is_ephemeral?: boolean;
  };

  if (!blockId.startsWith('request_offer_')) {
    if (!click.body.response_url) return;

    const list = await requestListMessage(click.deps, click.actor, 0);
    await click.respond({ replace_original: true, ...list });
    return;
  }

  const message = renderAnsweredOfferMessage({ ...result.offer, request: result.request });

  if (container.is_ephemeral || !container.channel_id || !container.message_ts) {
    if (click.body.response_url) await click.respond({ replace_original: true, ...message });
    return;
  }

  await click.client.chat.update({
    channel: container.channel_id,
    ts: container.message_ts,
    ...message,
  });
}

async function tellRequester(
  click: Click,
  result: Extract<AnswerOutcome, { outcome: 'answered' }>,
): Promise<void> {
  const { request, offer } = result;

  if (offer.status === 'pending') return;

  if (!request.requesterSlackUserId) {
    click.deps.logger.warn(
      { requestId: request.id, offerId: offer.id },
      'The requester has no Slack user id, so the answer was not sent to them',
    );
    return;
  }

  const message = renderRequesterAnswer({
    request,
    employerName: offer.employerName,
    status: offer.status,
    acceptedEarlierBy: result.acceptedEarlierBy,
    donationRecorded: result.donationId !== null,
  });

  await click.client.chat.postMessage({ channel: request.requesterSlackUserId, ...message });
}
