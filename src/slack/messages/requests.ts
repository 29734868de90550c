import type { KnownBlock } from '@slack/types';
import { requestKindLabels, requestStatusLabels } from '../../domain/request-labels.js';
import type { EmployerSuggestion } from '../../domain/request-matching.js';
import { formatDate } from '../../domain/time.js';
import type { OfferSummary, RequestSummary } from '../../domain/wbl-requests.js';
import { actionIds, requestSendValue } from '../ids.js';
import { blockKitLimits, truncate } from '../limits.js';
import { escapeMrkdwnWithin, mrkdwn, plainText } from '../text.js';
import type { SlackMessage } from './help.js';
import { renderPageControls } from './page-buttons.js';

/** Characters a name or program may take in a line of a request message. */
const NAME_MAX = 150;

/** Suggestions shown under a saved request. */
export const SUGGESTIONS_SHOWN = 5;

/** Requests per page of `/bridge requests`: up to three blocks each, within 50 a message. */
export const REQUESTS_PER_MESSAGE = 10;

/** Block id of the Previous and Next buttons under `/bridge requests`. */
export const REQUEST_PAGE_BLOCK = 'requests_page';

export function name(text: string): string {
  return `*${escapeMrkdwnWithin(text, NAME_MAX)}*`;
}

function section(text: string): KnownBlock {
  return { type: 'section', text: mrkdwn(truncate(text, blockKitLimits.sectionText)) };
}

/** "Guest speaker for *Welding Technology* (Port Alder High School)" */
export function describeRequest(request: RequestSummary): string {
  const campus = escapeMrkdwnWithin(request.campusName, NAME_MAX);

  return `${requestKindLabels[request.kind]} for ${name(request.programName)} (${campus})`;
}

/** Joins a request's group size, date, career cluster and requester into one line. */
function requestFacts(request: RequestSummary): string {
  const facts = [
    request.groupSize ? `${request.groupSize} students` : undefined,
    request.neededBy ? `needed by ${formatDate(request.neededBy)}` : undefined,
    escapeMrkdwnWithin(request.careerCluster, NAME_MAX),
    request.requesterName
      ? `asked by ${escapeMrkdwnWithin(request.requesterName, NAME_MAX)}`
      : undefined,
  ];

  return facts.filter(Boolean).join(' · ');
}

/** Explains why an employer fits: its career clusters, then the capacity the request draws on. */
export function describeFit(suggestion: EmployerSuggestion, request: RequestSummary): string {
  const cluster = escapeMrkdwnWithin(request.careerCluster, NAME_MAX);
  const others = escapeMrkdwnWithin(suggestion.careerClusters.join(', '), 1000);
  const clusterText = suggestion.clusterFit
    ? `Works in ${cluster}`
    : suggestion.careerClusters.length > 0
      ? `Other career clusters (${others}), not ${cluster}`
      : 'No career clusters stated';

  return `${clusterText} · ${describeCapacity(suggestion, request)}`;
}

function describeCapacity(suggestion: EmployerSuggestion, request: RequestSummary): string {
  const count = suggestion.capacity;

  switch (request.kind) {
    case 'guest_speaker':
      return `${count} guest ${count === 1 ? 'speaker' : 'speakers'} available`;
    case 'facility_tour':
      return `tours for groups of up to ${count} (yours: ${request.groupSize ?? 'not given'})`;
    case 'mentor':
      return `${count} ${count === 1 ? 'mentor' : 'mentors'} available`;
    case 'equipment':
      return `offers equipment: ${escapeMrkdwnWithin(suggestion.equipment ?? '', 500)}`;
  }
}

const offerLabels = {
  pending: 'Sent, waiting for an answer',
  accepted: 'Accepted',
  declined: 'Declined',
} as const;

function suggestionBlock(suggestion: EmployerSuggestion, request: RequestSummary): KnownBlock {
  const text = `${name(suggestion.employerName)}\n${describeFit(suggestion, request)}`;

  if (suggestion.offerStatus) {
    return section(`${text}\n_${offerLabels[suggestion.offerStatus]}_`);
  }

  return {
    type: 'section',
    text: mrkdwn(truncate(text, blockKitLimits.sectionText)),
    accessory: {
      type: 'button',
      action_id: actionIds.requestSend,
      text: plainText(truncate(`Send to ${suggestion.employerName}`, blockKitLimits.buttonText)),
      value: requestSendValue(request.id, suggestion.employerId),
    },
  };
}

/**
 * Renders a request with the employers whose capacity fits it, each with a "Send to" button,
 * or with the status of the offer when the request was already sent there.
 */
export function renderRequestSuggestions(
  request: RequestSummary,
  suggestions: EmployerSuggestion[],
): SlackMessage {
  const heading = `Request saved: ${describeRequest(request)}`;
  const blocks: KnownBlock[] = [
    section(`${heading}\n${requestFacts(request)}`),
    section(escapeMrkdwnWithin(request.details, blockKitLimits.sectionText)),
  ];
  const shown = suggestions.slice(0, SUGGESTIONS_SHOWN);

  if (shown.length === 0) {
    const text =
      'No employer has stated capacity that fits this request yet. It shows in `/bridge requests`, and the convener can follow up once employers answer the capacity survey.';
    blocks.push(section(text));

    return { text: `${heading}\n${text}`, blocks };
  }

  blocks.push({ type: 'divider' });
  blocks.push(section('*Employers that fit*, best fit first. Send the request to any of them:'));

  for (const suggestion of shown) blocks.push(suggestionBlock(suggestion, request));

  const lines = shown.map((suggestion) => `• ${suggestion.employerName}`);

  return { text: `${heading}\nEmployers that fit:\n${lines.join('\n')}`, blocks };
}

/** Block id of the Accept and Decline buttons of one offer. */
export function offerBlockId(offerId: string): string {
  return `request_offer_${offerId}`;
}

/** Renders Accept and Decline for an offer; `forEmployer` names the employer in the labels. */
export function renderOfferButtons(offerId: string, forEmployer?: string): KnownBlock {
  const suffix = forEmployer ? ` for ${forEmployer}` : '';

  return {
    type: 'actions',
    block_id: offerBlockId(offerId),
    elements: [
      {
        type: 'button',
        action_id: actionIds.requestOfferAccept,
        text: plainText(truncate(`Accept${suffix}`, blockKitLimits.buttonText)),
        style: 'primary',
        value: offerId,
      },
      {
        type: 'button',
        action_id: actionIds.requestOfferDecline,
        text: plainText(truncate(`Decline${suffix}`, blockKitLimits.buttonText)),
        style: 'danger',
        value: offerId,
      },
    ],
  };
}

/** Renders the direct message with Accept and Decline that a request sends to an employer's staff. */
export function renderOfferMessage(offer: {
  offerId: string;
  request: RequestSummary;
  employerName: string;
  senderName: string;
}): SlackMessage {
  const { request } = offer;
  const text = `${name(offer.senderName)} asks ${name(offer.employerName)} for a ${describeRequest(request).replace(/^./, (first) => first.toLowerCase())}.`;

  return {
    text,
    blocks: [
      section(`${text}\n${requestFacts(request)}`),
      section(escapeMrkdwnWithin(request.details, blockKitLimits.sectionText)),
      renderOfferButtons(offer.offerId),
    ],
  };
}

/** Renders an offer once the employer accepted or declined it, in place of the buttons. */
export function renderAnsweredOfferMessage(offer: {
  request: RequestSummary;
  employerName: string;
  status: 'pending' | 'accepted' | 'declined';
  respondedByName: string | null;
}): SlackMessage {
  const who = offer.respondedByName ? ` by ${name(offer.respondedByName)}` : '';
  const answer = offer.status === 'accepted' ? 'Accepted' : 'Declined';
  const text = `${describeRequest(offer.request)}, sent to ${name(offer.employerName)}: *${answer}*${who}.`;

  return { text, blocks: [section(text)] };
}

/** Renders the direct message that informs the requester whether an employer accepted. */
export function renderRequesterAnswer(answer: {
  request: RequestSummary;
  employerName: string;
  status: 'accepted' | 'declined';
  acceptedEarlierBy: string | null;
  donationRecorded: boolean;
}): SlackMessage {
  const verb = answer.status === 'accepted' ? 'accepted' : 'declined';
  const lines = [
    `${name(answer.employerName)} ${verb} your request: ${describeRequest(answer.request)}.`,
  ];

  if (answer.acceptedEarlierBy) {
    lines.push(
      `${name(answer.acceptedEarlierBy)} had already accepted it, so decide with both employers which one goes ahead.`,
    );
  }

  if (answer.donationRecorded) {
    lines.push('Bridge recorded the equipment donation; follow it in `/bridge donations`.');
  }

  if (answer.status === 'accepted') {
    lines.push('Reach out to the employer to settle the date and the details.');
  }

  const text = lines.join('\n');

  return { text, blocks: [section(text)] };
}

/** Renders the reply to a sender whose employer has no one on Slack, with its contacts. */
export function renderNoSlackContacts(
  employerName: string,
  contacts: Array<{ name: string; email: string | null; phone: string | null }>,
): SlackMessage {
  const lines = contacts
    .filter((contact) => contact.email || contact.phone)
    .slice(0, 10)
    .map((contact) => {
      const ways = [contact.email, contact.phone].filter(Boolean).join(' · ');

      return `• ${name(contact.name)}: ${escapeMrkdwnWithin(ways, 300)}`;
    });
  const reach =
    lines.length > 0
      ? `Reach them directly:\n${lines.join('\n')}`
      : 'The directory has no email or phone for them either; add a contact with `/bridge contact add`.';
  const text = `Bridge recorded the request as sent to ${name(employerName)}, but no one there is on Slack, so no message went out. ${reach}\nThe convener can record their answer from \`/bridge requests\`.`;

  return { text, blocks: [section(text)] };
}

function offerLine(offer: OfferSummary): string {
  return `${escapeMrkdwnWithin(offer.employerName, NAME_MAX)}: ${offerLabels[offer.status].toLowerCase()}`;
}

/**
 * Renders one page of open requests with their status and the employers they went to. With
 * `answerForEmployers` (the convener), pending offers get Accept and Decline buttons.
 */
export function renderRequestList(list: {
  requests: Array<RequestSummary & { offers: OfferSummary[] }>;
  offset: number;
  answerForEmployers: boolean;
}): SlackMessage {
  const shown = list.requests.slice(0, REQUESTS_PER_MESSAGE);

  if (shown.length === 0) {
    const text =
      list.offset === 0
        ? 'No open requests. Educators make one with `/bridge request new`.'
        : 'No more open requests. Type `/bridge requests` to start again.';

    return { text, blocks: [section(text)] };
  }

  const blocks: KnownBlock[] = [{ type: 'header', text: plainText('Open requests') }];

  for (const request of shown) blocks.push(...requestListBlocks(request, list.answerForEmployers));

  blocks.push(
    ...renderPageControls(
      REQUEST_PAGE_BLOCK,
      {
        offset: list.offset,
        pageSize: REQUESTS_PER_MESSAGE,
        shown: shown.length,
        hasMore: list.requests.length > shown.length,
      },
      (offset) => JSON.stringify({ offset }),
    ),
  );

  const lines = shown.map(
    (request) =>
      `• ${requestKindLabels[request.kind]} for ${request.programName}: ${requestStatusLabels[request.status]}`,
  );

  return { text: `Open requests:\n${lines.join('\n')}`, blocks };
}

function requestListBlocks(
  request: RequestSummary & { offers: OfferSummary[] },
  answerForEmployers: boolean,
): KnownBlock[] {
  const status = requestStatusLabels[request.status];
  const blocks: KnownBlock[] = [
    section(`${describeRequest(request)} · *${status}*\n${requestFacts(request)}`),
  ];
  const offers =
    request.offers.length > 0
      ? `Sent to ${request.offers.map(offerLine).join('; ')}`
      : 'Not sent to any employer yet.';

  blocks.push({
    type: 'context',
    elements: [mrkdwn(truncate(offers, blockKitLimits.sectionText))],
  });

  const pending = request.offers.filter((offer) => offer.status === 'pending');

  if (answerForEmployers && pending.length > 0) {
    // Two buttons per pending offer; an actions block holds at most 25 elements.
    const elements = pending.slice(0, 12).flatMap((offer) => {
      const buttons = renderOfferButtons(offer.id, offer.employerName) as {
        elements: unknown[];
      };

      return buttons.elements;
    });

    blocks.push({
      type: 'actions',
      block_id: `request_answers_${request.id}`,
      elements,
    } as KnownBlock);
  }

  return blocks;
}
