import { readImpact } from '../../domain/insights/impact.js';
import type { ImpactPeriodKind } from '../../domain/insights/impact-periods.js';
import { summarizeImpact } from '../../domain/insights/impact-summary.js';
import { impactReportPaths } from '../../http/impact-reports.js';
import type { SlackDependencies } from '../dependencies.js';
import type { ImpactLinks } from '../messages/impact.js';
import { renderImpact } from '../messages/impact.js';
import type { CommandContext } from './command-context.js';

/**
 * Replies to `/bridge impact [period]` with the partnership's figures. The convener also gets
 * links to the board report and newsletter drafts, which exist for quarters and school years.
 */
export async function runImpactCommand(
  deps: SlackDependencies,
  context: CommandContext,
  kind: ImpactPeriodKind,
): Promise<void> {
  const { partnership, person } = context.actor;
  const report = await readImpact(deps.db, {
    partnershipId: partnership.id,
    timeZone: partnership.timeZone,
    kind,
    now: deps.now(),
  });
  const periodKey = report.periods.at(-1)?.key ?? '';
  const offersFiles = kind === 'quarter' || kind === 'year';
  const links =
    person.role === 'convener' && offersFiles
      ? reportLinks(deps, partnership.id, periodKey)
      : undefined;

  await context.respond({
    response_type: 'ephemeral',
    ...renderImpact(summarizeImpact(report), links),
  });
}

function reportLinks(
  deps: SlackDependencies,
  partnershipId: string,
  periodKey: string,
): ImpactLinks | undefined {
  if (!deps.publicUrl || !deps.linkSecret) return undefined;

  const paths = impactReportPaths(deps.linkSecret, partnershipId, periodKey);

  return {
    report: `${deps.publicUrl}${paths.report}`,
    newsletterMarkdown: `${deps.publicUrl}${paths.newsletterMarkdown}`,
    newsletterHtml: `${deps.publicUrl}${paths.newsletterHtml}`,
  };
}
