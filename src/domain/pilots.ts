import { and, count, desc, eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import type { OpportunityType } from '../db/schema/index.js';
import { opportunities, organizations } from '../db/schema/index.js';

/** Opportunity types that may run as pilot programs. */
export const pilotTypes = [
  'internship',
  'apprenticeship',
  'mentorship',
] as const satisfies readonly OpportunityType[];

export type PilotType = (typeof pilotTypes)[number];

export function isPilotType(type: OpportunityType): type is PilotType {
  return (pilotTypes as readonly OpportunityType[]).includes(type);
}

/** How many pilot opportunities a partnership has, in all and by type, whatever their status. */
export interface PilotCounts {
  total: number;
  byType: Record<PilotType, number>;
}

/** Counts a partnership's pilot opportunities by type, for `/bridge pilots` and reports. */
export async function countPilots(db: Database, partnershipId: string): Promise<PilotCounts> {
  const rows = await db
    .select({ type: opportunities.type, value: count() })
    .from(opportunities)
    .where(and(eq(opportunities.partnershipId, partnershipId), eq(opportunities.isPilot, true)))
    .groupBy(opportunities.type);
  const byType: Record<PilotType, number> = { internship: 0, apprenticeship: 0, mentorship: 0 };

  for (const row of rows) {
    if (isPilotType(row.type)) byType[row.type] = row.value;
  }

  return { total: rows.reduce((sum, row) => sum + row.value, 0), byType };
}

export interface PilotSummary {
  id: string;
  type: OpportunityType;
  title: string;
  employerName: string;
  careerCluster: string;
  slots: number;
  status: 'open' | 'filled' | 'closed';
  startsOn: string | null;
  endsOn: string | null;
}

/** Lists a partnership's pilot opportunities of any status, newest first. */
export async function listPilots(
  db: Database,
  query: { partnershipId: string; limit: number; offset: number },
): Promise<PilotSummary[]> {
  return db
    .select({
      id: opportunities.id,
      type: opportunities.type,
      title: opportunities.title,
      employerName: organizations.name,
      careerCluster: opportunities.careerCluster,
      slots: opportunities.slots,
      status: opportunities.status,
      startsOn: opportunities.startsOn,
      endsOn: opportunities.endsOn,
    })
    .from(opportunities)
    .innerJoin(organizations, eq(organizations.id, opportunities.employerId))
    .where(
      and(eq(opportunities.partnershipId, query.partnershipId), eq(opportunities.isPilot, true)),
    )
    .orderBy(desc(opportunities.createdAt), desc(opportunities.id))
    .limit(query.limit)
    .offset(query.offset);
}
