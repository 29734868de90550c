import type { KnownBlock } from '@slack/types';
import type { EventSummary } from '../../domain/events.js';
import { eventKindLabels, rsvpStatusLabels } from '../../domain/labels.js';
import { formatEventSpan } from '../../domain/time.js';
import { actionIds } from '../ids.js';
import { blockKitLimits, truncate } from '../limits.js';
import { escapeMrkdwn, escapeMrkdwnWithin, mrkdwn, plainText } from '../text.js';
import type { AnnouncementDetails } from './event-details.js';
import { describeFeedback, renderBoothSection, renderEventTools } from './event-details.js';
import type { SlackMessage } from './help.js';
import { renderPageControls } from './page-buttons.js';

/**
 * Events shown in one message. Each takes up to five blocks, so nine of them, the header and
 * the closing note make 47 of the 50 blocks allowed.
 */
export const EVENTS_PER_MESSAGE = 9;

/** Block id of the Previous and Next buttons under the list of events. */
export const EVENT_PAGE_BLOCK = 'events_page';

/** Characters the title and the venue may each take of an event's first section. */
const headPartMax = Math.floor(blockKitLimits.sectionText / 3);

/** Describes the RSVP counts; the waitlist shows only while someone is on it. */
export function describeCounts(event: EventSummary): string {
  const { going, maybe, notGoing, waitlisted } = event.counts;
  const capacity = event.capacity ? ` of ${event.capacity}` : '';
  const waitlist = waitlisted > 0 ? ` · Waitlist: ${waitlisted}` : '';

  return `Going: ${going}${capacity} · Maybe: ${maybe} · Can't go: ${notGoing}${waitlist}`;
}

/** Renders the Going / Maybe / Can't go buttons, with the reader's RSVP highlighted. */
export function renderRsvpButtons(event: EventSummary): KnownBlock {
  const button = (actionId: string, status: keyof typeof rsvpStatusLabels) => ({
    type: 'button' as const,
    action_id: actionId,
    value: event.id,
    text: plainText(rsvpStatusLabels[status]),
    ...(event.myRsvp === status ? { style: 'primary' as const } : {}),
  });

  return {
    type: 'actions',
    block_id: `rsvp:${event.id}`,
    elements: [
      button(actionIds.rsvpGoing, 'going'),
      button(actionIds.rsvpMaybe, 'maybe'),
      button(actionIds.rsvpNotGoing, 'not_going'),
    ],
  };
}

/**
 * Renders an event's title, time and venue as one section, and its description, which may
 * fill a section by itself, as a second one.
 */
export function renderEventSections(event: EventSummary, timeZone: string): KnownBlock[] {
  const lines = [
    `*${escapeMrkdwnWithin(event.title, headPartMax)}*`,
    `${eventKindLabels[event.kind]} · ${formatEventSpan(event.startsAt, event.endsAt, timeZone)}`,
    event.venue ? `Venue: ${escapeMrkdwnWithin(event.venue, headPartMax)}` : undefined,
  ].filter(Boolean);
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(lines.join('\n')) }];

  if (event.description) {
    const description = escapeMrkdwnWithin(event.description, blockKitLimits.sectionText);
    blocks.push({ type: 'section', text: mrkdwn(description) });
  }

  return blocks;
}

/**
 * Renders the channel announcement of an event with live counts and RSVP buttons. With
 * `details`, it also lists the booths, the feedback once the event has ended, and the
 * organizer's tools.
 */
export function renderEventAnnouncement(
  event: EventSummary,
  timeZone: string,
  details?: AnnouncementDetails,
): SlackMessage {
  const when = formatEventSpan(event.startsAt, event.endsAt, timeZone);
  const ended = details ? event.endsAt <= details.now : false;
  const feedback = ended && details?.feedback ? describeFeedback(details.feedback) : undefined;
  const blocks: KnownBlock[] = [
    { type: 'header', text: plainText(truncate(event.title, blockKitLimits.headerText)) },
    ...renderEventSections({ ...event, title: 'You are invited' }, timeZone),
    ...renderBoothSection(details?.booths ?? []),
    { type: 'context', elements: [mrkdwn(describeCounts(event))] },
    ...(feedback ? [{ type: 'context' as const, elements: [mrkdwn(feedback)] }] : []),
    renderRsvpButtons({ ...event, myRsvp: null }),
    ...(details ? [renderEventTools(event, details)] : []),
  ];
  const summary = [describeCounts(event), feedback].filter(Boolean).join('. ');

  return { text: `${escapeMrkdwn(event.title)}: ${when}. ${summary}`, blocks };
}

/** Renders upcoming events with the reader's own RSVP. `events` may hold one more than fits. */
export function renderEventList(list: {
  events: EventSummary[];
  timeZone: string;
  /** Events before this page; 0 for the first page. */
  offset?: number;
}): SlackMessage {
  const offset = list.offset ?? 0;
  const shown = list.events.slice(0, EVENTS_PER_MESSAGE);

  if (shown.length === 0 && offset > 0) {
    const text = 'No more upcoming events. Type `/bridge events` to start again.';

    return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
  }

  if (shown.length === 0) {
    const text = 'No upcoming events. Create one with `/bridge event new`.';

    return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
  }

  const blocks: KnownBlock[] = [{ type: 'header', text: plainText('Upcoming events') }];

  for (const event of shown) {
    const mine = event.myRsvp
      ? `Your RSVP: *${rsvpStatusLabels[event.myRsvp]}*`
      : 'You have not answered yet';

    blocks.push(
      ...renderEventSections(event, list.timeZone),
      { type: 'context', elements: [mrkdwn(`${describeCounts(event)} · ${mine}`)] },
      renderRsvpButtons(event),
      { type: 'divider' },
    );
  }

  blocks.push(
    ...renderPageControls(
      EVENT_PAGE_BLOCK,
      {
        offset,
        pageSize: EVENTS_PER_MESSAGE,
        shown: shown.length,
        hasMore: list.events.length > shown.length,
      },
      (next) => JSON.stringify({ offset: next }),
    ),
  );

  const lines = shown.map((event) => {
    const answer = event.myRsvp ? rsvpStatusLabels[event.myRsvp] : 'no answer';
    return `• ${escapeMrkdwn(event.title)}, ${formatEventSpan(event.startsAt, event.endsAt, list.timeZone)} (your RSVP: ${answer})`;
  });

  return { text: `Upcoming events:\n${lines.join('\n')}`, blocks };
}
