import type { z } from 'zod';

/**
 * Reads a button or option value that Bridge wrote as JSON. A value that no Bridge element
 * carries (unreadable JSON or the wrong shape) reads as undefined.
 */
export function readJsonValue<T>(schema: z.ZodType<T>, value: string | undefined): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(value ?? ''));

    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
