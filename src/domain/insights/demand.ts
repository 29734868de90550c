import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { industryNeeds, laborMarketFigures, organizations } from '../../db/schema/index.js';
import type { ScopedProgram } from './gap-sources.js';
import { readScopedPrograms } from './gap-sources.js';

export interface DemandProgram {
  id: string;
  name: string;
  campusName: string;
  /** 'soc' when the program lists the occupation's SOC code, otherwise 'cluster'. */
  link: 'soc' | 'cluster';
}

export interface DemandEmployer {
  employerId: string;
  employerName: string;
  occupationTitle: string;
}

export interface DemandOccupation {
  occupationTitle: string;
  socCode: string | null;
  careerCluster: string | null;
  annualOpenings: number | null;
  /** Growth in percent as stored (numeric, two decimals), so no rounding happens. */
  growthPercent: string | null;
  medianWage: string | null;
  source: string;
  asOf: string;
  programs: DemandProgram[];
  employers: DemandEmployer[];
}

/**
 * Ranks the partnership's occupations by annual openings, then growth, then title, from the
 * labor-market figures. Each occupation appears once, from its most recent row (by as-of date)
 * per SOC code, or per title when the row has no SOC code. Programs lead to an occupation when
 * they list its SOC code or share its career cluster. Employers are linked through a need with
 * the same SOC code or the same title.
 */
export async function rankDemand(
  db: Database,
  query: { partnershipId: string; careerCluster?: string | undefined },
): Promise<DemandOccupation[]> {
  const { partnershipId } = query;
  const figures = await db
    .select()
    .from(laborMarketFigures)
    .where(
      and(
        eq(laborMarketFigures.partnershipId, partnershipId),
        query.careerCluster ? eq(laborMarketFigures.careerCluster, query.careerCluster) : undefined,
      ),
    )
    .orderBy(desc(laborMarketFigures.asOf));
  const programRows = await readScopedPrograms(db, { partnershipId });
  const needs = await db
    .select({
      employerId: industryNeeds.employerId,
      employerName: organizations.name,
      occupationTitle: industryNeeds.occupationTitle,
      socCode: industryNeeds.socCode,
    })
    .from(industryNeeds)
    .innerJoin(organizations, eq(organizations.id, industryNeeds.employerId))
    .where(eq(industryNeeds.partnershipId, partnershipId))
    .orderBy(organizations.name);

  const latest = new Map<string, (typeof figures)[number]>();

  for (const row of figures) {
    const key = row.socCode ?? `title:${row.occupationTitle.toLowerCase()}`;
    if (!latest.has(key)) latest.set(key, row);
  }

  const occupations = [...latest.values()].map((row) => ({
    occupationTitle: row.occupationTitle,
    socCode: row.socCode,
    careerCluster: row.careerCluster,
    annualOpenings: row.annualOpenings,
    growthPercent: row.growthPercent,
    medianWage: row.medianWage,
    source: row.source,
    asOf: row.asOf,
    programs: programsLeadingTo(row, programRows),
    employers: needs
      .filter(
        (need) =>
          (row.socCode !== null && need.socCode === row.socCode) ||
          need.occupationTitle.toLowerCase() === row.occupationTitle.toLowerCase(),
      )
      .map(({ employerId, employerName, occupationTitle }) => ({
        employerId,
        employerName,
        occupationTitle,
      })),
  }));

  return occupations.sort(compareDemand);
}

function programsLeadingTo(
  figure: { socCode: string | null; careerCluster: string | null },
  programRows: ScopedProgram[],
): DemandProgram[] {
  const linked: DemandProgram[] = [];

  for (const program of programRows) {
    const bySoc = figure.socCode !== null && program.socCodes.includes(figure.socCode);
    const byCluster =
      figure.careerCluster !== null && program.careerCluster === figure.careerCluster;

    if (bySoc || byCluster) {
      const { id, name, campusName } = program;
      linked.push({ id, name, campusName, link: bySoc ? 'soc' : 'cluster' });
    }
  }

  // Programs that list the SOC code lead more directly, so they come first.
  const bySoc = linked.filter((program) => program.link === 'soc');
  const byCluster = linked.filter((program) => program.link === 'cluster');

  return [...bySoc, ...byCluster];
}

/** Orders by openings, then growth, descending with missing values last, then by title. */
function compareDemand(a: DemandOccupation, b: DemandOccupation): number {
  return (
    compareDescending(a.annualOpenings, b.annualOpenings) ||
    compareDescending(decimalOrNull(a.growthPercent), decimalOrNull(b.growthPercent)) ||
    a.occupationTitle.localeCompare(b.occupationTitle)
  );
}

function compareDescending(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;

  return b - a;
}

// Two-decimal values of up to seven digits convert to distinct doubles in the same order.
function decimalOrNull(value: string | null): number | null {
  return value === null ? null : Number(value);
}
