import type { KnownBlock } from '@slack/types';
import type { ImpactLine, ImpactSummary } from '../../domain/insights/impact-summary.js';
import { formatChange, formatValue, sparkline } from '../../domain/insights/impact-summary.js';
import { mrkdwn } from '../text.js';
import type { SlackMessage } from './help.js';

/** Links to the files made from the same figures, shown to the convener only. */
export interface ImpactLinks {
  report: string;
  newsletterMarkdown: string;
  newsletterHtml: string;
}

function line(entry: ImpactLine): string {
  const value = formatValue(entry.values.at(-1), entry.decimals);

  return `${entry.label}: *${value}* (${formatChange(entry)})  \`${sparkline(entry.values)}\``;
}

/**
 * Renders the impact figures of a period, each with its change against the previous period and
 * a sparkline of the trend. Every text here is Bridge's own wording or a number.
 */
export function renderImpact(summary: ImpactSummary, links?: ImpactLinks): SlackMessage {
  const periods = summary.lines[0]?.values.length ?? 0;
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwn(
        `*Impact: ${summary.periodLabel}*\nChange against ${summary.previousLabel}; the bars show the last ${periods} periods, oldest first.`,
      ),
    },
    { type: 'section', text: mrkdwn(summary.lines.map(line).join('\n')) },
  ];

  if (summary.byType.length > 0) {
    blocks.push({
      type: 'section',
      text: mrkdwn(`*Offered by type*\n${summary.byType.map(line).join('\n')}`),
    });
  }

  const wbl = summary.programsWithWbl.map(
    (entry) => `${entry.label}: *${entry.programs}* of ${summary.programs}`,
  );
  blocks.push({
    type: 'section',
    text: mrkdwn(`*Programs offering each kind of work-based learning, today*\n${wbl.join('\n')}`),
  });

  if (links) {
    blocks.push({
      type: 'section',
      text: mrkdwn(
        `<${links.report}|Board report (HTML)> · Newsletter draft: <${links.newsletterMarkdown}|Markdown> · <${links.newsletterHtml}|HTML>`,
      ),
    });
  }

  blocks.push({
    type: 'context',
    elements: [mrkdwn('Counts only: no student is named.')],
  });

  return { text: `Impact: ${summary.periodLabel}`, blocks };
}
