import type { Database } from '../../db/client.js';
import type { MatchKind } from '../cards/match.js';
import { DEFAULT_SHARING_MILES, milesWithin } from './distance.js';
import { matchName, normalizeName } from './name-match.js';
import type { RegionCampus, RegionProgram } from './region.js';
import { loadRegionCampuses, sameProgramAsAny } from './region.js';

/** A campus without the program that lies within the distance of a campus that runs it. */
export interface ShareCandidate {
  id: string;
  name: string;
  nearestProvider: { id: string; name: string };
  miles: number;
}

export type ShareResult =
  | {
      outcome: 'found';
      programName: string;
      kind: MatchKind;
      miles: number;
      /** Campuses that run the program, sorted by name. */
      providers: Array<{ id: string; name: string }>;
      /** Sorted by distance to the nearest provider, nearest first. */
      candidates: ShareCandidate[];
      /** Campuses left out because no coordinates are stored for them. */
      withoutCoordinates: number;
    }
  | { outcome: 'several'; programNames: string[]; kind: MatchKind }
  | { outcome: 'none' };

/**
 * Finds, for the program a typed name means, the campuses that do not run it but lie within
 * `miles` of a campus that does: the candidates for sharing it. A campus runs the program when
 * one of its programs has the same CIP code (where both have one) or else the same name
 * ignoring case as a program with the matched name.
 */
export async function shareCandidates(
  db: Database,
  input: { partnershipId: string; programName: string; miles?: number },
): Promise<ShareResult> {
  const miles = input.miles ?? DEFAULT_SHARING_MILES;
  const campuses = await loadRegionCampuses(db, input.partnershipId);
  const programNames = distinctProgramNames(campuses);
  const match = matchName(programNames, input.programName, (name) => name);

  if (match.outcome === 'none') return match;
  if (match.outcome === 'several') {
    return { outcome: 'several', programNames: match.matches, kind: match.kind };
  }

  const wanted = normalizeName(match.match);
  const named = campuses.flatMap((campus) =>
    campus.programs.filter((program) => program.nameKey === wanted),
  );
  const isSameProgram = sameProgramAsAny(named);
  const providers: RegionCampus[] = [];
  const others: RegionCampus[] = [];

  for (const campus of campuses) {
    if (campus.programs.some(isSameProgram)) providers.push(campus);
    else others.push(campus);
  }

  const candidates = others
    .flatMap((campus) => nearestProvider(campus, providers, miles))
    .sort((a, b) => a.miles - b.miles || a.name.localeCompare(b.name));

  return {
    outcome: 'found',
    programName: match.match,
    kind: match.kind,
    miles,
    providers: providers
      .map((campus) => ({ id: campus.id, name: campus.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    candidates,
    withoutCoordinates: campuses.filter((campus) => !campus.coordinates).length,
  };
}

/** Program names of the region, one per name ignoring case, in the first spelling loaded. */
function distinctProgramNames(campuses: RegionCampus[]): string[] {
  const names = new Map<string, string>();
  const programs: RegionProgram[] = campuses.flatMap((campus) => campus.programs);

  for (const program of programs) {
    if (!names.has(program.nameKey)) names.set(program.nameKey, program.name);
  }

  return [...names.values()];
}

function nearestProvider(
  campus: RegionCampus,
  providers: RegionCampus[],
  miles: number,
): ShareCandidate[] {
  let nearest: { provider: RegionCampus; miles: number } | undefined;

  for (const provider of providers) {
    if (!campus.coordinates || !provider.coordinates) continue;

    const distance = milesWithin(campus.coordinates, provider.coordinates, nearest?.miles ?? miles);

    if (distance !== undefined && (!nearest || distance < nearest.miles)) {
      nearest = { provider, miles: distance };
    }
  }

  if (!nearest) return [];

  return [
    {
      id: campus.id,
      name: campus.name,
      nearestProvider: { id: nearest.provider.id, name: nearest.provider.name },
      miles: nearest.miles,
    },
  ];
}
