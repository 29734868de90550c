import { createRequire } from 'node:module';

interface ZipRecord {
  latitude: number;
  longitude: number;
}

// The zipcodes package (v8) bundles its U.S. ZIP table in lib/codes.js, so lookups stay offline.
const zipcodes = createRequire(import.meta.url)('zipcodes') as {
  lookup(zip: string): ZipRecord | undefined;
};

/** Returns the center of a 5-digit ZIP code as numeric(9,6) strings, or undefined if unknown. */
export function coordinatesForZip(
  zip: string,
): { latitude: string; longitude: string } | undefined {
  const found = zipcodes.lookup(zip);

  if (!found || !Number.isFinite(found.latitude) || !Number.isFinite(found.longitude)) {
    return undefined;
  }

  return { latitude: found.latitude.toFixed(6), longitude: found.longitude.toFixed(6) };
}
