import type { KnownBlock } from '@slack/types';
import type { MeetingSummary } from '../../domain/meetings/meeting-queries.js';
import { formatEventSpan } from '../../domain/time.js';
import { escapeMrkdwn, mrkdwn, plainText } from '../text.js';
import type { SlackMessage } from './help.js';
import {
  describeResponses,
  renderAnswerButtons,
  renderMeetingSection,
  responseLabels,
} from './meetings.js';
import { renderPageControls } from './page-buttons.js';

/**
 * Meetings shown in one message. Each takes up to four blocks, so ten of them, the header and
 * the page controls make 43 of the 50 blocks allowed.
 */
export const MEETINGS_PER_MESSAGE = 10;

/** Block id of the Previous and Next buttons under `/bridge meetings`. */
export const MEETING_PAGE_BLOCK = 'meetings_page';

/**
 * Renders upcoming meetings with response counts and, where the reader is invited, their
 * response and the Accept and Decline buttons. `meetings` may hold one more than fits.
 */
export function renderMeetingList(list: {
  meetings: MeetingSummary[];
  timeZone: string;
  offset: number;
  calendarUrl: (meeting: MeetingSummary) => string | undefined;
}): SlackMessage {
  const shown = list.meetings.slice(0, MEETINGS_PER_MESSAGE);

  if (shown.length === 0) {
    const text =
      list.offset > 0
        ? 'No more upcoming meetings. Type `/bridge meetings` to start again.'
        : 'No upcoming meetings of yours. Create one with `/bridge meeting new`.';

    return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
  }

  const blocks: KnownBlock[] = [{ type: 'header', text: plainText('Upcoming meetings') }];

  for (const meeting of shown) {
    const mine = meeting.myResponse
      ? ` · Your answer: *${responseLabels[meeting.myResponse]}*`
      : '';

    blocks.push(renderMeetingSection(meeting, list.timeZone), {
      type: 'context',
      elements: [mrkdwn(`${describeResponses(meeting.counts)}${mine}`)],
    });

    if (meeting.myResponse) blocks.push(renderAnswerButtons(meeting, list.calendarUrl(meeting)));

    blocks.push({ type: 'divider' });
  }

  blocks.push(
    ...renderPageControls(
      MEETING_PAGE_BLOCK,
      {
        offset: list.offset,
        pageSize: MEETINGS_PER_MESSAGE,
        shown: shown.length,
        hasMore: list.meetings.length > shown.length,
      },
      (next) => JSON.stringify({ offset: next }),
    ),
  );

  const lines = shown.map(
    (meeting) =>
      `• ${escapeMrkdwn(meeting.title)}, ${formatEventSpan(meeting.startsAt, meeting.endsAt, list.timeZone)} (${describeResponses(meeting.counts)})`,
  );

  return { text: `Upcoming meetings:\n${lines.join('\n')}`, blocks };
}
