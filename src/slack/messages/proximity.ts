import type { KnownBlock } from '@slack/types';
import type { MatchKind } from '../../domain/cards/match.js';
import { MAX_SHARING_MILES } from '../../domain/insights/distance.js';
import type { NearbyCampus } from '../../domain/insights/nearby.js';
import type { RegionProgram } from '../../domain/insights/region.js';
import type { ShareCandidate } from '../../domain/insights/share.js';
import { blockKitLimits, truncate } from '../limits.js';
import { escapeMrkdwnWithin, plainText } from '../text.js';
import { commandSpan, context, findCommand, nameMax, section } from './cards.js';
import type { SlackMessage } from './help.js';

/**
 * How much of each list a reply shows. A nearby reply takes at most 24 blocks (header, match
 * note, summary, 20 campuses, notes) and a share reply at most 8, under the 50 of a message.
 * Names are cut to nameMax characters, so a campus section with 8 programs a side and a section
 * of 12 share lines each stay under the 3,000 characters of a section.
 */
export const proximityLimits = {
  nearbyCampuses: 20,
  programsPerSide: 8,
  shareCandidates: 40,
  shareLinesPerSection: 12,
  providersListed: 10,
  choices: 10,
} as const;

export function renderNearby(input: {
  campusName: string;
  kind: MatchKind;
  typed: string;
  miles: number;
  nearby: NearbyCampus[];
  withoutCoordinates: number;
}): SlackMessage {
  const campus = escapeMrkdwnWithin(input.campusName, nameMax);
  const shown = input.nearby.slice(0, proximityLimits.nearbyCampuses);
  const count = countOf(input.nearby.length, 'campus', 'campuses');
  const summary = `${count} within ${formatMiles(input.miles)} of ${campus}, nearest first.`;
  const blocks: KnownBlock[] = [
    header(`Campuses near ${input.campusName}`),
    ...closestMatchNote(input.kind, input.typed),
    section(summary),
  ];

  for (const nearby of shown) {
    const lines = [
      `*${escapeMrkdwnWithin(nearby.name, nameMax)}* · ${formatMiles(nearby.miles)}`,
      `Runs and ${campus} lacks: ${programList(nearby.theyOffer)}`,
      `${campus} runs and it lacks: ${programList(nearby.weOffer)}`,
    ];
    blocks.push(section(lines.join('\n')));
  }

  const notes: string[] = [];
  const hidden = input.nearby.length - shown.length;

  if (hidden > 0) {
    notes.push(
      `Showing the nearest ${shown.length} of ${input.nearby.length}. Type a smaller distance to see fewer.`,
    );
  }
  if (input.nearby.length === 0) {
    notes.push(
      `Type a larger distance, up to ${MAX_SHARING_MILES} miles, such as ${nearbyExample(input)}.`,
    );
  }
  notes.push(...withoutCoordinatesNote(input.withoutCoordinates));

  if (notes.length > 0) blocks.push(context(notes.join(' ')));

  return { text: summary, blocks };
}

export function renderShare(input: {
  programName: string;
  kind: MatchKind;
  typed: string;
  miles: number;
  providers: Array<{ name: string }>;
  candidates: ShareCandidate[];
  withoutCoordinates: number;
}): SlackMessage {
  const program = escapeMrkdwnWithin(input.programName, nameMax);
  const shown = input.candidates.slice(0, proximityLimits.shareCandidates);
  const count = countOf(input.candidates.length, 'campus', 'campuses');
  const summary = `${count} without ${program} within ${formatMiles(input.miles)} of a campus that runs it.`;
  const blocks: KnownBlock[] = [
    header(`Sharing ${input.programName}`),
    ...closestMatchNote(input.kind, input.typed),
    section(`${providerLine(input.providers)}\n${summary}`),
  ];

  for (let start = 0; start < shown.length; start += proximityLimits.shareLinesPerSection) {
    const lines = shown
      .slice(start, start + proximityLimits.shareLinesPerSection)
      .map(
        (candidate) =>
          `• *${escapeMrkdwnWithin(candidate.name, nameMax)}* · ${formatMiles(candidate.miles)} from ${escapeMrkdwnWithin(candidate.nearestProvider.name, nameMax)}`,
      );
    blocks.push(section(lines.join('\n')));
  }

  const notes: string[] = [];
  const hidden = input.candidates.length - shown.length;

  if (hidden > 0) {
    notes.push(
      `Showing the nearest ${shown.length} of ${input.candidates.length}. Type a smaller distance to see fewer.`,
    );
  }
  notes.push(...withoutCoordinatesNote(input.withoutCoordinates));

  if (notes.length > 0) blocks.push(context(notes.join(' ')));

  return { text: summary, blocks };
}

/** Lists the names a typed name matched equally well, with the command that picks each. */
export function renderProximityChoices(input: {
  command: 'nearby' | 'share';
  typed: string;
  names: string[];
  kind: MatchKind;
  miles?: number | undefined;
}): SlackMessage {
  const noun = input.command === 'nearby' ? 'campus' : 'program';
  const typed = escapeMrkdwnWithin(input.typed, nameMax);
  const shown = input.names.slice(0, proximityLimits.choices);
  const intro =
    input.kind === 'similar'
      ? `No ${noun} is named “${typed}”. These names are close; type one of these:`
      : `${input.names.length} ${noun === 'campus' ? 'campuses' : 'programs'} match “${typed}”; type one of these:`;
  const distance = input.miles === undefined ? '' : ` ${input.miles}`;
  const lines = shown.map(
    (name) => `• ${commandSpan(`${input.command} ${truncate(name, nameMax)}${distance}`)}`,
  );
  const blocks: KnownBlock[] = [section(`${intro}\n${lines.join('\n')}`)];
  const hidden = input.names.length - shown.length;

  if (hidden > 0) {
    blocks.push(context(`${hidden} more match. Type more of the name to narrow the list.`));
  }

  return { text: `${input.names.length} ${noun} names match “${typed}”.`, blocks };
}

export function renderProximityNoMatch(command: 'nearby' | 'share', typed: string): SlackMessage {
  const noun = command === 'nearby' ? 'campus' : 'program';
  const text = `No ${noun} matches “${escapeMrkdwnWithin(typed, nameMax)}”. Check the spelling, or search the whole directory with ${findCommand(typed)}.`;

  return { text, blocks: [section(text)] };
}

export function renderNoCoordinates(campusName: string): SlackMessage {
  const campus = escapeMrkdwnWithin(campusName, nameMax);
  const text = `${campus} has no coordinates in the directory, so its distance to other campuses is unknown. Add its ZIP code or coordinates through the directory import, then try again.`;

  return { text, blocks: [section(text)] };
}

/** Formats a distance in miles with one decimal, such as "12.4 mi". */
export function formatMiles(miles: number): string {
  return `${miles.toFixed(1)} mi`;
}

function header(text: string): KnownBlock {
  return { type: 'header', text: plainText(truncate(text, blockKitLimits.headerText)) };
}

function closestMatchNote(kind: MatchKind, typed: string): KnownBlock[] {
  if (kind !== 'similar') return [];

  return [context(`Closest match for “${escapeMrkdwnWithin(typed, nameMax)}”.`)];
}

function programList(programs: RegionProgram[]): string {
  if (programs.length === 0) return 'none';

  const shown = programs.slice(0, proximityLimits.programsPerSide);
  const names = shown.map((program) => escapeMrkdwnWithin(program.name, nameMax)).join(', ');
  const hidden = programs.length - shown.length;

  return hidden > 0 ? `${names} and ${hidden} more` : names;
}

function providerLine(providers: Array<{ name: string }>): string {
  const shown = providers.slice(0, proximityLimits.providersListed);
  const names = shown.map((provider) => escapeMrkdwnWithin(provider.name, nameMax)).join(', ');
  const hidden = providers.length - shown.length;
  const more = hidden > 0 ? ` and ${hidden} more` : '';

  return `Run at ${countOf(providers.length, 'campus', 'campuses')}: ${names}${more}.`;
}

function withoutCoordinatesNote(count: number): string[] {
  if (count === 0) return [];

  return [`${countOf(count, 'campus', 'campuses')} without coordinates left out.`];
}

function nearbyExample(input: { campusName: string; miles: number }): string {
  const larger = Math.min(MAX_SHARING_MILES, Math.max(50, input.miles * 2));

  return commandSpan(`nearby ${truncate(input.campusName, nameMax)} ${larger}`);
}

function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
