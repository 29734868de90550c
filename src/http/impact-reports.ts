import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Application } from 'express';
import type { Database } from '../db/client.js';
import type { ImpactFileKind } from '../domain/insights/impact-files.js';
import { renderImpactFile } from '../domain/insights/impact-files.js';
import { isUuid } from '../domain/record-owners.js';
import type { Logger } from '../logger.js';

/**
 * Computes the token of a partnership's report links for one period: an HMAC-SHA256 of the
 * partnership id and period key under a key derived from `secret` for this one use, so that the
 * links cannot be guessed without the secret. The report and the newsletter share it.
 */
export function impactReportToken(secret: string, partnershipId: string, periodKey: string) {
  const key = createHmac('sha256', secret).update('bridge impact report links').digest();

  return createHmac('sha256', key)
    .update(`${partnershipId}/${periodKey}`)
    .digest('base64url')
    .slice(0, 32);
}

/** Returns the paths of the board report and the newsletter drafts of a period, with their token. */
export function impactReportPaths(secret: string, partnershipId: string, periodKey: string) {
  const query = `?token=${impactReportToken(secret, partnershipId, periodKey)}`;

  return {
    report: `/reports/impact/${partnershipId}/${periodKey}.html${query}`,
    newsletterMarkdown: `/reports/newsletter/${partnershipId}/${periodKey}.md${query}`,
    newsletterHtml: `/reports/newsletter/${partnershipId}/${periodKey}.html${query}`,
  };
}

function tokenMatches(secret: string, partnershipId: string, periodKey: string, token: string) {
  const expected = Buffer.from(impactReportToken(secret, partnershipId, periodKey));
  const given = Buffer.from(token);

  return expected.length === given.length && timingSafeEqual(expected, given);
}

const fileKinds: Partial<Record<string, ImpactFileKind>> = {
  'impact.html': 'report.html',
  'newsletter.md': 'newsletter.md',
  'newsletter.html': 'newsletter.html',
};

const contentTypes: Record<ImpactFileKind, string> = {
  'report.html': 'text/html; charset=utf-8',
  'newsletter.md': 'text/markdown; charset=utf-8',
  'newsletter.html': 'text/html; charset=utf-8',
};

/**
 * Serves GET /reports/impact/<partnership id>/<period>.html (the board report) and
 * GET /reports/newsletter/<partnership id>/<period>.md or .html (the newsletter draft), where
 * the period is a quarter such as `2026-Q3` or a school year such as `2025-26`. A wrong or
 * missing token gets the same 404 as an unknown partnership or period.
 */
export function addImpactReportRoutes(
  express: Application,
  options: { db: Database; logger: Logger; now: () => Date; secret: string },
): void {
  express.get('/reports/:report/:partnershipId/:file', async (request, response) => {
    const { report, partnershipId } = request.params;
    const match = /^(.+)\.(html|md)$/.exec(request.params.file);
    const periodKey = match?.[1] ?? '';
    const file = fileKinds[`${report}.${match?.[2] ?? ''}`];
    const token = typeof request.query.token === 'string' ? request.query.token : '';
    const notFound = () =>
      response.status(404).type('text/plain').send('Report not found. Check the link.');

    if (
      file === undefined ||
      !isUuid(partnershipId) ||
      !tokenMatches(options.secret, partnershipId, periodKey, token)
    ) {
      notFound();
      return;
    }

    try {
      const body = await renderImpactFile(options.db, {
        partnershipId,
        periodKey,
        file,
        now: options.now(),
      });

      if (body === undefined) {
        notFound();
        return;
      }

      response
        .status(200)
        .type(contentTypes[file])
        .set('Cache-Control', 'private, no-store')
        .set(
          'Content-Security-Policy',
          "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
        )
        .send(body);
    } catch (error) {
      options.logger.error(
        { err: error, partnershipId, periodKey },
        'Serving an impact report failed',
      );
      response.status(500).type('text/plain').send('Bridge could not build the report; try again.');
    }
  });
}
