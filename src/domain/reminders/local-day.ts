import { DateTime } from 'luxon';
import type { Database } from '../../db/client.js';
import { partnerships } from '../../db/schema/index.js';

/** A partnership whose local day has reached a daily send time. */
export interface PartnershipDay {
  partnershipId: string;
  timeZone: string;
  /** The partnership's local date (YYYY-MM-DD) at `now`. */
  today: string;
}

/**
 * Lists the partnerships whose local wall-clock time at `now` is `fromTime` (HH:mm) or later,
 * with their local date. A job that sends once a day from `fromTime` calls it each tick.
 */
export async function listPartnershipsPastTime(
  db: Database,
  now: Date,
  fromTime: string,
): Promise<PartnershipDay[]> {
  const rows = await db
    .select({ partnershipId: partnerships.id, timeZone: partnerships.timeZone })
    .from(partnerships);

  return rows.flatMap((row) => {
    const local = DateTime.fromJSDate(now, { zone: row.timeZone });

    if (!local.isValid || local.toFormat('HH:mm') < fromTime) return [];

    return [{ ...row, today: local.toISODate() }];
  });
}
