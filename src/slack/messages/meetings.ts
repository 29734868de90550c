import type { KnownBlock } from '@slack/types';
import type { InviteResponse } from '../../db/schema/index.js';
import { meetingKindLabels } from '../../domain/meetings/meeting-form.js';
import type {
  Invitee,
  MeetingSummary,
  ResponseCounts,
} from '../../domain/meetings/meeting-queries.js';
import { formatEventSpan } from '../../domain/time.js';
import { actionIds } from '../ids.js';
import { blockKitLimits, truncate } from '../limits.js';
import { escapeMrkdwn, escapeMrkdwnWithin, mrkdwn, plainText } from '../text.js';
import type { SlackMessage } from './help.js';

/** Characters the title, the place and the district may each take of a meeting's section. */
const partMax = Math.floor(blockKitLimits.sectionText / 4);

/**
 * Invitees named on the organizer's message; more are counted, not named. Each line takes at
 * most about 145 characters, so twenty stay within a section's 3000.
 */
export const NAMED_INVITEES = 20;

export const responseLabels: Record<InviteResponse, string> = {
  accepted: 'Accepted',
  declined: 'Declined',
  pending: 'No answer yet',
};

export function describeResponses(counts: ResponseCounts): string {
  return `Accepted: ${counts.accepted} · Declined: ${counts.declined} · No answer yet: ${counts.pending}`;
}

/** Renders a meeting's kind, time, place and district as one section. */
export function renderMeetingSection(meeting: MeetingSummary, timeZone: string): KnownBlock {
  const lines = [
    `*${escapeMrkdwnWithin(meeting.title, partMax)}*`,
    `${meetingKindLabels[meeting.kind]} · ${formatEventSpan(meeting.startsAt, meeting.endsAt, timeZone)}`,
    meeting.location ? `Where: ${escapeMrkdwnWithin(meeting.location, partMax)}` : undefined,
    meeting.districtName
      ? `School district: ${escapeMrkdwnWithin(meeting.districtName, partMax)}`
      : undefined,
  ];

  return { type: 'section', text: mrkdwn(lines.filter(Boolean).join('\n')) };
}

function calendarButton(calendarUrl: string | undefined) {
  return calendarUrl
    ? [
        {
          type: 'button' as const,
          action_id: actionIds.meetingCalendar,
          text: plainText('Add to calendar'),
          url: calendarUrl,
        },
      ]
    : [];
}

/** Renders Accept and Decline for the invitee, with their response highlighted. */
export function renderAnswerButtons(
  meeting: MeetingSummary,
  calendarUrl: string | undefined,
): KnownBlock {
  const button = (actionId: string, label: string, answer: InviteResponse) => ({
    type: 'button' as const,
    action_id: actionId,
    value: meeting.id,
    text: plainText(label),
    ...(meeting.myResponse === answer ? { style: 'primary' as const } : {}),
  });

  return {
    type: 'actions',
    block_id: `meeting_answer:${meeting.id}`,
    elements: [
      button(actionIds.meetingAccept, 'Accept', 'accepted'),
      button(actionIds.meetingDecline, 'Decline', 'declined'),
      ...calendarButton(calendarUrl),
    ],
  };
}

/** Renders the direct message that invites a person to a meeting. */
export function renderInvitation(invitation: {
  meeting: MeetingSummary;
  organizerName: string | null;
  timeZone: string;
  calendarUrl: string | undefined;
}): SlackMessage {
  const { meeting, timeZone } = invitation;
  const when = formatEventSpan(meeting.startsAt, meeting.endsAt, timeZone);
  const from = invitation.organizerName
    ? `${escapeMrkdwn(invitation.organizerName)} invites you to a meeting.`
    : 'You are invited to a meeting.';
  const answer = meeting.myResponse ?? 'pending';

  return {
    text: `Meeting invitation: ${escapeMrkdwn(meeting.title)}, ${when}. Your answer: ${responseLabels[answer]}.`,
    blocks: [
      { type: 'header', text: plainText(truncate(meeting.title, blockKitLimits.headerText)) },
      { type: 'section', text: mrkdwn(from) },
      renderMeetingSection(meeting, timeZone),
      { type: 'context', elements: [mrkdwn(`Your answer: *${responseLabels[answer]}*`)] },
      renderAnswerButtons(meeting, invitation.calendarUrl),
    ],
  };
}

/**
 * Renders the organizer's copy of a meeting: counts, each invitee's response, "Record outcome" and
 * the calendar link. The first NAMED_INVITEES invitees are named.
 */
export function renderOrganizerMessage(view: {
  meeting: MeetingSummary;
  invitees: Invitee[];
  timeZone: string;
  calendarUrl: string | undefined;
}): SlackMessage {
  const { meeting, invitees } = view;
  const named = invitees.slice(0, NAMED_INVITEES).map((invitee) => {
    const organization = invitee.organizationName
      ? ` (${escapeMrkdwnWithin(invitee.organizationName, 60)})`
      : '';
    return `• ${escapeMrkdwnWithin(invitee.displayName, 60)}${organization}: ${responseLabels[invitee.response]}`;
  });
  const more = invitees.length - named.length;

  if (more > 0) named.push(`…and ${more} more. Type \`/bridge meetings\` for the counts.`);

  const blocks: KnownBlock[] = [
    { type: 'header', text: plainText(truncate(meeting.title, blockKitLimits.headerText)) },
    renderMeetingSection(meeting, view.timeZone),
    { type: 'context', elements: [mrkdwn(describeResponses(meeting.counts))] },
  ];

  if (named.length > 0) {
    blocks.push({ type: 'section', text: mrkdwn(named.join('\n')) });
  }

  blocks.push({
    type: 'actions',
    block_id: `meeting_tools:${meeting.id}`,
    elements: [
      {
        type: 'button',
        action_id: actionIds.meetingRecordOutcome,
        value: meeting.id,
        text: plainText('Record outcome'),
      },
      ...calendarButton(view.calendarUrl),
    ],
  });

  return {
    text: `Your meeting ${escapeMrkdwn(meeting.title)}: ${describeResponses(meeting.counts)}`,
    blocks,
  };
}
