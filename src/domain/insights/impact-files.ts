import type { Database } from '../../db/client.js';
import { listUpcomingEvents } from '../events.js';
import { getPartnership } from '../partnerships.js';
import { listApprovedStories } from '../stories.js';
import { readImpact } from './impact.js';
import type { ImpactPeriod } from './impact-periods.js';
import { impactPeriodByKey } from './impact-periods.js';
import { renderImpactReportHtml } from './impact-report-html.js';
import { summarizeImpact } from './impact-summary.js';
import { renderNewsletterHtml, renderNewsletterMarkdown } from './newsletter.js';

/** How many upcoming events the newsletter lists. */
export const NEWSLETTER_EVENTS_MAX = 10;

export type ImpactFileKind = 'report.html' | 'newsletter.md' | 'newsletter.html';

/** Reads a report key such as `2026-Q3` (a quarter) or `2025-26` (a school year). */
export function reportPeriod(key: string, timeZone: string): ImpactPeriod | undefined {
  return impactPeriodByKey('quarter', key, timeZone) ?? impactPeriodByKey('year', key, timeZone);
}

/**
 * Renders a report file of a partnership for a quarter or school year, or returns undefined
 * when the partnership or the period does not exist or the period has not started yet.
 */
export async function renderImpactFile(
  db: Database,
  request: { partnershipId: string; periodKey: string; file: ImpactFileKind; now: Date },
): Promise<string | undefined> {
  const partnership = await getPartnership(db, request.partnershipId);
  const period = partnership && reportPeriod(request.periodKey, partnership.timeZone);

  if (!partnership || !period || period.start > request.now) return undefined;

  // A past period is read as of its last instant, so it ends its own six-period trend.
  const asOf = period.end < request.now ? new Date(period.end.getTime() - 1) : request.now;
  const report = await readImpact(db, {
    partnershipId: partnership.id,
    timeZone: partnership.timeZone,
    kind: period.kind,
    now: asOf,
  });
  const summary = summarizeImpact(report);
  const periodLabels = report.periods.map((entry) => entry.label);

  if (request.file === 'report.html') {
    return renderImpactReportHtml({
      partnershipName: partnership.name,
      summary,
      periodLabels,
      generatedOn: request.now.toISOString().slice(0, 10),
    });
  }

  const [stories, upcomingEvents] = await Promise.all([
    listApprovedStories(db, partnership.id, period.start),
    listUpcomingEvents(db, {
      partnershipId: partnership.id,
      now: request.now,
      limit: NEWSLETTER_EVENTS_MAX,
    }),
  ]);
  const input = {
    partnershipName: partnership.name,
    timeZone: partnership.timeZone,
    summary,
    periodLabels,
    stories: stories.filter((story) => story.decidedAt && story.decidedAt < period.end),
    upcomingEvents,
  };

  return request.file === 'newsletter.md'
    ? renderNewsletterMarkdown(input)
    : renderNewsletterHtml(input);
}
