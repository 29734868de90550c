import { DateTime } from 'luxon';
import type { EventKind, OpportunityType, WblType } from '../../db/schema/index.js';
import { organizationKindLabels } from '../../domain/access.js';
import { stakeholderGroupLabels } from '../../domain/committee.js';
import type {
  DigestFigures,
  DueActionItem,
  EmployerFollowUp,
  HeldMeeting,
  Listed,
  NewThisWeek,
  UpcomingEvent,
} from '../../domain/digest/types.js';
import { eventKindLabels, opportunityTypeLabels } from '../../domain/labels.js';
import { formatDate, formatEventSpan } from '../../domain/time.js';
import { SLASH_COMMAND } from '../ids.js';
import { escapeMrkdwn } from '../text.js';

/** Renders a list's lines, then a line that states how many were left out and where to see them. */
export function listLines<Entry>(
  listed: Listed<Entry>,
  describe: (entry: Entry) => string,
  options: { none: string; more: string },
): string[] {
  if (listed.total === 0) return [options.none];

  const lines = listed.entries.map(describe);
  const left = listed.total - listed.entries.length;

  if (left > 0) lines.push(`…and ${left} more: ${options.more}`);

  return lines;
}

/** Names a command for the "and N more" lines, such as "`/bridge events`". */
export function command(words: string): string {
  return `\`${SLASH_COMMAND} ${words}\``;
}

export function describeEvent(event: UpcomingEvent, timeZone: string): string {
  const label = eventKindLabels[event.kind as EventKind] ?? event.kind;
  const counts = [
    `${event.going} going`,
    `${event.maybe} maybe`,
    `${event.waitlisted} waitlisted`,
    `${event.booths} ${event.booths === 1 ? 'booth' : 'booths'}`,
  ];
  const capacity = event.capacity === null ? '' : `; capacity ${event.capacity}`;

  return `• *${escapeMrkdwn(event.title)}* (${label}), ${formatEventSpan(event.startsAt, event.endsAt, timeZone)}: ${counts.join(', ')}${capacity}`;
}

export function describeMeeting(meeting: HeldMeeting, timeZone: string): string {
  const day = DateTime.fromJSDate(meeting.startsAt, { zone: timeZone }).toFormat('ccc, LLL d');
  const heading = `• *${escapeMrkdwn(meeting.title)}* (${day})`;

  if (meeting.summary === null) return `${heading}: no outcome recorded yet`;

  const decisions = meeting.decisions ? ` Decisions: ${escapeMrkdwn(meeting.decisions)}` : '';

  return `${heading}: ${escapeMrkdwn(meeting.summary)}${decisions}`;
}

export function describeActionItem(item: DueActionItem): string {
  const due = item.overdue
    ? `:warning: overdue since ${formatDate(item.dueOn)}`
    : `due ${formatDate(item.dueOn)}`;

  return `• ${escapeMrkdwn(item.description)}: ${escapeMrkdwn(item.owner.name)}, ${due}`;
}

export function describeFollowUp(employer: EmployerFollowUp): string {
  const owner = employer.owner ? `, owner ${escapeMrkdwn(employer.owner.name)}` : ', no owner';
  const date = employer.nextFollowUpOn
    ? ` (follow-up was due ${formatDate(employer.nextFollowUpOn)})`
    : '';

  return `• ${escapeMrkdwn(employer.name)}${date}${owner}`;
}

/** Renders what was added this week, one group of lines per kind of record. */
export function newThisWeekLines(added: NewThisWeek): string[] {
  const groups = [
    listLines(
      added.organizations,
      (organization) =>
        `• Partner: ${escapeMrkdwn(organization.name)} (${organizationKindLabels[organization.kind].one})`,
      { none: '', more: command('find <name>') },
    ),
    listLines(
      added.opportunities,
      (opportunity) =>
        `• Opportunity: ${escapeMrkdwn(opportunity.title)} at ${escapeMrkdwn(opportunity.employerName)} (${opportunityTypeLabels[opportunity.type as OpportunityType] ?? opportunity.type}, ${opportunity.slots} ${opportunity.slots === 1 ? 'slot' : 'slots'})`,
      { none: '', more: command('opportunities') },
    ),
    listLines(
      added.programs,
      (program) =>
        `• Program: ${escapeMrkdwn(program.name)} at ${escapeMrkdwn(program.campusName)}`,
      { none: '', more: command('find <program>') },
    ),
    listLines(
      added.committeeSeats,
      (seat) =>
        `• Committee seat: ${escapeMrkdwn(seat.personName)} for ${stakeholderGroupLabels[seat.group]}`,
      { none: '', more: command('committee') },
    ),
  ].flat();
  const lines = groups.filter((line) => line !== '');

  return lines.length > 0 ? lines : ['Nothing new this week.'];
}

/** Formats a figure and its change since last week, such as "12 (+3)". */
export function compare(now: number, before: number | undefined): string {
  if (before === undefined) return `${now}`;

  const change = now - before;
  let sign = '±';

  if (change > 0) sign = '+';
  if (change < 0) sign = '−';

  return `${now} (${sign}${Math.abs(change)})`;
}

export function wblLabel(type: WblType): string {
  return opportunityTypeLabels[type];
}

/** Renders the key figures, each with its change since last week when that week stored one. */
export function figureLines(figures: DigestFigures, previous: DigestFigures | null): string[] {
  const before = previous ?? undefined;
  const lines = [
    `• Employers engaged: ${compare(figures.employersEngaged, before?.employersEngaged)}`,
    `• Open opportunities: ${compare(figures.openOpportunities, before?.openOpportunities)}`,
    `• Open slots: ${compare(figures.openSlots, before?.openSlots)}`,
    `• Upcoming events: ${compare(figures.upcomingEvents, before?.upcomingEvents)}`,
    `• Programs: ${compare(figures.programs, before?.programs)}`,
  ];

  for (const [type, coverage] of Object.entries(figures.wbl) as Array<
    [WblType, DigestFigures['wbl'][WblType]]
  >) {
    const earlier = before?.wbl?.[type];

    lines.push(
      `• ${wblLabel(type)}, programs offering: ${compare(coverage.offering, earlier?.offering)}, lacking: ${compare(coverage.lacking, earlier?.lacking)}`,
    );
  }

  lines.push(
    previous
      ? '_Changes in brackets are since last week’s digest._'
      : '_Last week’s digest stored no figures, so there is nothing to compare._',
  );

  return lines;
}
