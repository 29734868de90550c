import type { WebClient } from '@slack/web-api';
import {
  getMeeting,
  getPersonName,
  listInvitees,
  type MeetingSummary,
} from '../../domain/meetings/meeting-queries.js';
import { setInvitationMessage, setMeetingMessage } from '../../domain/meetings/meetings.js';
import type { Partnership } from '../../domain/partnerships.js';
import { meetingCalendarPath } from '../../http/meeting-calendar.js';
import type { SlackDependencies } from '../dependencies.js';
import { renderInvitation, renderOrganizerMessage } from '../messages/meetings.js';

/** Returns the link to a meeting's calendar file, or undefined when Bridge's address is unknown. */
export function meetingCalendarUrl(
  deps: SlackDependencies,
  meeting: { id: string; calendarToken: string },
): string | undefined {
  return deps.publicUrl ? `${deps.publicUrl}${meetingCalendarPath(meeting)}` : undefined;
}

async function organizerMessage(
  deps: SlackDependencies,
  partnership: Partnership,
  meeting: MeetingSummary,
) {
  return renderOrganizerMessage({
    meeting,
    invitees: await listInvitees(deps.db, meeting.id),
    timeZone: partnership.timeZone,
    calendarUrl: meetingCalendarUrl(deps, meeting),
  });
}

/**
 * Sends the organizer their copy of a new meeting and each invitee with a Slack id a direct
 * message with Accept and Decline, storing where each went. An invitation that fails is
 * logged and the others still go out.
 */
export async function sendMeetingMessages(
  deps: SlackDependencies,
  client: WebClient,
  input: { partnership: Partnership; meetingId: string; organizerSlackId: string },
): Promise<{ invited: number; unreachable: number }> {
  const { partnership, meetingId } = input;
  const meeting = await getMeeting(deps.db, { partnershipId: partnership.id, meetingId });

  if (!meeting) return { invited: 0, unreachable: 0 };

  const posted = await client.chat.postMessage({
    channel: input.organizerSlackId,
    ...(await organizerMessage(deps, partnership, meeting)),
  });

  if (posted.channel && posted.ts) {
    await setMeetingMessage(deps.db, {
      meetingId,
      channelId: posted.channel,
      messageTs: posted.ts,
    });
  }

  const organizer = meeting.createdBy ? await getPersonName(deps.db, meeting.createdBy) : undefined;
  const invitees = await listInvitees(deps.db, meetingId);
  let invited = 0;

  for (const invitee of invitees) {
    if (!invitee.slackUserId || invitee.messageTs) continue;

    try {
      const sent = await client.chat.postMessage({
        channel: invitee.slackUserId,
        ...renderInvitation({
          meeting: { ...meeting, myResponse: invitee.response },
          organizerName: organizer?.displayName ?? null,
          timeZone: partnership.timeZone,
          calendarUrl: meetingCalendarUrl(deps, meeting),
        }),
      });

      if (sent.channel && sent.ts) {
        await setInvitationMessage(deps.db, {
          inviteeId: invitee.id,
          channelId: sent.channel,
          messageTs: sent.ts,
        });
      }

      invited += 1;
    } catch (error) {
      deps.logger.error(
        { err: error, meetingId, personId: invitee.personId },
        'Sending a meeting invitation failed',
      );
    }
  }

  return { invited, unreachable: invitees.length - invited };
}

/** Updates the organizer's copy of a meeting with the latest responses, if it was sent. */
export async function refreshOrganizerMessage(
  deps: SlackDependencies,
  client: WebClient,
  input: { partnership: Partnership; meetingId: string },
): Promise<void> {
  const meeting = await getMeeting(deps.db, {
    partnershipId: input.partnership.id,
    meetingId: input.meetingId,
  });

  if (!meeting?.channelId || !meeting.messageTs) return;

  await client.chat.update({
    channel: meeting.channelId,
    ts: meeting.messageTs,
    ...(await organizerMessage(deps, input.partnership, meeting)),
  });
}

/** Updates an invitee's direct message to show their response, if it was sent. */
export async function refreshInvitation(
  deps: SlackDependencies,
  client: WebClient,
  input: { partnership: Partnership; meetingId: string; personId: string },
): Promise<void> {
  const meeting = await getMeeting(deps.db, {
    partnershipId: input.partnership.id,
    meetingId: input.meetingId,
    personId: input.personId,
  });
  const invitation = (await listInvitees(deps.db, input.meetingId)).find(
    (invitee) => invitee.personId === input.personId,
  );

  if (!meeting || !invitation?.channelId || !invitation.messageTs) return;

  const organizer = meeting.createdBy ? await getPersonName(deps.db, meeting.createdBy) : undefined;

  await client.chat.update({
    channel: invitation.channelId,
    ts: invitation.messageTs,
    ...renderInvitation({
      meeting,
      organizerName: organizer?.displayName ?? null,
      timeZone: input.partnership.timeZone,
      calendarUrl: meetingCalendarUrl(deps, meeting),
    }),
  });
}
