import { accessActorOf } from '../domain/directory-records/record-access.js';
import { donationMoves, mayMoveDonation } from '../domain/donation-access.js';
import { listDonations } from '../domain/donations.js';
import { countPilots, listPilots } from '../domain/pilots.js';
import { suggestEmployers } from '../domain/request-matching.js';
import type { RequestSummary } from '../domain/wbl-requests.js';
import { listOpenRequests } from '../domain/wbl-requests.js';
import type { Actor } from './actor.js';
import type { SlackDependencies } from './dependencies.js';
import { DONATIONS_PER_MESSAGE, renderDonationList } from './messages/donations.js';
import type { SlackMessage } from './messages/help.js';
import { PILOTS_PER_MESSAGE, renderPilotList } from './messages/pilots.js';
import {
  REQUESTS_PER_MESSAGE,
  renderRequestList,
  renderRequestSuggestions,
  SUGGESTIONS_SHOWN,
} from './messages/requests.js';

/** Reads the employers that fit a request and renders them with their "Send to" buttons. */
export async function requestSuggestionsMessage(
  deps: SlackDependencies,
  request: RequestSummary,
  partnershipId: string,
): Promise<SlackMessage> {
  const suggestions = await suggestEmployers(deps.db, {
    partnershipId,
    kind: request.kind,
    careerCluster: request.careerCluster,
    groupSize: request.groupSize,
    requestId: request.id,
    limit: SUGGESTIONS_SHOWN,
  });

  return renderRequestSuggestions(request, suggestions);
}

/** Reads and renders one page of `/bridge requests`. */
export async function requestListMessage(
  deps: SlackDependencies,
  actor: Actor,
  offset: number,
): Promise<SlackMessage> {
  const requests = await listOpenRequests(deps.db, {
    partnershipId: actor.partnership.id,
    // Reading one more row than fits on a page shows whether a next page exists.
    limit: REQUESTS_PER_MESSAGE + 1,
    offset,
  });

  return renderRequestList({
    requests,
    offset,
    answerForEmployers: actor.person.role === 'convener',
  });
}

/** Reads and renders one page of `/bridge donations`, with the moves the person may make. */
export async function donationListMessage(
  deps: SlackDependencies,
  actor: Actor,
  offset: number,
): Promise<SlackMessage> {
  const access = accessActorOf(actor.person);
  const donations = await listDonations(deps.db, {
    partnershipId: actor.partnership.id,
    limit: DONATIONS_PER_MESSAGE + 1,
    offset,
  });
  const shown = donations.map((donation) => ({
    donation,
    moves: donationMoves[donation.status].filter(
      (status) => mayMoveDonation(access, donation, status).allowed,
    ),
  }));

  return renderDonationList({ donations: shown, offset });
}

/** Reads and renders the pilot counts and one page of `/bridge pilots`. */
export async function pilotListMessage(
  deps: SlackDependencies,
  actor: Actor,
  offset: number,
): Promise<SlackMessage> {
  const partnershipId = actor.partnership.id;
  const counts = await countPilots(deps.db, partnershipId);
  const pilots = await listPilots(deps.db, {
    partnershipId,
    limit: PILOTS_PER_MESSAGE + 1,
    offset,
  });

  return renderPilotList({ counts, pilots, offset });
}

export const requestLists = {
  requests: requestListMessage,
  donations: donationListMessage,
  pilots: pilotListMessage,
} as const;
