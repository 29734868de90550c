import { formatEventSpan } from '../time.js';
import { escapeHtml, impactFiguresHtml, reportStyle } from './impact-report-html.js';
import type { ImpactSummary } from './impact-summary.js';
import { formatChange, formatValue } from './impact-summary.js';

/** The newsletter's inputs. Stories are approved ones; events have not ended yet. */
export interface NewsletterInput {
  partnershipName: string;
  timeZone: string;
  summary: ImpactSummary;
  periodLabels: string[];
  stories: Array<{
    title: string;
    story: string;
    organizations: Array<{ name: string }>;
    programs: Array<{ name: string }>;
  }>;
  upcomingEvents: Array<{
    title: string;
    startsAt: Date;
    endsAt: Date;
    venue: string | null;
  }>;
}

/**
 * Escapes typed text for Markdown so that it stays text: markup characters get a backslash and
 * `<`, `>` and `&` become entities, so no raw HTML passes through a Markdown renderer. Line
 * breaks become spaces, so that a typed line cannot start a heading, list or quote.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#!()])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

function storyCredits(story: NewsletterInput['stories'][number]): string[] {
  return [...story.organizations, ...story.programs].map((entry) => entry.name);
}

/** Renders the newsletter draft as Markdown. */
export function renderNewsletterMarkdown(input: NewsletterInput): string {
  const { summary } = input;
  const figures = [...summary.lines, ...summary.byType].map(
    (line) =>
      `- ${line.label}: **${formatValue(line.values.at(-1), line.decimals)}** (${formatChange(line)} against ${summary.previousLabel})`,
  );
  const stories =
    input.stories.length === 0
      ? ['No success stories were approved in this period.']
      : input.stories.flatMap((story) => {
          const credits = storyCredits(story);

          return [
            `### ${escapeMarkdown(story.title)}`,
            '',
            escapeMarkdown(story.story),
            ...(credits.length > 0 ? ['', `*With ${credits.map(escapeMarkdown).join(', ')}*`] : []),
            '',
          ];
        });
  const events =
    input.upcomingEvents.length === 0
      ? ['No events are scheduled yet.']
      : input.upcomingEvents.map(
          (event) =>
            `- **${escapeMarkdown(event.title)}**, ${formatEventSpan(event.startsAt, event.endsAt, input.timeZone)}${event.venue ? `, ${escapeMarkdown(event.venue)}` : ''}`,
        );

  return [
    `# ${escapeMarkdown(input.partnershipName)}: ${summary.periodLabel}`,
    '',
    '## Success stories',
    '',
    ...stories,
    '',
    '## Upcoming events',
    '',
    ...events,
    '',
    `## ${summary.periodLabel} in numbers`,
    '',
    ...figures,
    '',
    'Counts only: no student is named.',
    '',
  ].join('\n');
}

/** Renders the newsletter draft as a self-contained HTML page with the same content. */
export function renderNewsletterHtml(input: NewsletterInput): string {
  const { summary } = input;
  const title = `${input.partnershipName}: ${summary.periodLabel}`;
  const stories =
    input.stories.length === 0
      ? '<p>No success stories were approved in this period.</p>'
      : input.stories
          .map((story) => {
            const credits = storyCredits(story);
            const credit =
              credits.length > 0
                ? `<p><em>With ${credits.map(escapeHtml).join(', ')}</em></p>`
                : '';

            return `<article><h3>${escapeHtml(story.title)}</h3><p>${escapeHtml(story.story)}</p>${credit}</article>`;
          })
          .join('\n');
  const events =
    input.upcomingEvents.length === 0
      ? '<p>No events are scheduled yet.</p>'
      : `<ul>${input.upcomingEvents
          .map(
            (event) =>
              `<li><strong>${escapeHtml(event.title)}</strong>, ${escapeHtml(formatEventSpan(event.startsAt, event.endsAt, input.timeZone))}${event.venue ? `, ${escapeHtml(event.venue)}` : ''}</li>`,
          )
          .join('')}</ul>`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${reportStyle}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<h2>Success stories</h2>
${stories}
<h2>Upcoming events</h2>
${events}
<h2>${escapeHtml(summary.periodLabel)} in numbers</h2>
${impactFiguresHtml(summary, input.periodLabels)}
<p><small>Counts only: no student is named.</small></p>
</body>
</html>
`;
}
