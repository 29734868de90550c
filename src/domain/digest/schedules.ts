import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { digestFigures, partnerships, slackTeams } from '../../db/schema/index.js';
import type { DigestSchedule } from './week.js';

export interface PartnershipDigestSchedule extends DigestSchedule {
  partnershipId: string;
  /** Null when the partnership has no channel digest. */
  digestChannelId: string | null;
}

/** Lists the digest settings of every partnership linked to a Slack workspace. */
export async function listDigestSchedules(db: Database): Promise<PartnershipDigestSchedule[]> {
  return (
    db
      .select({
        partnershipId: partnerships.id,
        timeZone: partnerships.timeZone,
        digestChannelId: partnerships.digestChannelId,
        digestWeekday: partnerships.digestWeekday,
        digestTime: partnerships.digestTime,
        weekStartsOn: partnerships.weekStartsOn,
      })
      .from(partnerships)
      // The partnership's id is qualified by hand because Drizzle leaves a single-table select
      // unqualified.
      .where(
        sql`exists (select 1 from ${slackTeams} where ${slackTeams.partnershipId} = "partnerships"."id")`,
      )
      .orderBy(partnerships.id)
  );
}

/** Returns whether a week's key figures are stored, which the job does once its channel digest is sent. */
export async function hasStoredFigures(
  db: Database,
  query: { partnershipId: string; period: string },
): Promise<boolean> {
  const [row] = await db
    .select({ period: digestFigures.period })
    .from(digestFigures)
    .where(
      and(
        eq(digestFigures.partnershipId, query.partnershipId),
        eq(digestFigures.period, query.period),
      ),
    );

  return row !== undefined;
}
