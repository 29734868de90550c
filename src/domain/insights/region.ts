import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { organizations, programs } from '../../db/schema/index.js';
import type { Coordinates } from './distance.js';
import { normalizeName } from './name-match.js';

/** A program of study as the proximity insights compare it. */
export interface RegionProgram {
  name: string;
  cipCode: string | null;
  /** The name lowercased with white space collapsed, the key programs without CIP compare by. */
  nameKey: string;
}

/** A campus of the partnership with its programs; coordinates are null when none are stored. */
export interface RegionCampus {
  id: string;
  name: string;
  coordinates: Coordinates | null;
  programs: RegionProgram[];
}

/**
 * Loads every campus of a partnership with its programs in two queries, so distances and program
 * comparisons for the whole region run in memory.
 */
export async function loadRegionCampuses(
  db: Database,
  partnershipId: string,
): Promise<RegionCampus[]> {
  const campusRows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      latitude: organizations.latitude,
      longitude: organizations.longitude,
    })
    .from(organizations)
    .where(and(eq(organizations.partnershipId, partnershipId), eq(organizations.kind, 'campus')));
  const programRows = await db
    .select({ campusId: programs.campusId, name: programs.name, cipCode: programs.cipCode })
    .from(programs)
    .where(eq(programs.partnershipId, partnershipId));

  const campuses = new Map<string, RegionCampus>();

  for (const row of campusRows) {
    const hasCoordinates = row.latitude !== null && row.longitude !== null;
    const coordinates = hasCoordinates
      ? { latitude: Number(row.latitude), longitude: Number(row.longitude) }
      : null;

    campuses.set(row.id, { id: row.id, name: row.name, coordinates, programs: [] });
  }

  for (const row of programRows) {
    const program = { name: row.name, cipCode: row.cipCode, nameKey: normalizeName(row.name) };

    campuses.get(row.campusId)?.programs.push(program);
  }

  return [...campuses.values()];
}

/**
 * Tells whether two programs are the same program of study: by CIP code when both have one,
 * otherwise by name ignoring case and spacing. Two programs with different CIP codes differ even
 * when their names are equal.
 */
export function sameProgram(a: RegionProgram, b: RegionProgram): boolean {
  if (a.cipCode && b.cipCode) return a.cipCode === b.cipCode;

  return a.nameKey === b.nameKey;
}

/** Returns the programs of `from` that `to` does not run, sorted by name. */
export function programsLacking(from: RegionProgram[], to: RegionProgram[]): RegionProgram[] {
  return from
    .filter((program) => !to.some((other) => sameProgram(program, other)))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Builds a test for whether a program is the same program of study as any of `targets`, by the
 * rule of sameProgram, with set lookups so it stays fast over thousands of programs.
 */
export function sameProgramAsAny(targets: RegionProgram[]): (program: RegionProgram) => boolean {
  const cipCodes = new Set(targets.flatMap((target) => (target.cipCode ? [target.cipCode] : [])));
  const namesWithoutCip = new Set(
    targets.filter((target) => !target.cipCode).map((target) => target.nameKey),
  );
  const allNames = new Set(targets.map((target) => target.nameKey));

  return (program) =>
    program.cipCode
      ? cipCodes.has(program.cipCode) || namesWithoutCip.has(program.nameKey)
      : allNames.has(program.nameKey);
}
