import { and, eq, gte, inArray, isNotNull, lt, lte, type SQL, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Database } from '../../db/client.js';
import type { OpportunityType, WblType } from '../../db/schema/index.js';
import {
  actionItems,
  employerOutreach,
  eventFeedback,
  events,
  opportunities,
  opportunityTypes,
  outreachContacts,
  programs,
  rsvps,
  wblTypes,
} from '../../db/schema/index.js';
import { engagedStages } from '../digest/figures.js';
import type { ImpactPeriod, ImpactPeriodKind } from './impact-periods.js';
import { impactPeriods } from './impact-periods.js';

/** How many periods the trend covers, the current one included. */
export const IMPACT_TREND_PERIODS = 6;

/** Counts for one period. No figure names a person. */
export interface ImpactFigures {
  employersEngaged: number;
  employersPartnered: number;
  opportunities: number;
  slots: number;
  opportunitiesByType: Record<OpportunityType, { opportunities: number; slots: number }>;
  eventsHeld: number;
  rsvpsGoing: number;
  checkIns: number;
  feedbackCount: number;
  /** Mean rating from 1 to 5, or null when no feedback was given. */
  feedbackAverage: number | null;
  actionItemsClosed: number;
}

export interface ImpactReport {
  /** The last IMPACT_TREND_PERIODS periods, oldest first; the last one contains `now`. */
  periods: ImpactPeriod[];
  /** Figures for each entry of `periods`, in the same order. */
  figures: ImpactFigures[];
  /** Programs offering each kind of work-based learning today, not per period. */
  programsWithWbl: Record<WblType, number>;
  programs: number;
}

type Bucketed<T> = T & { bucket: number };

/**
 * Reads the impact figures of the period containing `now` and of the five before it, in seven
 * aggregate statements however many rows there are. Each dated row falls in the period that
 * contains its date:
 * - engaged employers are those at an engaged outreach stage with a contact logged in the period;
 * - partnered employers are those at the `partnered` stage whose outreach row last changed in it;
 * - opportunities count by creation; events count once they have ended, with their RSVPs
 *   (`going`), check-ins and feedback; action items count when marked done.
 */
export async function readImpact(
  db: Database,
  query: { partnershipId: string; timeZone: string; kind: ImpactPeriodKind; now: Date },
): Promise<ImpactReport> {
  const periods = impactPeriods(query.kind, {
    now: query.now,
    timeZone: query.timeZone,
    count: IMPACT_TREND_PERIODS,
  });
  const instants = [...periods.map((period) => period.start), periods.at(-1)?.end ?? query.now];
  const first = instants[0] ?? query.now;
  const last = instants.at(-1) ?? query.now;
  const dates = instants.map((instant) => localDate(instant, query.timeZone));
  const inPeriods = (column: SQL) =>
    sql<number>`width_bucket(${column}, array[${sql.join(
      instants.map((instant) => sql`${instant.toISOString()}::timestamptz`),
      sql`, `,
    )}])`.mapWith(Number);
  const count = sql<number>`count(*)`.mapWith(Number);
  const id = query.partnershipId;

  // NOTE: outreach rows keep no history of stage changes, so a partnered employer counts in the
  // period of its row's last change, and any later edit of that row moves it to a later period.
  const [engaged, partnered, offered, held, feedback, closed, wbl] = await Promise.all([
    db
      .select({
        bucket: sql<number>`width_bucket(${outreachContacts.contactedOn}, array[${sql.join(
          dates.map((date) => sql`${date}::date`),
          sql`, `,
        )}])`.mapWith(Number),
        employers: sql<number>`count(distinct ${outreachContacts.employerId})`.mapWith(Number),
      })
      .from(outreachContacts)
      .innerJoin(employerOutreach, eq(employerOutreach.employerId, outreachContacts.employerId))
      .where(
        and(
          eq(outreachContacts.partnershipId, id),
          inArray(employerOutreach.stage, [...engagedStages]),
          gte(outreachContacts.contactedOn, dates[0] ?? ''),
          lt(outreachContacts.contactedOn, dates.at(-1) ?? ''),
        ),
      )
      .groupBy(sql`1`),
    db
      .select({ bucket: inPeriods(sql`${employerOutreach.updatedAt}`), employers: count })
      .from(employerOutreach)
      .where(
        and(
          eq(employerOutreach.partnershipId, id),
          eq(employerOutreach.stage, 'partnered'),
          gte(employerOutreach.updatedAt, first),
          lt(employerOutreach.updatedAt, last),
        ),
      )
      .groupBy(sql`1`),
    db
      .select({
        bucket: inPeriods(sql`${opportunities.createdAt}`),
        type: opportunities.type,
        opportunities: count,
        slots: sql<number>`coalesce(sum(${opportunities.slots}), 0)`.mapWith(Number),
      })
      .from(opportunities)
      .where(
        and(
          eq(opportunities.partnershipId, id),
          gte(opportunities.createdAt, first),
          lt(opportunities.createdAt, last),
        ),
      )
      .groupBy(sql`1`, sql`2`),
    db
      .select({
        bucket: inPeriods(sql`${events.endsAt}`),
        events: sql<number>`count(distinct ${events.id})`.mapWith(Number),
        going: sql<number>`count(${rsvps.id}) filter (where ${rsvps.status} = 'going')`.mapWith(
          Number,
        ),
        checkIns: sql<number>`count(${rsvps.checkedInAt})`.mapWith(Number),
      })
      .from(events)
      .leftJoin(rsvps, eq(rsvps.eventId, events.id))
      .where(heldEvents(id, first, last, query.now))
      .groupBy(sql`1`),
    db
      .select({
        bucket: inPeriods(sql`${events.endsAt}`),
        responses: count,
        average: sql<number | null>`avg(${eventFeedback.rating})::float8`,
      })
      .from(eventFeedback)
      .innerJoin(events, eq(events.id, eventFeedback.eventId))
      .where(heldEvents(id, first, last, query.now))
      .groupBy(sql`1`),
    db
      .select({ bucket: inPeriods(sql`${actionItems.doneAt}`), items: count })
      .from(actionItems)
      .where(
        and(
          eq(actionItems.partnershipId, id),
          eq(actionItems.status, 'done'),
          isNotNull(actionItems.doneAt),
          gte(actionItems.doneAt, first),
          lt(actionItems.doneAt, last),
        ),
      )
      .groupBy(sql`1`),
    db
      .select({
        wblType: sql<WblType | null>`offered.type`,
        programs: sql<number>`count(distinct ${programs.id})`.mapWith(Number),
        total:
          sql<number>`(select count(*) from ${programs} where ${programs.partnershipId} = ${id})`.mapWith(
            Number,
          ),
      })
      .from(programs)
      .leftJoin(sql`unnest(${programs.wblOffered}) as offered(type)`, sql`true`)
      .where(eq(programs.partnershipId, id))
      .groupBy(sql`1`),
  ]);

  const figures = periods.map((_, index) => {
    const bucket = index + 1;
    const pick = <T>(rows: Bucketed<T>[]) => rows.filter((row) => row.bucket === bucket);

    return figuresOf({
      engaged: pick(engaged)[0]?.employers ?? 0,
      partnered: pick(partnered)[0]?.employers ?? 0,
      offered: pick(offered),
      held: pick(held)[0],
      feedback: pick(feedback)[0],
      closed: pick(closed)[0]?.items ?? 0,
    });
  });

  return { periods, figures, ...wblCounts(wbl) };
}

function heldEvents(partnershipId: string, first: Date, last: Date, now: Date) {
  return and(
    eq(events.partnershipId, partnershipId),
    gte(events.endsAt, first),
    lt(events.endsAt, last),
    lte(events.endsAt, now),
  );
}

function localDate(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate() ?? '';
}

function figuresOf(rows: {
  engaged: number;
  partnered: number;
  offered: Array<{ type: OpportunityType; opportunities: number; slots: number }>;
  held: { events: number; going: number; checkIns: number } | undefined;
  feedback: { responses: number; average: number | null } | undefined;
  closed: number;
}): ImpactFigures {
  const opportunitiesByType = Object.fromEntries(
    opportunityTypes.map((type) => {
      const row = rows.offered.find((entry) => entry.type === type);

      return [type, { opportunities: row?.opportunities ?? 0, slots: row?.slots ?? 0 }];
    }),
  ) as ImpactFigures['opportunitiesByType'];
  const average = rows.feedback?.average;

  return {
    employersEngaged: rows.engaged,
    employersPartnered: rows.partnered,
    opportunities: rows.offered.reduce((sum, row) => sum + row.opportunities, 0),
    slots: rows.offered.reduce((sum, row) => sum + row.slots, 0),
    opportunitiesByType,
    eventsHeld: rows.held?.events ?? 0,
    rsvpsGoing: rows.held?.going ?? 0,
    checkIns: rows.held?.checkIns ?? 0,
    feedbackCount: rows.feedback?.responses ?? 0,
    feedbackAverage: average === null || average === undefined ? null : Number(average),
    actionItemsClosed: rows.closed,
  };
}

function wblCounts(rows: Array<{ wblType: WblType | null; programs: number; total: number }>) {
  const programsWithWbl = Object.fromEntries(
    wblTypes.map((type) => [type, rows.find((row) => row.wblType === type)?.programs ?? 0]),
  ) as Record<WblType, number>;

  return { programsWithWbl, programs: rows[0]?.total ?? 0 };
}
