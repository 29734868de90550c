import { createRequire } from 'node:module';

interface ZipRecord {
  city?: string;
  state?: string;
}

// The zipcodes package (v8) bundles its U.S. ZIP table, so the lookup stays offline.
const zipcodes = createRequire(import.meta.url)('zipcodes') as {
  lookup(zip: string): ZipRecord | undefined;
};

/** Returns "Corpus Christi, TX" for a known 5-digit ZIP code, or null. */
export function placeForZip(zip: string | null): string | null {
  if (!zip) return null;

  const found = zipcodes.lookup(zip);

  if (!found?.city || !found.state) return null;

  return `${found.city}, ${found.state}`;
}
