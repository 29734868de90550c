import { describe, expect, it } from 'vitest';
import {
  impactPeriodByKey,
  impactPeriods,
} from '../../../../src/domain/insights/impact-periods.js';
import { renderImpactReportHtml } from '../../../../src/domain/insights/impact-report-html.js';
import type { ImpactLine, ImpactSummary } from '../../../../src/domain/insights/impact-summary.js';
import { formatChange, sparkline } from '../../../../src/domain/insights/impact-summary.js';
import type { NewsletterInput } from '../../../../src/domain/insights/newsletter.js';
import {
  renderNewsletterHtml,
  renderNewsletterMarkdown,
} from '../../../../src/domain/insights/newsletter.js';
import { parseImpactCommand } from '../../../../src/slack/commands/parse-impact-command.js';
import { renderImpact } from '../../../../src/slack/messages/impact.js';

const timeZone = 'America/Chicago';
const now = new Date('2026-12-04T20:00:00Z');

function counts(values: Array<number | null>, decimals: 0 | 1 = 0): ImpactLine {
  return { label: 'Events held', values, decimals };
}

const summary: ImpactSummary = {
  periodLabel: '2026 Q4',
  previousLabel: '2026 Q3',
  lines: [counts([0, 1, 2, 3, 4, 7]), counts([null, null, 3, 4.5, 4, 4.5], 1)],
  byType: [],
  programsWithWbl: [{ label: 'Internship', programs: 2 }],
  programs: 3,
};
const hostile =
  '<script>alert("x")</script> & <img src=x onerror=alert(1)> **bold** [link](http://x)';

describe('impact change', () => {
  it('shows a rise with a plus sign', () => {
    expect(formatChange(counts([1, 4]))).toBe('+3');
  });

  it('shows a fall with a minus sign', () => {
    expect(formatChange(counts([5, 4]))).toBe('−1');
  });

  it('shows no change as an equals sign', () => {
    expect(formatChange(counts([2, 2]))).toBe('=');
  });

  it('shows averages with one decimal', () => {
    expect(formatChange(counts([4, 4.5], 1))).toBe('+0.5');
  });

  it('shows a dash without a previous value', () => {
    expect(formatChange(counts([null, 4], 1))).toBe('–');
  });
});

describe('impact sparkline', () => {
  it('scales from zero to the largest value', () => {
    expect(sparkline([0, 1, 2, 4, 6, 8])).toBe('▁▂▃▅▆█');
  });

  it('draws all zeros as the lowest bar', () => {
    expect(sparkline([0, 0, 0])).toBe('▁▁▁');
  });

  it('leaves a gap for a missing value', () => {
    expect(sparkline([null, 2])).toBe(' █');
  });
});

describe('impact periods', () => {
  it('starts the school year on 1 August', () => {
    const [previous, current] = impactPeriods('year', { now, timeZone, count: 2 });

    expect(current?.key).toBe('2026-27');
    expect(current?.start.toISOString()).toBe('2026-08-01T05:00:00.000Z');
    expect(current?.end.toISOString()).toBe('2027-08-01T05:00:00.000Z');
    expect(previous?.label).toBe('School year 2025–26');
  });

  it('starts weeks on Monday', () => {
    const [week] = impactPeriods('week', { now, timeZone, count: 1 });

    expect(week?.start.toISOString()).toBe('2026-11-30T06:00:00.000Z');
  });

  it('finds a quarter by its key', () => {
    const quarter = impactPeriodByKey('quarter', '2026-Q3', timeZone);

    expect(quarter?.start.toISOString()).toBe('2026-07-01T05:00:00.000Z');
    expect(impactPeriodByKey('quarter', '2026-Q5', timeZone)).toBeUndefined();
  });
});

describe('impact command parsing', () => {
  it('defaults to a quarter', () => {
    expect(parseImpactCommand([])).toEqual({ kind: 'impact', period: 'quarter' });
  });

  it('reads a named period', () => {
    expect(parseImpactCommand(['year'])).toEqual({ kind: 'impact', period: 'year' });
  });

  it('rejects an unknown period', () => {
    expect(parseImpactCommand(['decade']).kind).toBe('invalid');
  });
});

describe('impact Slack message', () => {
  it('shows each figure with change and sparkline', () => {
    const message = renderImpact(summary);
    const text = JSON.stringify(message.blocks);

    expect(text).toContain('Events held: *7* (+3)  `▁▂▃▄▅█`');
    expect(text).toContain('Events held: *4.5* (+0.5)');
    expect(text).toContain('Internship: *2* of 3');
    expect(text).not.toContain('Board report');
  });

  it('links the report files when given', () => {
    const links = {
      report: 'http://r',
      newsletterMarkdown: 'http://m',
      newsletterHtml: 'http://h',
    };
    const text = JSON.stringify(renderImpact(summary, links).blocks);

    expect(text).toContain('<http://r|Board report (HTML)>');
  });
});

describe('impact report files', () => {
  const newsletter: NewsletterInput = {
    partnershipName: `Gulf ${hostile}`,
    timeZone,
    summary,
    periodLabels: ['a', 'b', 'c', 'd', 'e', 'f'],
    stories: [
      {
        title: hostile,
        story: `First line\n# ${hostile}`,
        organizations: [{ name: hostile }],
        programs: [],
      },
    ],
    upcomingEvents: [
      {
        title: hostile,
        startsAt: new Date('2026-12-10T19:00:00Z'),
        endsAt: new Date('2026-12-10T20:00:00Z'),
        venue: hostile,
      },
    ],
  };

  it('escapes stored text in the board report', () => {
    const html = renderImpactReportHtml({
      partnershipName: hostile,
      summary,
      periodLabels: newsletter.periodLabels,
      generatedOn: '2026-12-04',
    });

    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
  });

  it('escapes story text in the newsletter HTML', () => {
    const html = renderNewsletterHtml(newsletter);

    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
  });

  it('escapes story text in the newsletter Markdown', () => {
    const markdown = renderNewsletterMarkdown(newsletter);

    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('\\*\\*bold\\*\\*');
    expect(markdown).toContain('\\[link\\]\\(http://x\\)');
    expect(markdown).toContain('First line \\# &lt;script&gt;');
    expect(markdown).toContain('- Events held: **7** (+3 against 2026 Q3)');
  });
});
