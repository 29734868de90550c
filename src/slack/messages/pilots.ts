import type { KnownBlock } from '@slack/types';
import { opportunityTypeLabels } from '../../domain/labels.js';
import type { PilotCounts, PilotSummary } from '../../domain/pilots.js';
import { pilotTypes } from '../../domain/pilots.js';
import { blockKitLimits, truncate } from '../limits.js';
import { escapeMrkdwnWithin, mrkdwn, plainText } from '../text.js';
import type { SlackMessage } from './help.js';
import { renderPageControls } from './page-buttons.js';

/** Pilots per page of `/bridge pilots`: one block each, within 50 a message. */
export const PILOTS_PER_MESSAGE = 20;

/** Block id of the Previous and Next buttons under `/bridge pilots`. */
export const PILOT_PAGE_BLOCK = 'pilots_page';

const statusLabels = { open: 'Open', filled: 'Filled', closed: 'Closed' } as const;

function plural(count: number, one: string): string {
  return `${count} ${count === 1 ? one : `${one}s`}`;
}

/** "3 pilot programs: 2 internships, 1 apprenticeship, 0 mentorships" */
export function describePilotCounts(counts: PilotCounts): string {
  const byType = pilotTypes.map((type) =>
    plural(counts.byType[type], opportunityTypeLabels[type].toLowerCase()),
  );

  return `${plural(counts.total, 'pilot program')}: ${byType.join(', ')}`;
}

function pilotLine(pilot: PilotSummary): string {
  const title = `*${escapeMrkdwnWithin(pilot.title, 150)}*`;
  const employer = escapeMrkdwnWithin(pilot.employerName, 150);
  const facts = [
    opportunityTypeLabels[pilot.type],
    employer,
    plural(pilot.slots, 'slot'),
    statusLabels[pilot.status],
  ];

  return `${title}\n${facts.join(' · ')}`;
}

/** Renders the counts of pilot programs by type and one page of them; `pilots` may hold one more. */
export function renderPilotList(list: {
  counts: PilotCounts;
  pilots: PilotSummary[];
  offset: number;
}): SlackMessage {
  const summary = describePilotCounts(list.counts);
  const shown = list.pilots.slice(0, PILOTS_PER_MESSAGE);

  if (shown.length === 0) {
    const text =
      list.offset === 0
        ? 'No pilot programs yet. Tick *Pilot program* when registering an internship, apprenticeship or mentorship with `/bridge opportunity new`.'
        : 'No more pilot programs. Type `/bridge pilots` to start again.';

    return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
  }

  const blocks: KnownBlock[] = [
    { type: 'header', text: plainText('Pilot programs') },
    { type: 'section', text: mrkdwn(summary) },
  ];

  for (const pilot of shown) {
    blocks.push({
      type: 'section',
      text: mrkdwn(truncate(pilotLine(pilot), blockKitLimits.sectionText)),
    });
  }

  blocks.push(
    ...renderPageControls(
      PILOT_PAGE_BLOCK,
      {
        offset: list.offset,
        pageSize: PILOTS_PER_MESSAGE,
        shown: shown.length,
        hasMore: list.pilots.length > shown.length,
      },
      (offset) => JSON.stringify({ offset }),
    ),
  );

  const lines = shown.map((pilot) => `• ${pilot.title} (${opportunityTypeLabels[pilot.type]})`);

  return { text: `Pilot programs, ${summary}:\n${lines.join('\n')}`, blocks };
}
