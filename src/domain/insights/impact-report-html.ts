import type { ImpactLine, ImpactSummary } from './impact-summary.js';
import { formatChange, formatValue } from './impact-summary.js';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export const reportStyle = `body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:52rem;color:#1f2933;line-height:1.45}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{padding:.35rem .5rem;border-bottom:1px solid #d9e2ec;text-align:left;vertical-align:middle}
td.number{text-align:right;font-variant-numeric:tabular-nums}svg{display:block}small{color:#52606d}`;

const BAR_WIDTH = 18;
const BAR_GAP = 6;
const CHART_HEIGHT = 40;

/** Draws a figure's values as an inline SVG bar chart, oldest period first, with a text title. */
export function barChart(line: ImpactLine, periodLabels: string[]): string {
  const max = Math.max(0, ...line.values.map((value) => value ?? 0));
  const width = line.values.length * (BAR_WIDTH + BAR_GAP);
  const bars = line.values.map((value, index) => {
    const height = max === 0 || value === null ? 0 : Math.max(1, (value / max) * CHART_HEIGHT);
    const label = `${periodLabels[index] ?? ''}: ${formatValue(value, line.decimals)}`;
    const fill = index === line.values.length - 1 ? '#2680c2' : '#9fb3c8';

    return `<rect x="${index * (BAR_WIDTH + BAR_GAP)}" y="${(CHART_HEIGHT - height).toFixed(1)}" width="${BAR_WIDTH}" height="${height.toFixed(1)}" fill="${fill}"><title>${escapeHtml(label)}</title></rect>`;
  });

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${CHART_HEIGHT}" viewBox="0 0 ${width} ${CHART_HEIGHT}" role="img" aria-label="${escapeHtml(line.label)}">${bars.join('')}</svg>`;
}

function figureRows(lines: ImpactLine[], periodLabels: string[]): string {
  return lines
    .map((line) => {
      const current = formatValue(line.values.at(-1), line.decimals);
      const previous = formatValue(line.values.at(-2), line.decimals);

      return `<tr><td>${escapeHtml(line.label)}</td><td class="number">${current}</td><td class="number">${previous}</td><td class="number">${escapeHtml(formatChange(line))}</td><td>${barChart(line, periodLabels)}</td></tr>`;
    })
    .join('\n');
}

function figureTable(lines: ImpactLine[], summary: ImpactSummary, periodLabels: string[]): string {
  return `<table><thead><tr><th>Figure</th><th>${escapeHtml(summary.periodLabel)}</th><th>${escapeHtml(summary.previousLabel)}</th><th>Change</th><th>Last ${periodLabels.length} periods</th></tr></thead>
<tbody>
${figureRows(lines, periodLabels)}
</tbody></table>`;
}

/** Renders the figure tables and charts of a summary as an HTML fragment for report and newsletter. */
export function impactFiguresHtml(summary: ImpactSummary, periodLabels: string[]): string {
  const wbl = summary.programsWithWbl
    .map(
      (entry) =>
        `<tr><td>${escapeHtml(entry.label)}</td><td class="number">${entry.programs} of ${summary.programs}</td></tr>`,
    )
    .join('\n');
  const byType =
    summary.byType.length === 0
      ? ''
      : `<h2>Opportunities and slots by type</h2>\n${figureTable(summary.byType, summary, periodLabels)}`;

  return `${figureTable(summary.lines, summary, periodLabels)}
${byType}
<h2>Programs offering each kind of work-based learning, today</h2>
<table><tbody>
${wbl}
</tbody></table>`;
}

/**
 * Renders the board report: a self-contained HTML page with inline SVG bar charts and no
 * external resources. Every stored text (the partnership name) is escaped.
 */
export function renderImpactReportHtml(input: {
  partnershipName: string;
  summary: ImpactSummary;
  periodLabels: string[];
  generatedOn: string;
}): string {
  const title = `Impact report: ${input.partnershipName}, ${input.summary.periodLabel}`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${reportStyle}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>Figures for ${escapeHtml(input.summary.periodLabel)} against ${escapeHtml(input.summary.previousLabel)}, with the last ${input.periodLabels.length} periods as bars (oldest first).</p>
${impactFiguresHtml(input.summary, input.periodLabels)}
<p><small>Counts only: no student is named. Generated on ${escapeHtml(input.generatedOn)}.</small></p>
</body>
</html>
`;
}
