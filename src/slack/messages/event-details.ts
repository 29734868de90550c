import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import type { Booth } from '../../domain/event-booths.js';
import type { FeedbackSummary } from '../../domain/event-feedback.js';
import { formatAverage } from '../../domain/event-feedback.js';
import { isEventDay } from '../../domain/event-organizer.js';
import { actionIds } from '../ids.js';
import { blockKitLimits } from '../limits.js';
import { escapeMrkdwnWithin, mrkdwn, plainText } from '../text.js';

/** Parts an announcement shows beside the event itself; each is optional. */
export interface AnnouncementDetails {
  booths: Booth[];
  feedback: FeedbackSummary | null;
  /** The event's .ics link, when Bridge's public address is configured. */
  calendarUrl?: string | undefined;
  /** The time the message is rendered at, which decides whether "Check in" shows. */
  now: Date;
  timeZone: string;
}

/** Booths named in an announcement; the rest are counted as "and N more". */
export const MAX_BOOTHS_LISTED = 25;

/** Characters each booth's line may take, so that 25 lines fit in one section. */
const boothLineMax = Math.floor(blockKitLimits.sectionText / (MAX_BOOTHS_LISTED + 1)) - 4;

/** Renders one booth: "program — campus" or the organization's name, escaped. */
export function describeBooth(booth: Booth): string {
  const name = booth.kind === 'program' ? `${booth.name} — ${booth.campusName}` : booth.name;

  return escapeMrkdwnWithin(name, boothLineMax);
}

/** Renders the booths as one section, capped with "and N more"; none gives no block. */
export function renderBoothSection(booths: Booth[]): KnownBlock[] {
  if (booths.length === 0) return [];

  const listed = booths.slice(0, MAX_BOOTHS_LISTED).map((booth) => `• ${describeBooth(booth)}`);
  const more = booths.length - listed.length;
  const lines = [`*Booths (${booths.length})*`, ...listed];

  if (more > 0) lines.push(`and ${more} more`);

  return [{ type: 'section', text: mrkdwn(lines.join('\n')) }];
}

/** Describes the feedback on an ended event: "Feedback: 4.5 of 5 from 2 attendees". */
export function describeFeedback(feedback: FeedbackSummary): string {
  const people = feedback.count === 1 ? 'attendee' : 'attendees';

  return `Feedback: ${formatAverage(feedback.average)} of 5 from ${feedback.count} ${people}`;
}

/**
 * Renders the organizer's tools under an announcement: "Booths", "Check in" on the event's
 * days, and "Add to calendar" when there is a link. The buttons are shown to everyone, and Bridge checks
 * the clicker's role.
 */
export function renderEventTools(
  event: { id: string; startsAt: Date; endsAt: Date },
  details: AnnouncementDetails,
): ActionsBlock {
  const button = (actionId: string, text: string): Button => ({
    type: 'button',
    action_id: actionId,
    value: event.id,
    text: plainText(text),
  });
  const elements: Button[] = [button(actionIds.eventBooths, 'Booths')];

  if (isEventDay(event, details.now, details.timeZone)) {
    elements.push(button(actionIds.eventCheckIn, 'Check in'));
  }

  if (details.calendarUrl) {
    elements.push({
      ...button(actionIds.eventCalendar, 'Add to calendar'),
      url: details.calendarUrl,
    });
  }

  return { type: 'actions', block_id: `event_tools:${event.id}`, elements };
}
