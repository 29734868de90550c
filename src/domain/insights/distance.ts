/** Mean radius of the Earth in statute miles, as used by the haversine formula. */
export const EARTH_RADIUS_MILES = 3958.8;

/** Distance used by `/bridge nearby` and `/bridge share` when the command names none, in miles. */
export const DEFAULT_SHARING_MILES = 25;

/** Smallest and largest distance a command accepts, in miles. */
export const MIN_SHARING_MILES = 1;
export const MAX_SHARING_MILES = 200;

/** A point in decimal degrees. */
export interface Coordinates {
  latitude: number;
  longitude: number;
}

/**
 * Computes the great-circle distance between two points in miles with the haversine formula,
 * treating the Earth as a sphere of radius EARTH_RADIUS_MILES. Against the WGS 84 ellipsoid
 * this is off by up to roughly 0.5 %, an estimate that is small beside the distances compared.
 */
export function greatCircleMiles(from: Coordinates, to: Coordinates): number {
  const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLatitude = toRadians(to.latitude - from.latitude);
  const dLongitude = toRadians(to.longitude - from.longitude);
  const h =
    Math.sin(dLatitude / 2) ** 2 +
    Math.cos(toRadians(from.latitude)) *
      Math.cos(toRadians(to.latitude)) *
      Math.sin(dLongitude / 2) ** 2;

  // min() keeps rounding from pushing the argument of asin past 1 for antipodal points.
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Returns the great-circle distance when it is at most `miles`, or undefined. It skips the
 * haversine when the latitudes alone are farther apart, because no path between two points is
 * shorter than the arc along a meridian between their latitudes.
 */
export function milesWithin(from: Coordinates, to: Coordinates, miles: number): number | undefined {
  const latitudeArcMiles =
    (Math.abs(to.latitude - from.latitude) * Math.PI * EARTH_RADIUS_MILES) / 180;

  if (latitudeArcMiles > miles) return undefined;

  const distance = greatCircleMiles(from, to);

  return distance <= miles ? distance : undefined;
}
