import type { WebClient } from '@slack/web-api';
import { DateTime } from 'luxon';
import { listOrganizationChoices } from '../../domain/directory-records/organization-choices.js';
import {
  getMeeting,
  listInvitees,
  listRecentMeetings,
} from '../../domain/meetings/meeting-queries.js';
import { mayCreateMeeting } from '../../domain/meetings/meetings.js';
import { getOutcome, mayRecordOutcome } from '../../domain/meetings/outcomes.js';
import type { SlackIdentity } from '../actor.js';
import { resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { blockKitLimits } from '../limits.js';
import type { ModalRequest } from '../open-modals.js';
import { openModalThenFill } from '../open-modals.js';
import { renderNoticeModal } from '../views/directory-modals/notice-modal.js';
import { renderMeetingModal } from '../views/meeting-modal.js';
import type { OutcomeModal } from '../views/outcome-modal.js';
import { renderOutcomeModal } from '../views/outcome-modal.js';

/**
 * Opens the new meeting form, or a notice with the reason when the person's role may not create
 * meetings.
 */
export async function openMeetingModal(
  deps: SlackDependencies,
  client: WebClient,
  request: ModalRequest,
): Promise<void> {
  await openModalThenFill(client, 'New meeting', request.triggerId, async () => {
    const { partnership, person } = await resolveActor(deps, client, request.identity);
    const access = mayCreateMeeting(person.role);

    if (!access.allowed) return renderNoticeModal('New meeting', access.reason);

    const districts = await listOrganizationChoices(deps.db, {
      partnershipId: partnership.id,
      kinds: ['school_district'],
      limit: blockKitLimits.optionsPerSelect,
    });

    return renderMeetingModal({
      metadata: { timeZone: partnership.timeZone, channelId: request.channelId },
      districts: { choices: districts.choices, total: districts.total },
    });
  });
}

export interface OutcomeRequest {
  triggerId: string;
  identity: SlackIdentity;
  channelId?: string | undefined;
  /** The meeting to record; without it the form lists recent meetings to choose from. */
  meetingId?: string | undefined;
  summaryStart?: string | undefined;
  sourceMessage?: string | undefined;
}

/** Meetings offered by `/bridge meeting log` and the message shortcut, latest first. */
const RECENT_MEETINGS = 25;

/**
 * Opens the meeting outcome form, filled in with the outcome already recorded, or a notice
 * with the reason when the person's role may not record outcomes.
 */
export async function openOutcomeModal(
  deps: SlackDependencies,
  client: WebClient,
  request: OutcomeRequest,
): Promise<void> {
  await openModalThenFill(client, 'Meeting outcome', request.triggerId, async () => {
    const { partnership, person } = await resolveActor(deps, client, request.identity);
    const access = mayRecordOutcome(person.role);

    if (!access.allowed) return renderNoticeModal('Meeting outcome', access.reason);

    const metadata = {
      timeZone: partnership.timeZone,
      channelId: request.channelId,
      meetingId: request.meetingId,
      sourceMessage: request.sourceMessage,
    };
    const base = { metadata, summaryStart: request.summaryStart };

    if (!request.meetingId) {
      const recent = await listRecentMeetings(deps.db, {
        partnershipId: partnership.id,
        personId: person.id,
        seesAll: person.role === 'convener',
        now: deps.now(),
        limit: RECENT_MEETINGS,
      });

      if (recent.length === 0) {
        return renderNoticeModal(
          'Meeting outcome',
          'You have no meetings that have started yet. Create one with `/bridge meeting new`; its outcome can be recorded once it starts.',
        );
      }

      const choices = recent.map((meeting) => ({
        id: meeting.id,
        label: `${formatStart(meeting.startsAt, partnership.timeZone)}: ${meeting.title}`,
      }));

      return renderOutcomeModal({ ...base, meeting: { choices } });
    }

    const query = { partnershipId: partnership.id, meetingId: request.meetingId };
    const meeting = await getMeeting(deps.db, query);

    if (!meeting) {
      return renderNoticeModal('Meeting outcome', 'That meeting no longer exists.');
    }

    const invitees = await listInvitees(deps.db, meeting.id);
    const modal: OutcomeModal = {
      ...base,
      meeting: { title: meeting.title },
      invitees: invitees.map((invitee) => ({ id: invitee.personId, name: invitee.displayName })),
      existing: await getOutcome(deps.db, query),
    };

    return renderOutcomeModal(modal);
  });
}

/** Formats a meeting's start for a select option, such as "Mar 16, 9:00 AM". */
function formatStart(startsAt: Date, timeZone: string): string {
  return DateTime.fromJSDate(startsAt, { zone: timeZone }).toFormat('LLL d, h:mm a');
}
