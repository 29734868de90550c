import type { KnownBlock } from '@slack/types';
import { outreachStageLabels } from '../../domain/outreach/labels.js';
import type { OutreachPipeline, PipelineRow } from '../../domain/outreach/pipeline.js';
import { pipelineOrder } from '../../domain/outreach/pipeline.js';
import { formatDate } from '../../domain/time.js';
import { actionIds, cardValue } from '../ids.js';
import { escapeMrkdwnWithin, plainText } from '../text.js';
import { button, context, section } from './cards.js';
import type { SlackMessage } from './help.js';
import { renderPageControls } from './page-buttons.js';

/**
 * Employers per message. One section each plus a heading per stage stays below Slack's 50
 * blocks: 20 rows, at most 8 headings, the title, the counts and the page controls.
 */
export const OUTREACH_PER_MESSAGE = 20;

/** Block id of the Previous and Next buttons under the outreach pipeline. */
export const OUTREACH_PAGE_BLOCK = 'outreach_page';

/** The page of `/bridge outreach` a button requests; `mine` keeps the person's own employers. */
export interface OutreachPage {
  offset: number;
  mine: boolean;
}

/**
 * Renders one page of the outreach pipeline: counts per stage, then overdue follow-ups, then
 * each stage's employers. `pipeline.rows` may hold one more than fits, which shows that the
 * list goes on.
 */
export function renderOutreachPipeline(input: {
  pipeline: OutreachPipeline;
  page: OutreachPage;
}): SlackMessage {
  const { pipeline, page } = input;
  const shown = pipeline.rows.slice(0, OUTREACH_PER_MESSAGE);
  const title = page.mine ? 'Your employers in outreach' : 'Employer outreach';
  const counts = describeCounts(pipeline);

  if (shown.length === 0) {
    const text = emptyText(page);

    return { text, blocks: [section(`${counts}\n${text}`)] };
  }

  const blocks: KnownBlock[] = [{ type: 'header', text: plainText(title) }, section(counts)];
  let group: string | undefined;

  for (const row of shown) {
    const rowGroup = row.overdue ? 'Overdue follow-ups' : outreachStageLabels[row.stage];

    if (rowGroup !== group) {
      group = rowGroup;
      blocks.push(section(`*${rowGroup}*`));
    }

    const block = section(describeRow(row));
    block.accessory = button(
      'Show',
      actionIds.directoryCard,
      cardValue('employer', row.employerId),
    );
    blocks.push(block);
  }

  blocks.push(
    ...renderPageControls(
      OUTREACH_PAGE_BLOCK,
      {
        offset: page.offset,
        pageSize: OUTREACH_PER_MESSAGE,
        shown: shown.length,
        hasMore: pipeline.rows.length > shown.length,
      },
      (offset) => JSON.stringify({ offset, mine: page.mine }),
    ),
  );

  if (!page.mine) {
    blocks.push(context('Your own employers only: `/bridge outreach mine`.'));
  }

  return { text: `${title}. ${counts}`, blocks };
}

/** Formats the counts line, such as "Contacted 3 · Interested 1 · … · 2 follow-ups overdue". */
function describeCounts(pipeline: OutreachPipeline): string {
  const stages = pipelineOrder.map(
    (stage) => `${outreachStageLabels[stage]} ${pipeline.stageCounts[stage]}`,
  );
  const overdue =
    pipeline.overdueCount > 0
      ? `\n:warning: ${pipeline.overdueCount} ${pipeline.overdueCount === 1 ? 'follow-up is' : 'follow-ups are'} overdue.`
      : '';

  return `*Pipeline:* ${stages.join(' · ')}${overdue}`;
}

function describeRow(row: PipelineRow): string {
  const parts = [`*${escapeMrkdwnWithin(row.name, 100)}*`];

  if (row.overdue) parts.push(outreachStageLabels[row.stage]);

  parts.push(row.ownerName ? `Owner: ${escapeMrkdwnWithin(row.ownerName, 80)}` : 'No owner');
  parts.push(
    row.lastContactOn ? `Last contact ${formatDate(row.lastContactOn)}` : 'No contact logged',
  );

  if (row.nextFollowUpOn) {
    const overdue = row.overdue ? ' (overdue)' : '';
    parts.push(`Follow up ${formatDate(row.nextFollowUpOn)}${overdue}`);
  }

  return parts.join(' · ');
}

function emptyText(page: OutreachPage): string {
  if (page.offset > 0) return 'No more employers. Type `/bridge outreach` to start again.';
  if (page.mine) {
    return 'You own no employer\'s outreach yet. The convener, chamber staff and district staff set owners with "Update outreach" on an employer\'s card.';
  }

  return 'This partnership has no employers yet. Add one with `/bridge employer add`.';
}
