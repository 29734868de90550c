import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { OutreachStage, WblType } from '../../db/schema/index.js';
import {
  digestFigures,
  employerOutreach,
  events,
  opportunities,
  organizations,
  outreachStages,
  programs,
  wblTypes,
} from '../../db/schema/index.js';
import type { DigestFigures, ProgramGap, WblCoverage } from './types.js';
import type { DigestWeek } from './week.js';

/** Outreach stages that count an employer as engaged. */
export const engagedStages: readonly OutreachStage[] = [
  'contacted',
  'interested',
  'meeting_scheduled',
  'partnered',
];

const wblTypeArray = sql.raw(`array[${wblTypes.map((type) => `'${type}'`).join(', ')}]::text[]`);

/** Reads the key figures as of the digest's moment, and the outreach pipeline by stage. */
export async function readFigures(
  db: Database,
  query: { partnershipId: string; week: DigestWeek },
): Promise<{ figures: DigestFigures; pipeline: Record<OutreachStage, number> }> {
  const { partnershipId } = query;
  const count = (where: ReturnType<typeof sql>) =>
    sql<number>`count(*) filter (where ${where})`.mapWith(Number);

  const [totals, coverage, stages] = await Promise.all([
    db
      .select({
        openOpportunities:
          sql<number>`(select count(*) from ${opportunities} where ${opportunities.partnershipId} = ${partnershipId} and ${opportunities.status} = 'open')`.mapWith(
            Number,
          ),
        openSlots:
          sql<number>`(select coalesce(sum(${opportunities.slots}), 0) from ${opportunities} where ${opportunities.partnershipId} = ${partnershipId} and ${opportunities.status} = 'open')`.mapWith(
            Number,
          ),
        upcomingEvents:
          sql<number>`(select count(*) from ${events} where ${events.partnershipId} = ${partnershipId} and ${events.startsAt} >= ${query.week.end.toISOString()}::timestamptz)`.mapWith(
            Number,
          ),
        programs:
          sql<number>`(select count(*) from ${programs} where ${programs.partnershipId} = ${partnershipId})`.mapWith(
            Number,
          ),
      })
      .from(sql`(select 1) as one`),
    db
      .select({
        wblType: sql<WblType>`wbl.type`,
        offering: count(sql`wbl.type = any(${programs.wblOffered})`),
        lacking: count(sql`wbl.type = any(${programs.wblMissing})`),
      })
      .from(sql`unnest(${wblTypeArray}) as wbl(type)`)
      .leftJoin(programs, eq(programs.partnershipId, partnershipId))
      .groupBy(sql`wbl.type`),
    db
      .select({
        stage: sql<OutreachStage>`coalesce(${employerOutreach.stage}, 'not_contacted')`,
        employers: sql<number>`count(*)`.mapWith(Number),
      })
      .from(organizations)
      .leftJoin(employerOutreach, eq(employerOutreach.employerId, organizations.id))
      .where(
        and(eq(organizations.partnershipId, partnershipId), eq(organizations.kind, 'employer')),
      )
      .groupBy(sql`1`),
  ]);

  const pipeline = Object.fromEntries(
    outreachStages.map((stage) => [
      stage,
      stages.find((row) => row.stage === stage)?.employers ?? 0,
    ]),
  ) as Record<OutreachStage, number>;
  const wbl = Object.fromEntries(
    wblTypes.map((type) => {
      const row = coverage.find((entry) => entry.wblType === type);
      const counted: WblCoverage = { offering: row?.offering ?? 0, lacking: row?.lacking ?? 0 };

      return [type, counted];
    }),
  ) as Record<WblType, WblCoverage>;
  const total = totals[0];

  return {
    figures: {
      employersEngaged: engagedStages.reduce((sum, stage) => sum + pipeline[stage], 0),
      openOpportunities: total?.openOpportunities ?? 0,
      openSlots: total?.openSlots ?? 0,
      upcomingEvents: total?.upcomingEvents ?? 0,
      programs: total?.programs ?? 0,
      wbl,
    },
    pipeline,
  };
}

/**
 * Counts the programs lacking each kind of work-based learning per district. A campus without
 * a district counts as its own.
 */
export async function readProgramGaps(db: Database, partnershipId: string): Promise<ProgramGap[]> {
  const districtId = sql<string>`coalesce(${organizations.parentId}, ${organizations.id})`;

  const rows = await db
    .select({
      districtId,
      wblType: sql<WblType>`missing.type`,
      lacking: sql<number>`count(*)`.mapWith(Number),
    })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.campusId))
    .crossJoinLateral(sql`unnest(${programs.wblMissing}) as missing(type)`)
    .where(eq(programs.partnershipId, partnershipId))
    .groupBy(sql`1`, sql`2`)
    .orderBy(sql`1`, sql`2`);

  return rows;
}

/** Reads the figures a digest stored for a week, or null when none were stored. */
export async function readStoredFigures(
  db: Database,
  query: { partnershipId: string; period: string },
): Promise<DigestFigures | null> {
  const [row] = await db
    .select({ figures: digestFigures.figures })
    .from(digestFigures)
    .where(
      and(
        eq(digestFigures.partnershipId, query.partnershipId),
        eq(digestFigures.period, query.period),
      ),
    );

  return row ? (row.figures as DigestFigures) : null;
}

/** Stores a week's key figures, replacing any stored for the same week. */
export async function storeFigures(
  db: Database,
  input: { partnershipId: string; period: string; figures: DigestFigures; now: Date },
): Promise<void> {
  await db
    .insert(digestFigures)
    .values({ ...input, createdAt: input.now })
    .onConflictDoUpdate({
      target: [digestFigures.partnershipId, digestFigures.period],
      set: { figures: input.figures, createdAt: input.now },
    });
}
