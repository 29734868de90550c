import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { partnerships } from '../../db/schema/index.js';
import { readOpenRequests, readPendingDecisions } from './decisions.js';
import { readHeldMeetings, readUpcomingEvents } from './events-and-meetings.js';
import { readFigures, readProgramGaps, readStoredFigures } from './figures.js';
import {
  readAwaitingFollowUp,
  readDueActionItems,
  readStoryOfTheWeek,
  readWentUnresponsive,
} from './follow-ups.js';
import { readNewThisWeek } from './new-this-week.js';
import { readPhaseProgress } from './plan-progress.js';
import type { Digest } from './types.js';
import { digestWeek } from './week.js';

/**
 * Builds a partnership's weekly digest for the week that ends at `now`, as plain data. It runs
 * the same number of SQL statements however much data the partnership has: every list is read
 * with one aggregated query and capped, with its total counted in the same query.
 */
export async function buildDigest(
  db: Database,
  input: { partnershipId: string; now: Date },
): Promise<Digest> {
  const [partnership] = await db
    .select({
      id: partnerships.id,
      name: partnerships.name,
      timeZone: partnerships.timeZone,
      weekStartsOn: partnerships.weekStartsOn,
    })
    .from(partnerships)
    .where(eq(partnerships.id, input.partnershipId));

  if (!partnership) throw new Error(`Partnership ${input.partnershipId} does not exist`);

  const week = digestWeek(input.now, partnership);
  const query = { partnershipId: partnership.id, week };

  const [phases, added, upcomingEvents, meetings, actionItems, awaiting, unresponsive] =
    await Promise.all([
      readPhaseProgress(db, query),
      readNewThisWeek(db, query),
      readUpcomingEvents(db, query),
      readHeldMeetings(db, query),
      readDueActionItems(db, query),
      readAwaitingFollowUp(db, query),
      readWentUnresponsive(db, query),
    ]);
  const [story, counted, previousFigures, openRequests, programGaps, decisions] = await Promise.all(
    [
      readStoryOfTheWeek(db, query),
      readFigures(db, query),
      readStoredFigures(db, { partnershipId: partnership.id, period: week.previousPeriod }),
      readOpenRequests(db, partnership.id),
      readProgramGaps(db, partnership.id),
      readPendingDecisions(db, partnership.id),
    ],
  );

  return {
    partnershipId: partnership.id,
    partnershipName: partnership.name,
    timeZone: partnership.timeZone,
    week,
    phases,
    added,
    upcomingEvents,
    meetings,
    actionItems,
    awaitingFollowUp: awaiting,
    wentUnresponsive: unresponsive,
    story,
    figures: counted.figures,
    previousFigures,
    pipeline: counted.pipeline,
    openRequests,
    programGaps,
    decisions,
  };
}
