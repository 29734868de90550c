import type { KnownBlock } from '@slack/types';
import type { OpportunityType } from '../../db/schema/index.js';
import { opportunityTypeLabels } from '../../domain/labels.js';
import type { OpportunitySummary } from '../../domain/opportunities.js';
import { formatDate } from '../../domain/time.js';
import { blockKitLimits } from '../limits.js';
import { escapeMrkdwn, escapeMrkdwnWithin, mrkdwn, plainText } from '../text.js';
import type { SlackMessage } from './help.js';
import { renderPageControls } from './page-buttons.js';

/**
 * Opportunities shown in one message. Each takes up to three blocks, so sixteen of them, the
 * header and the closing note make the 50 blocks allowed.
 */
export const OPPORTUNITIES_PER_MESSAGE = 15;

/** Block id of the Previous and Next buttons under the list of opportunities. */
export const OPPORTUNITY_PAGE_BLOCK = 'opportunities_page';

/** The page of `/bridge opportunities` a button shows. */
export interface OpportunityPage {
  offset: number;
  type?: OpportunityType | undefined;
}

export function encodeOpportunityPage(page: OpportunityPage): string {
  return JSON.stringify(
    page.type ? { offset: page.offset, type: page.type } : { offset: page.offset },
  );
}

/** Characters the title and the employer's name may each take of the first section. */
const headPartMax = Math.floor(blockKitLimits.sectionText / 3);

/**
 * Renders one opportunity as a section with its title and employer, a section with its
 * description when it has one, and a context line of details.
 */
export function renderOpportunityBlocks(opportunity: OpportunitySummary): KnownBlock[] {
  const title = `*${escapeMrkdwnWithin(opportunity.title, headPartMax)}*`;
  const employer = escapeMrkdwnWithin(opportunity.employerName, headPartMax);
  const pilot = opportunity.isPilot ? ' · *Pilot*' : '';
  const byline = `${opportunityTypeLabels[opportunity.type]} at ${employer}${pilot}`;
  const details = [
    opportunity.careerCluster,
    `${opportunity.slots} ${opportunity.slots === 1 ? 'slot' : 'slots'}`,
    opportunity.paid ? 'Paid' : 'Unpaid',
    describeDates(opportunity.startsOn, opportunity.endsOn),
    opportunity.location ?? undefined,
  ].filter(Boolean);
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(`${title}\n${byline}`) }];

  if (opportunity.description) {
    const description = escapeMrkdwnWithin(opportunity.description, blockKitLimits.sectionText);
    blocks.push({ type: 'section', text: mrkdwn(description) });
  }

  // Only the cluster and location can hold `& < >`, so escaping the joined line escapes them.
  const detailText = escapeMrkdwnWithin(details.join(' · '), blockKitLimits.sectionText);
  blocks.push({ type: 'context', elements: [mrkdwn(detailText)] });

  return blocks;
}

function describeDates(startsOn: string | null, endsOn: string | null): string | undefined {
  if (startsOn && endsOn) return `${formatDate(startsOn)} to ${formatDate(endsOn)}`;
  if (startsOn) return `From ${formatDate(startsOn)}`;
  if (endsOn) return `Until ${formatDate(endsOn)}`;

  return undefined;
}

/**
 * Renders the list of open opportunities. `opportunities` may contain one more than fits, which
 * shows that the list goes on.
 */
export function renderOpportunityList(list: {
  opportunities: OpportunitySummary[];
  type?: OpportunityType | undefined;
  /** Opportunities before this page; 0 for the first page. */
  offset?: number;
}): SlackMessage {
  const kind = list.type ? `${opportunityTypeLabels[list.type].toLowerCase()} ` : '';
  const offset = list.offset ?? 0;
  const shown = list.opportunities.slice(0, OPPORTUNITIES_PER_MESSAGE);

  if (shown.length === 0 && offset > 0) {
    const text = `No more open ${kind}opportunities. Type \`/bridge opportunities\` to start again.`;

    return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
  }

  if (shown.length === 0) {
    const text = `No open ${kind}opportunities yet. Register one with \`/bridge opportunity new\`.`;

    return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
  }

  const heading = `Open ${kind}opportunities`;
  const blocks: KnownBlock[] = [{ type: 'header', text: plainText(heading) }];

  for (const opportunity of shown) blocks.push(...renderOpportunityBlocks(opportunity));

  blocks.push(
    ...renderPageControls(
      OPPORTUNITY_PAGE_BLOCK,
      {
        offset,
        pageSize: OPPORTUNITIES_PER_MESSAGE,
        shown: shown.length,
        hasMore: list.opportunities.length > shown.length,
      },
      (next) => encodeOpportunityPage({ offset: next, type: list.type }),
    ),
  );

  const lines = shown.map(
    (o) =>
      `• ${escapeMrkdwn(o.title)} (${opportunityTypeLabels[o.type]}${o.isPilot ? ', Pilot' : ''}, ${escapeMrkdwn(o.employerName)})`,
  );

  return { text: `${heading}:\n${lines.join('\n')}`, blocks };
}
