import type { KnownBlock } from '@slack/types';
import type { CommitteeSeat } from '../../domain/committee.js';
import { missingStakeholderGroups, stakeholderGroupLabels } from '../../domain/committee.js';
import { actionIds } from '../ids.js';
import { truncate } from '../limits.js';
import { escapeMrkdwn, escapeMrkdwnWithin, mrkdwn, plainText } from '../text.js';
import type { SlackMessage } from './help.js';
import { renderPageControls } from './page-buttons.js';

/** Seats shown per message; with the header, warnings and buttons a page stays under 50 blocks. */
export const SEATS_PER_MESSAGE = 30;

export const COMMITTEE_PAGE_BLOCK = 'committee_page';
export const COMMITTEE_ACTIONS_BLOCK = 'committee_actions';

/** Maximum characters of a confirmation dialog's text, from Slack's Block Kit reference. */
const CONFIRM_TEXT_MAX = 300;

/** Why each required group matters, shown when it has no seat. */
const missingGroupWarnings: Record<string, string> = {
  chamber: 'No one holds the *chamber of commerce* seat, so local businesses have no voice.',
  school_district:
    'No one holds a *school district* seat, so CTE programs and their needs are not represented.',
  workforce_board:
    'No one holds the *workforce board* seat, so labor market data and coordination are missing.',
};

export interface CommitteeView {
  seats: CommitteeSeat[];
  /** Whether the reader is the convener, whose copy has Add and Remove buttons. */
  canManage: boolean;
  offset: number;
}

/**
 * Renders `/bridge committee`: a warning for each required stakeholder group without a seat,
 * then the seats by group. The convener also gets "Add a seat" and a Remove button per seat.
 */
export function renderCommittee(view: CommitteeView): SlackMessage {
  const { seats, offset } = view;
  const page = seats.slice(offset, offset + SEATS_PER_MESSAGE);
  const missing = missingStakeholderGroups(seats);
  const blocks: KnownBlock[] = [
    { type: 'header', text: plainText('Steering committee') },
    ...missing.map(
      (group): KnownBlock => ({
        type: 'section',
        text: mrkdwn(`:warning: ${missingGroupWarnings[group] ?? group}`),
      }),
    ),
  ];

  if (seats.length === 0) {
    const next = view.canManage
      ? 'Seat the first members with *Add a seat*.'
      : 'The convener seats its members.';
    blocks.push({ type: 'section', text: mrkdwn(`The committee has no members yet. ${next}`) });
  }

  for (const seat of page) blocks.push(renderSeat(seat, view.canManage));

  blocks.push(
    ...renderPageControls(
      COMMITTEE_PAGE_BLOCK,
      {
        offset,
        pageSize: SEATS_PER_MESSAGE,
        shown: page.length,
        hasMore: offset + page.length < seats.length,
      },
      (nextOffset) => JSON.stringify({ offset: nextOffset }),
    ),
  );

  if (view.canManage) {
    blocks.push({
      type: 'actions',
      block_id: COMMITTEE_ACTIONS_BLOCK,
      elements: [
        {
          type: 'button',
          action_id: actionIds.committeeAdd,
          text: plainText('Add a seat'),
          style: 'primary',
        },
      ],
    });
  }

  return { text: committeeText(seats, missing.length), blocks };
}

function renderSeat(seat: CommitteeSeat, canManage: boolean): KnownBlock {
  const organization = seat.organizationName
    ? ` · ${escapeMrkdwnWithin(seat.organizationName, 200)}`
    : '';
  const text = `*${escapeMrkdwnWithin(seat.personName, 200)}*${organization}\n${stakeholderGroupLabels[seat.group]}`;

  if (!canManage)
    return { type: 'section', block_id: `committee_seat_${seat.id}`, text: mrkdwn(text) };

  return {
    type: 'section',
    block_id: `committee_seat_${seat.id}`,
    text: mrkdwn(text),
    accessory: {
      type: 'button',
      action_id: actionIds.committeeRemove,
      text: plainText('Remove'),
      style: 'danger',
      value: seat.id,
      confirm: {
        title: plainText('Remove this seat?'),
        text: plainText(
          truncate(
            `${seat.personName} leaves the steering committee. You can seat them again later.`,
            CONFIRM_TEXT_MAX,
          ),
        ),
        confirm: plainText('Remove'),
        deny: plainText('Keep'),
      },
    },
  };
}

function committeeText(seats: CommitteeSeat[], missing: number): string {
  const members = seats.length === 1 ? '1 member' : `${seats.length} members`;
  const warning = missing > 0 ? `; ${missing} required group(s) have no seat` : '';

  return `Steering committee: ${members}${warning}.`;
}

/** Returns the mrkdwn line that confirms a seat to the convener. */
export function describeSeated(seat: CommitteeSeat): string {
  return `Seated *${escapeMrkdwn(seat.personName)}* on the steering committee for ${stakeholderGroupLabels[seat.group].toLowerCase()}.`;
}
