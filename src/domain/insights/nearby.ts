import type { Database } from '../../db/client.js';
import type { MatchKind } from '../cards/match.js';
import { DEFAULT_SHARING_MILES, milesWithin } from './distance.js';
import { matchName } from './name-match.js';
import type { RegionCampus, RegionProgram } from './region.js';
import { loadRegionCampuses, programsLacking } from './region.js';

/** A campus within the distance, with the programs each side runs that the other lacks. */
export interface NearbyCampus {
  id: string;
  name: string;
  miles: number;
  /** Programs this nearby campus runs that the named campus lacks. */
  theyOffer: RegionProgram[];
  /** Programs the named campus runs that this nearby campus lacks. */
  weOffer: RegionProgram[];
}

export type NearbyResult =
  | {
      outcome: 'found';
      campus: { id: string; name: string };
      kind: MatchKind;
      miles: number;
      /** Sorted by distance, nearest first. */
      nearby: NearbyCampus[];
      /** Other campuses left out because no coordinates are stored for them. */
      withoutCoordinates: number;
    }
  | { outcome: 'no_coordinates'; campus: { id: string; name: string } }
  | { outcome: 'several'; campusNames: string[]; kind: MatchKind }
  | { outcome: 'none' };

/**
 * Finds the campuses within `miles` of the campus a typed name means, by great-circle distance
 * between stored coordinates. Programs compare by CIP code when both have one, else by name
 * ignoring case.
 */
export async function nearbyCampuses(
  db: Database,
  input: { partnershipId: string; campusName: string; miles?: number },
): Promise<NearbyResult> {
  const miles = input.miles ?? DEFAULT_SHARING_MILES;
  const campuses = await loadRegionCampuses(db, input.partnershipId);
  const match = matchName(campuses, input.campusName, (campus) => campus.name);

  if (match.outcome === 'none') return match;
  if (match.outcome === 'several') {
    return {
      outcome: 'several',
      campusNames: match.matches.map((campus) => campus.name),
      kind: match.kind,
    };
  }

  const campus = match.match;
  const identity = { id: campus.id, name: campus.name };

  if (!campus.coordinates) return { outcome: 'no_coordinates', campus: identity };

  const others = campuses.filter((other) => other.id !== campus.id);
  const nearby = others
    .flatMap((other) => describeNearby(campus, other, miles))
    .sort((a, b) => a.miles - b.miles || a.name.localeCompare(b.name));

  return {
    outcome: 'found',
    campus: identity,
    kind: match.kind,
    miles,
    nearby,
    withoutCoordinates: others.filter((other) => !other.coordinates).length,
  };
}

function describeNearby(campus: RegionCampus, other: RegionCampus, miles: number): NearbyCampus[] {
  if (!campus.coordinates || !other.coordinates) return [];

  const distance = milesWithin(campus.coordinates, other.coordinates, miles);

  if (distance === undefined) return [];

  return [
    {
      id: other.id,
      name: other.name,
      miles: distance,
      theyOffer: programsLacking(other.programs, campus.programs),
      weOffer: programsLacking(campus.programs, other.programs),
    },
  ];
}
