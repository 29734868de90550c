import type { KnownBlock } from '@slack/types';
import type { WblType } from '../../db/schema/index.js';
import { wblTypes } from '../../db/schema/index.js';
import type { GapEmployer } from '../../domain/insights/gap-employers.js';
import { requestKindOfWblType } from '../../domain/insights/gap-employers.js';
import type { GapMatrix, GapProgram, WblCell } from '../../domain/insights/gaps.js';
import { opportunityTypeLabels } from '../../domain/labels.js';
import { requestKindLabels } from '../../domain/request-labels.js';
import { actionIds } from '../ids.js';
import { truncate } from '../limits.js';
import { escapeMrkdwn, escapeMrkdwnWithin, mrkdwn, plainText } from '../text.js';
import type { SlackMessage } from './help.js';
import { renderPageControls } from './page-buttons.js';

export const GAPS_PAGE_BLOCK = 'gaps_page';

/**
 * Program rows per page, so that a page with a cluster heading above every row stays under 50
 * blocks: 2 header blocks, 30 rows and headings, 2 summary blocks and 2 page controls.
 */
export const GAP_PROGRAMS_PER_PAGE = 15;

/** Names listed in the summary lines before "and N more". */
const SUMMARY_NAMES = 15;

const cellMarks: Record<WblCell, string> = { offered: '✓', partner: '◐', missing: '✗' };

/** Employers to suggest, per program id and missing WBL type. */
export type GapSuggestions = Map<string, Map<WblType, GapEmployer[]>>;

export interface GapsPage {
  /** "Port Alder ISD", or undefined for the whole partnership. */
  districtName: string | undefined;
  matrix: GapMatrix;
  offset: number;
  suggestions: GapSuggestions;
  pageValue: (offset: number) => string;
}

/** Returns the programs a page of the matrix shows, in cluster order. */
export function programsOnPage(matrix: GapMatrix, offset: number): GapProgram[] {
  return matrix.clusters
    .flatMap((cluster) => cluster.programs)
    .slice(offset, offset + GAP_PROGRAMS_PER_PAGE);
}

/** Renders one page of `/bridge gaps`: the legend, program rows by cluster, and the summary. */
export function renderGapsPage(page: GapsPage): SlackMessage {
  const { matrix, offset } = page;
  const scope = page.districtName ? escapeMrkdwn(page.districtName) : 'the partnership';
  const total = matrix.clusters.reduce((sum, cluster) => sum + cluster.programs.length, 0);
  const shown = programsOnPage(matrix, offset);
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(`*Work-based learning gaps in ${scope}* (${total} programs)`) },
    { type: 'context', elements: [mrkdwn(legend())] },
  ];
  let cluster: string | undefined;

  if (total === 0) {
    blocks.push({ type: 'section', text: mrkdwn(`No programs are recorded in ${scope} yet.`) });
  }

  for (const program of shown) {
    if (program.careerCluster !== cluster) {
      cluster = program.careerCluster;
      blocks.push({ type: 'section', text: mrkdwn(`*${escapeMrkdwnWithin(cluster, 140)}*`) });
    }

    blocks.push({
      type: 'section',
      text: mrkdwn(programText(program, page.suggestions)),
      ...requestMenu(program),
    });
  }

  if (offset === 0) blocks.push(...summaryBlocks(matrix));

  blocks.push(
    ...renderPageControls(
      GAPS_PAGE_BLOCK,
      {
        offset,
        pageSize: GAP_PROGRAMS_PER_PAGE,
        shown: shown.length,
        hasMore: offset + shown.length < total,
      },
      page.pageValue,
    ),
  );

  return { text: `Work-based learning gaps in ${page.districtName ?? 'the partnership'}`, blocks };
}

function legend(): string {
  const columns = wblTypes.map((type) => opportunityTypeLabels[type]).join(', ');

  return `✓ offered by the program · ◐ arranged through a partner · ✗ missing. Columns: ${columns}.`;
}

function programText(program: GapProgram, suggestions: GapSuggestions): string {
  const marks = wblTypes.map((type) => cellMarks[program.cells[type]]).join(' ');
  const name = escapeMrkdwnWithin(program.name, 150);
  const campus = escapeMrkdwnWithin(program.campusName, 150);
  const lines = [`*${name}* — ${campus}: ${marks}`];
  const steps = suggestions.get(program.id);

  for (const type of wblTypes) {
    if (program.cells[type] !== 'missing') continue;

    lines.push(
      `    ✗ ${opportunityTypeLabels[type]}: ${nextStep(program, type, steps?.get(type))}`,
    );
  }

  return truncate(lines.join('\n'), 3000);
}

function nextStep(
  program: GapProgram,
  type: WblType,
  employers: GapEmployer[] | undefined,
): string {
  const names =
    employers && employers.length > 0
      ? `employers with capacity: ${employers.map((employer) => escapeMrkdwnWithin(employer.name, 60)).join(', ')}`
      : 'no employer has stated capacity in this cluster';
  const kind = requestKindOfWblType[type];

  if (!kind) return names;

  const programName = escapeMrkdwnWithin(program.name, 60);

  return `${names}. Ask: \`/bridge request new\`, program ${programName}, ${requestKindLabels[kind]}`;
}

function summaryBlocks(matrix: GapMatrix): KnownBlock[] {
  const unserved = matrix.unservedClusters.map(
    (cluster) =>
      `${escapeMrkdwnWithin(cluster.careerCluster, 70)} (${plural(cluster.employersWithNeeds, 'employer')} with needs, ${plural(cluster.annualOpenings, 'annual opening')})`,
  );
  const alone = matrix.programsWithoutPartner.map(
    (program) =>
      `${escapeMrkdwnWithin(program.name, 70)} — ${escapeMrkdwnWithin(program.campusName, 70)}`,
  );

  return [
    {
      type: 'section',
      text: mrkdwn(
        truncate(`*Clusters with demand but no program:* ${listWithMore(unserved)}`, 3000),
      ),
    },
    {
      type: 'section',
      text: mrkdwn(truncate(`*Programs with no employer partner:* ${listWithMore(alone)}`, 3000)),
    },
  ];
}

function listWithMore(items: string[]): string {
  if (items.length === 0) return 'none';

  const listed = items.slice(0, SUMMARY_NAMES);
  const more = items.length - listed.length;

  return more > 0 ? `${listed.join('; ')}; and ${more} more` : listed.join('; ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * Builds a "Request…" overflow menu with one option per missing type that the request form
 * covers. Choosing one opens the form with the program and kind chosen.
 */
function requestMenu(program: GapProgram) {
  const options = wblTypes.flatMap((type) => {
    const kind = requestKindOfWblType[type];

    if (!kind || program.cells[type] !== 'missing') return [];

    return [
      { text: plainText(`Request: ${requestKindLabels[kind]}`), value: `${program.id}|${kind}` },
    ];
  });

  if (options.length === 0) return {};

  return { accessory: { type: 'overflow' as const, action_id: actionIds.gapRequest, options } };
}
