import type { KnownBlock } from '@slack/types';
import type { DemandOccupation } from '../../domain/insights/demand.js';
import { truncate } from '../limits.js';
import { escapeMrkdwnWithin, mrkdwn } from '../text.js';
import type { SlackMessage } from './help.js';
import { renderPageControls } from './page-buttons.js';

export const DEMAND_PAGE_BLOCK = 'demand_page';

export const DEMAND_OCCUPATIONS_PER_PAGE = 10;

/** Programs and employers named under one occupation before "and N more". */
const NAMES_PER_LINE = 6;

export interface DemandPage {
  careerCluster: string | undefined;
  occupations: DemandOccupation[];
  offset: number;
  pageValue: (offset: number) => string;
}

/** Renders one page of `/bridge demand`: occupations ranked by openings, then growth. */
export function renderDemandPage(page: DemandPage): SlackMessage {
  const { occupations, offset } = page;
  const scope = page.careerCluster
    ? `in ${escapeMrkdwnWithin(page.careerCluster, 100)}`
    : 'in the region';
  const shown = occupations.slice(offset, offset + DEMAND_OCCUPATIONS_PER_PAGE);
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwn(
        `*Occupations ${scope} by annual openings, then growth* (${occupations.length} occupations)`,
      ),
    },
  ];

  if (occupations.length === 0) {
    blocks.push({
      type: 'section',
      text: mrkdwn(
        `No labor-market figures are imported ${scope} yet. The convener imports them with the directory import.`,
      ),
    });
  }

  shown.forEach((occupation, index) => {
    blocks.push({
      type: 'section',
      text: mrkdwn(truncate(occupationText(occupation, offset + index + 1), 3000)),
    });
  });

  blocks.push(
    ...renderPageControls(
      DEMAND_PAGE_BLOCK,
      {
        offset,
        pageSize: DEMAND_OCCUPATIONS_PER_PAGE,
        shown: shown.length,
        hasMore: offset + shown.length < occupations.length,
      },
      page.pageValue,
    ),
  );

  return {
    text: `Occupations ${page.careerCluster ? `in ${page.careerCluster}` : 'in the region'} by annual openings`,
    blocks,
  };
}

function occupationText(occupation: DemandOccupation, rank: number): string {
  const title = escapeMrkdwnWithin(occupation.occupationTitle, 150);
  const soc = occupation.socCode ? ` (${occupation.socCode})` : '';
  const cluster = occupation.careerCluster
    ? ` — ${escapeMrkdwnWithin(occupation.careerCluster, 80)}`
    : '';
  const figures = [
    `${occupation.annualOpenings ?? 'unknown'} annual openings`,
    `growth ${occupation.growthPercent === null ? 'unknown' : `${occupation.growthPercent}%`}`,
    `median wage ${occupation.medianWage === null ? 'unknown' : `$${occupation.medianWage}`}`,
    `${escapeMrkdwnWithin(occupation.source, 60)}, ${occupation.asOf}`,
  ];
  const programs = occupation.programs.map(
    (program) =>
      `${escapeMrkdwnWithin(program.name, 60)} — ${escapeMrkdwnWithin(program.campusName, 60)}${program.link === 'soc' ? ' (SOC)' : ''}`,
  );
  const employers = occupation.employers.map(
    (need) =>
      `${escapeMrkdwnWithin(need.employerName, 60)} (${escapeMrkdwnWithin(need.occupationTitle, 60)})`,
  );

  return [
    `*${rank}. ${title}*${soc}${cluster}`,
    figures.join(' · '),
    `Programs: ${listWithMore(programs, 'no program leads here yet')}`,
    `Employers with this need: ${listWithMore(employers, 'none stated')}`,
  ].join('\n');
}

function listWithMore(items: string[], empty: string): string {
  if (items.length === 0) return empty;

  const listed = items.slice(0, NAMES_PER_LINE);
  const more = items.length - listed.length;

  return more > 0 ? `${listed.join('; ')}; and ${more} more` : listed.join('; ');
}
