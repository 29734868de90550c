import { isDeepStrictEqual } from 'node:util';

/** True when any of `values` differs from the stored row; arrays compare item by item. */
export function hasChanges(
  stored: Record<string, unknown>,
  values: Record<string, unknown>,
): boolean {
  return Object.entries(values).some(([key, value]) => !isDeepStrictEqual(stored[key], value));
}

/**
 * True when a database error (or its cause, as drizzle wraps driver errors) is a violation of
 * the named unique index. postgres.js names it `constraint_name`, PGlite `constraint`.
 */
export function isUniqueViolation(error: unknown, indexName: string): boolean {
  let current: unknown = error;

  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const fields = current as { code?: unknown; constraint_name?: unknown; constraint?: unknown };
    const name = fields.constraint_name ?? fields.constraint;

    if (fields.code === '23505' && name === indexName) return true;

    current = (current as { cause?: unknown }).cause;
  }

  return false;
}
