import { describe, expect, it } from 'vitest';
import type { Coordinates } from '../../../src/domain/insights/distance.js';
import {
  EARTH_RADIUS_MILES,
  greatCircleMiles,
  milesWithin,
} from '../../../src/domain/insights/distance.js';

const cities: Record<string, Coordinates> = {
  newYork: { latitude: 40.7128, longitude: -74.006 },
  losAngeles: { latitude: 34.0522, longitude: -118.2437 },
  london: { latitude: 51.5074, longitude: -0.1278 },
  paris: { latitude: 48.8566, longitude: 2.3522 },
  sydney: { latitude: -33.8688, longitude: 151.2093 },
  melbourne: { latitude: -37.8136, longitude: 144.9631 },
  corpusChristi: { latitude: 27.8006, longitude: -97.3964 },
  houston: { latitude: 29.7604, longitude: -95.3698 },
};

/** Computes the great-circle distance by the spherical law of cosines, a second formula. */
function lawOfCosinesMiles(from: Coordinates, to: Coordinates): number {
  const rad = (degrees: number) => (degrees * Math.PI) / 180;
  const cosine =
    Math.sin(rad(from.latitude)) * Math.sin(rad(to.latitude)) +
    Math.cos(rad(from.latitude)) *
      Math.cos(rad(to.latitude)) *
      Math.cos(rad(to.longitude - from.longitude));

  return EARTH_RADIUS_MILES * Math.acos(Math.min(1, cosine));
}

/** Published great-circle distances between city centers, in miles, rounded to whole miles. */
const publishedPairs: Array<[string, string, number]> = [
  ['newYork', 'losAngeles', 2446],
  ['london', 'paris', 214],
  ['sydney', 'melbourne', 443],
];

describe('greatCircleMiles', () => {
  it.each(publishedPairs)('matches the published %s to %s distance', (from, to, miles) => {
    const distance = greatCircleMiles(cities[from] as Coordinates, cities[to] as Coordinates);

    // 1 % covers rounding of the published figure and the sphere against the ellipsoid.
    expect(Math.abs(distance - miles) / miles).toBeLessThan(0.01);
  });

  it.each(Object.keys(cities).flatMap((from) => Object.keys(cities).map((to) => [from, to])))(
    'agrees with the law of cosines from %s to %s',
    (from, to) => {
      const a = cities[from] as Coordinates;
      const b = cities[to] as Coordinates;

      expect(greatCircleMiles(a, b)).toBeCloseTo(lawOfCosinesMiles(a, b), 3);
    },
  );

  it('puts Corpus Christi about 183 miles from Houston', () => {
    const distance = greatCircleMiles(
      cities.corpusChristi as Coordinates,
      cities.houston as Coordinates,
    );

    expect(distance).toBeGreaterThan(180);
    expect(distance).toBeLessThan(186);
  });

  it('is zero for the same point', () => {
    expect(greatCircleMiles(cities.paris as Coordinates, cities.paris as Coordinates)).toBe(0);
  });

  it('is symmetric', () => {
    const there = greatCircleMiles(cities.london as Coordinates, cities.sydney as Coordinates);
    const back = greatCircleMiles(cities.sydney as Coordinates, cities.london as Coordinates);

    expect(there).toBeCloseTo(back, 9);
  });

  it('is half the circumference between antipodes', () => {
    const distance = greatCircleMiles(
      { latitude: 10, longitude: 20 },
      { latitude: -10, longitude: -160 },
    );

    expect(distance).toBeCloseTo(Math.PI * EARTH_RADIUS_MILES, 2);
  });

  it('measures one degree of latitude as about 69.1 miles', () => {
    const distance = greatCircleMiles({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 });

    expect(distance).toBeCloseTo((Math.PI * EARTH_RADIUS_MILES) / 180, 9);
    expect(distance).toBeCloseTo(69.09, 2);
  });
});

describe('milesWithin', () => {
  const corpusChristi = cities.corpusChristi as Coordinates;
  const houston = cities.houston as Coordinates;
  const distance = greatCircleMiles(corpusChristi, houston);

  it('returns the distance at or under the limit', () => {
    expect(milesWithin(corpusChristi, houston, 200)).toBe(distance);
    expect(milesWithin(corpusChristi, houston, distance)).toBe(distance);
  });

  it('returns undefined past the limit', () => {
    expect(milesWithin(corpusChristi, houston, distance - 0.01)).toBeUndefined();
  });

  it('returns undefined when latitudes alone are too far apart', () => {
    expect(milesWithin(corpusChristi, houston, 100)).toBeUndefined();
  });

  it('measures points on one parallel without the latitude shortcut', () => {
    const west = { latitude: 60, longitude: 0 };
    const east = { latitude: 60, longitude: 2 };

    expect(milesWithin(west, east, 100)).toBeCloseTo(greatCircleMiles(west, east), 9);
  });
});
