import type { KnownBlock } from '@slack/types';
import type { OpportunityType } from '../../db/schema/index.js';
import { opportunityTypeLabels } from '../../domain/labels.js';
import type { OpportunitySummary } from '../../domain/opportunities.js';
import { formatDate } from '../../domain/time.js';
import { blockKitLimits, truncate } from '../limits.js';
import { escapeMrkdwn, mrkdwn, plainText } from '../text.js';
import type { SlackMessage } from './help.js';

/** Opportunities shown in one message; each takes two blocks of the 50 allowed. */
export const OPPORTUNITIES_PER_MESSAGE = 20;

/** Renders one opportunity as a section and a context line. */
export function renderOpportunityBlocks(opportunity: OpportunitySummary): KnownBlock[] {
  const title = `*${escapeMrkdwn(opportunity.title)}*`;
  const byline = `${opportunityTypeLabels[opportunity.type]} at ${escapeMrkdwn(opportunity.employerName)}`;
  const description = opportunity.description ? `\n${escapeMrkdwn(opportunity.description)}` : '';
  const details = [
    escapeMrkdwn(opportunity.careerCluster),
    `${opportunity.slots} ${opportunity.slots === 1 ? 'slot' : 'slots'}`,
    opportunity.paid ? 'Paid' : 'Unpaid',
    describeDates(opportunity.startsOn, opportunity.endsOn),
    opportunity.location ? escapeMrkdwn(opportunity.location) : undefined,
  ].filter(Boolean);

  return [
    {
      type: 'section',
      text: mrkdwn(truncate(`${title}\n${byline}${description}`, blockKitLimits.sectionText)),
    },
    {
      type: 'context',
      elements: [mrkdwn(truncate(details.join(' · '), blockKitLimits.sectionText))],
    },
  ];
}

function describeDates(startsOn: string | null, endsOn: string | null): string | undefined {
  if (startsOn && endsOn) return `${formatDate(startsOn)} to ${formatDate(endsOn)}`;
  if (startsOn) return `From ${formatDate(startsOn)}`;
  if (endsOn) return `Until ${formatDate(endsOn)}`;

  return undefined;
}

/**
 * Renders the list of open opportunities. `opportunities` may hold one more than fits, which
 * tells the renderer that the list goes on.
 */
export function renderOpportunityList(list: {
  opportunities: OpportunitySummary[];
  type?: OpportunityType | undefined;
}): SlackMessage {
  const kind = list.type ? `${opportunityTypeLabels[list.type].toLowerCase()} ` : '';
  const shown = list.opportunities.slice(0, OPPORTUNITIES_PER_MESSAGE);

  if (shown.length === 0) {
    const text = `No open ${kind}opportunities yet. Register one with \`/bridge opportunity new\`.`;

    return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
  }

  const heading = `Open ${kind}opportunities`;
  const blocks: KnownBlock[] = [{ type: 'header', text: plainText(heading) }];

  for (const opportunity of shown) blocks.push(...renderOpportunityBlocks(opportunity));

  if (list.opportunities.length > shown.length) {
    blocks.push({
      type: 'context',
      elements: [
        mrkdwn(
          `Showing the ${shown.length} newest. Add a type to narrow the list, such as \`/bridge opportunities internship\`.`,
        ),
      ],
    });
  }

  const lines = shown.map(
    (o) =>
      `• ${escapeMrkdwn(o.title)} (${opportunityTypeLabels[o.type]}, ${escapeMrkdwn(o.employerName)})`,
  );

  return { text: `${heading}:\n${lines.join('\n')}`, blocks };
}
