import type { Database } from '../../db/client.js';
import type { WblType } from '../../db/schema/index.js';
import { wblTypes } from '../../db/schema/index.js';
import type { LaborSource, NeedSource, ScopedProgram } from './gap-sources.js';
import {
  readAgreedTypes,
  readLaborFigures,
  readNeeds,
  readOpenOpportunityKeys,
  readScopedPrograms,
  readSurveyClusters,
} from './gap-sources.js';

/**
 * The source of one WBL type for a program: the program offers it itself (listed in
 * wbl_offered), a partner arranges it, or it is missing.
 */
export type WblCell = 'offered' | 'partner' | 'missing';

export interface GapProgram {
  id: string;
  name: string;
  campusName: string;
  careerCluster: string;
  cells: Record<WblType, WblCell>;
}

export interface ClusterGaps {
  careerCluster: string;
  programs: GapProgram[];
}

/** A career cluster with demand in the region but no program in scope. */
export interface UnservedCluster {
  careerCluster: string;
  /** Employers with at least one stated need in the cluster. */
  employersWithNeeds: number;
  /** Annual openings summed over the labor-market rows of the cluster. */
  annualOpenings: number;
}

export interface GapMatrix {
  clusters: ClusterGaps[];
  unservedClusters: UnservedCluster[];
  /** Programs with no open opportunity in their cluster, no need sharing a SOC code, no agreement. */
  programsWithoutPartner: GapProgram[];
}

/**
 * Builds the gap matrix for the partnership, or for one district's campuses. A type that the
 * program does not offer is arranged through a partner in two cases. Either an employer has an
 * open opportunity of that type in the program's career cluster, or an employer agreed to a
 * request or donation of that kind for the program. Agreed means a request accepted or
 * fulfilled, an accepted offer, or a donation accepted, scheduled or delivered.
 */
export async function buildGapMatrix(
  db: Database,
  scope: { partnershipId: string; districtId?: string | undefined },
): Promise<GapMatrix> {
  const { partnershipId } = scope;
  const programRows = await readScopedPrograms(db, scope);
  const openKeys = await readOpenOpportunityKeys(db, partnershipId);
  const agreed = await readAgreedTypes(db, partnershipId);
  const needs = await readNeeds(db, partnershipId);
  const labor = await readLaborFigures(db, partnershipId);
  const surveyClusters = await readSurveyClusters(db, partnershipId);

  const gapPrograms = programRows.map((program) => ({
    ...program,
    cells: cellsOf(program, openKeys, agreed.get(program.id)),
  }));
  const openClusters = new Set([...openKeys].map((key) => key.slice(key.indexOf('|') + 1)));
  const needSocCodes = new Set(needs.flatMap((need) => (need.socCode ? [need.socCode] : [])));
  const programsWithoutPartner = gapPrograms.filter(
    (program) =>
      !openClusters.has(program.careerCluster) &&
      !program.socCodes.some((code) => needSocCodes.has(code)) &&
      !agreed.has(program.id),
  );

  return {
    clusters: groupByCluster(gapPrograms),
    unservedClusters: findUnservedClusters({ programRows, needs, labor, surveyClusters }),
    programsWithoutPartner: programsWithoutPartner.map(toGapProgram),
  };
}

function cellsOf(
  program: ScopedProgram,
  openKeys: Set<string>,
  agreedTypes: Set<WblType> | undefined,
): Record<WblType, WblCell> {
  const entries = wblTypes.map((type): [WblType, WblCell] => {
    if (program.wblOffered.includes(type)) return [type, 'offered'];
    if (openKeys.has(`${type}|${program.careerCluster}`) || agreedTypes?.has(type)) {
      return [type, 'partner'];
    }

    return [type, 'missing'];
  });

  return Object.fromEntries(entries) as Record<WblType, WblCell>;
}

function toGapProgram(program: GapProgram): GapProgram {
  const { id, name, campusName, careerCluster, cells } = program;

  return { id, name, campusName, careerCluster, cells };
}

function groupByCluster(rows: GapProgram[]): ClusterGaps[] {
  const clusters = new Map<string, GapProgram[]>();

  for (const row of rows) {
    const list = clusters.get(row.careerCluster) ?? [];
    list.push(toGapProgram(row));
    clusters.set(row.careerCluster, list);
  }

  return [...clusters].map(([careerCluster, programs]) => ({ careerCluster, programs }));
}

/**
 * Finds clusters with demand but no program in scope. A need belongs to the clusters of the
 * labor-market rows with its SOC code. A need without such a row belongs to the clusters of its
 * employer's capacity survey. Labor-market rows with annual openings count on their own.
 */
function findUnservedClusters(sources: {
  programRows: ScopedProgram[];
  needs: NeedSource[];
  labor: LaborSource[];
  surveyClusters: Map<string, string[]>;
}): UnservedCluster[] {
  const served = new Set(sources.programRows.map((program) => program.careerCluster));
  const clustersBySoc = new Map<string, Set<string>>();
  const openings = new Map<string, number>();
  const employers = new Map<string, Set<string>>();

  for (const row of sources.labor) {
    if (!row.careerCluster) continue;
    if (row.socCode) {
      const clusters = clustersBySoc.get(row.socCode) ?? new Set<string>();
      clusters.add(row.careerCluster);
      clustersBySoc.set(row.socCode, clusters);
    }
    if (row.annualOpenings && row.annualOpenings > 0) {
      openings.set(row.careerCluster, (openings.get(row.careerCluster) ?? 0) + row.annualOpenings);
    }
  }

  for (const need of sources.needs) {
    const bySoc = need.socCode ? clustersBySoc.get(need.socCode) : undefined;
    const clusters = bySoc ?? sources.surveyClusters.get(need.employerId) ?? [];

    for (const cluster of clusters) {
      const set = employers.get(cluster) ?? new Set<string>();
      set.add(need.employerId);
      employers.set(cluster, set);
    }
  }

  const demanded = new Set([...openings.keys(), ...employers.keys()]);

  return [...demanded]
    .filter((cluster) => !served.has(cluster))
    .sort((a, b) => a.localeCompare(b))
    .map((careerCluster) => ({
      careerCluster,
      employersWithNeeds: employers.get(careerCluster)?.size ?? 0,
      annualOpenings: openings.get(careerCluster) ?? 0,
    }));
}
