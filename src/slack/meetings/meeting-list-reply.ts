import { listUpcomingMeetings } from '../../domain/meetings/meeting-queries.js';
import type { Actor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import type { SlackMessage } from '../messages/help.js';
import { MEETINGS_PER_MESSAGE, renderMeetingList } from '../messages/meeting-list.js';
import { meetingCalendarUrl } from './meeting-messages.js';

/** Reads and renders one page of `/bridge meetings` for the person. */
export async function meetingListMessage(
  deps: SlackDependencies,
  actor: Actor,
  offset: number,
): Promise<SlackMessage> {
  const meetings = await listUpcomingMeetings(deps.db, {
    partnershipId: actor.partnership.id,
    personId: actor.person.id,
    seesAll: actor.person.role === 'convener',
    now: deps.now(),
    // One more than fits on a page shows whether a next page exists.
    limit: MEETINGS_PER_MESSAGE + 1,
    offset,
  });

  return renderMeetingList({
    meetings,
    timeZone: actor.partnership.timeZone,
    offset,
    calendarUrl: (meeting) => meetingCalendarUrl(deps, meeting),
  });
}
