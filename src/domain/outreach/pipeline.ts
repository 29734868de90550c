import type { SQL } from 'drizzle-orm';
import { and, asc, count, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { OutreachStage } from '../../db/schema/index.js';
import { employerOutreach, organizations, outreachStages, people } from '../../db/schema/index.js';

/**
 * The order `/bridge outreach` lists stages in: the funnel's active stages first, then the
 * closed ones, and employers not contacted yet last, since they are the largest group.
 */
export const pipelineOrder: readonly OutreachStage[] = [
  'contacted',
  'interested',
  'meeting_scheduled',
  'partnered',
  'unresponsive',
  'declined',
  'not_contacted',
];

export interface PipelineRow {
  employerId: string;
  name: string;
  stage: OutreachStage;
  ownerName: string | null;
  lastContactOn: string | null;
  nextFollowUpOn: string | null;
  /** The next follow-up is before today in the partnership's time zone. */
  overdue: boolean;
}

export interface OutreachPipeline {
  /** Employers per stage, over the whole partnership (or the owner's employers). */
  stageCounts: Record<OutreachStage, number>;
  overdueCount: number;
  /** One page of employers: overdue follow-ups first, then by stage in pipelineOrder. */
  rows: PipelineRow[];
}

/**
 * Reads the outreach pipeline of a partnership: counts per stage and a page of employers,
 * overdue follow-ups first (oldest first), then each stage's employers by name. An employer
 * without an outreach record counts as not contacted. `ownerPersonId` keeps one owner's.
 */
export async function listOutreachPipeline(
  db: Database,
  query: {
    partnershipId: string;
    /** The partnership's date (YYYY-MM-DD); a follow-up before it is overdue. */
    today: string;
    ownerPersonId?: string | undefined;
    limit: number;
    offset: number;
  },
): Promise<OutreachPipeline> {
  const stage = sql<OutreachStage>`coalesce(${employerOutreach.stage}, 'not_contacted')`;
  const overdue = lt(employerOutreach.nextFollowUpOn, query.today);
  const filter = and(
    eq(organizations.partnershipId, query.partnershipId),
    eq(organizations.kind, 'employer'),
    query.ownerPersonId ? eq(employerOutreach.ownerPersonId, query.ownerPersonId) : undefined,
  );

  const rows = await db
    .select({
      employerId: organizations.id,
      name: organizations.name,
      stage,
      ownerName: people.displayName,
      lastContactOn: employerOutreach.lastContactOn,
      nextFollowUpOn: employerOutreach.nextFollowUpOn,
      overdue: sql<boolean>`coalesce(${overdue}, false)`,
    })
    .from(organizations)
    .leftJoin(employerOutreach, eq(employerOutreach.employerId, organizations.id))
    .leftJoin(people, eq(people.id, employerOutreach.ownerPersonId))
    .where(filter)
    .orderBy(
      sql`case when ${overdue} then 0 else 1 end`,
      sql`case when ${overdue} then ${employerOutreach.nextFollowUpOn} end`,
      stageRank(stage),
      asc(organizations.name),
      asc(organizations.id),
    )
    .limit(query.limit)
    .offset(query.offset);

  const counted = await db
    .select({
      stage,
      employers: count(),
      overdue: sql<number>`count(*) filter (where ${overdue})`.mapWith(Number),
    })
    .from(organizations)
    .leftJoin(employerOutreach, eq(employerOutreach.employerId, organizations.id))
    .where(filter)
    .groupBy(stage);

  const stageCounts = Object.fromEntries(outreachStages.map((name) => [name, 0])) as Record<
    OutreachStage,
    number
  >;
  let overdueCount = 0;

  for (const group of counted) {
    stageCounts[group.stage] = group.employers;
    overdueCount += group.overdue;
  }

  return { stageCounts, overdueCount, rows };
}

function stageRank(stage: SQL<OutreachStage>): SQL {
  const cases = pipelineOrder.map((name, rank) => sql`when ${name} then ${sql.raw(String(rank))}`);

  return sql`case ${stage} ${sql.join(cases, sql` `)} end`;
}
