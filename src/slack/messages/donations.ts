import type { KnownBlock } from '@slack/types';
import type { DonationStatus } from '../../db/schema/index.js';
import type { DonationSummary } from '../../domain/donations.js';
import { donationStatusLabels } from '../../domain/request-labels.js';
import { formatDate } from '../../domain/time.js';
import { actionIds } from '../ids.js';
import { blockKitLimits, truncate } from '../limits.js';
import { escapeMrkdwnWithin, mrkdwn, plainText } from '../text.js';
import type { SlackMessage } from './help.js';
import { renderPageControls } from './page-buttons.js';

/** Donations per page of `/bridge donations`: up to three blocks each, within 50 a message. */
export const DONATIONS_PER_MESSAGE = 12;

/** Block id of the Previous and Next buttons under `/bridge donations`. */
export const DONATION_PAGE_BLOCK = 'donations_page';

const NAME_MAX = 150;

/** The label of the button that moves a donation to a status. */
const moveLabels: Record<DonationStatus, string> = {
  offered: 'Offered',
  accepted: 'Accept',
  scheduled: 'Mark scheduled',
  delivered: 'Mark delivered',
  declined: 'Decline',
};

/** A donation and the statuses the person viewing it may move it to. */
export interface ShownDonation {
  donation: DonationSummary;
  moves: readonly DonationStatus[];
}

/** "2 × MIG welders from *Coastline Welding* for *Welding Technology* (Port Alder High School)" */
export function describeDonation(donation: DonationSummary): string {
  const what = `${donation.quantity} × ${escapeMrkdwnWithin(donation.description, 500)}`;
  const from = `from *${escapeMrkdwnWithin(donation.employerName, NAME_MAX)}*`;
  const campus = donation.campusName
    ? ` (${escapeMrkdwnWithin(donation.campusName, NAME_MAX)})`
    : '';
  const to = donation.programName
    ? ` for *${escapeMrkdwnWithin(donation.programName, NAME_MAX)}*${campus}`
    : ' (no program named yet)';

  return `${what} ${from}${to}`;
}

function statusText(donation: DonationSummary): string {
  const label = donationStatusLabels[donation.status];

  if (donation.status === 'delivered' && donation.deliveredOn) {
    return `${label} on ${formatDate(donation.deliveredOn)}`;
  }

  return label;
}

/** Renders one donation with its status and the buttons for the moves the person may make. */
export function renderDonationBlocks(shown: ShownDonation): KnownBlock[] {
  const { donation } = shown;
  const text = `${describeDonation(donation)}\n*${statusText(donation)}*`;
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(truncate(text, blockKitLimits.sectionText)) },
  ];

  if (shown.moves.length > 0) {
    blocks.push({
      type: 'actions',
      block_id: `donation_${donation.id}`,
      elements: shown.moves.map((status) => ({
        type: 'button',
        action_id: `${actionIds.donationMove}_${status}`,
        text: plainText(moveLabels[status]),
        value: donation.id,
        ...(status === 'declined' ? { style: 'danger' } : {}),
      })),
    } as KnownBlock);
  }

  return blocks;
}

/** Renders one page of `/bridge donations`; `donations` may hold one more than fits. */
export function renderDonationList(list: {
  donations: ShownDonation[];
  offset: number;
}): SlackMessage {
  const shown = list.donations.slice(0, DONATIONS_PER_MESSAGE);

  if (shown.length === 0) {
    const text =
      list.offset === 0
        ? 'No equipment donations yet. Record one with `/bridge donation new`.'
        : 'No more donations. Type `/bridge donations` to start again.';

    return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
  }

  const blocks: KnownBlock[] = [{ type: 'header', text: plainText('Equipment donations') }];

  for (const donation of shown) blocks.push(...renderDonationBlocks(donation));

  blocks.push(
    ...renderPageControls(
      DONATION_PAGE_BLOCK,
      {
        offset: list.offset,
        pageSize: DONATIONS_PER_MESSAGE,
        shown: shown.length,
        hasMore: list.donations.length > shown.length,
      },
      (offset) => JSON.stringify({ offset }),
    ),
  );

  const lines = shown.map(
    ({ donation }) =>
      `• ${donation.quantity} × ${donation.description} from ${donation.employerName}: ${donationStatusLabels[donation.status]}`,
  );

  return { text: `Equipment donations:\n${lines.join('\n')}`, blocks };
}
