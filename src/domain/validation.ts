import { DateTime } from 'luxon';
import { z } from 'zod';
import type { FieldErrors } from './errors.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Runs a zod schema over form values and keeps the first message for each field. */
export function parseForm<T>(schema: z.ZodType<T>, form: unknown): Parsed<T> {
  const result = schema.safeParse(form);

  if (result.success) return { ok: true, value: result.data };

  const errors: FieldErrors = {};

  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }

  return { ok: false, errors };
}

/** Text that may be left empty: blank becomes undefined, anything else is trimmed. */
export function optionalText(label: string, maxLength: number) {
  return z
    .string()
    .nullish()
    .transform((value) => value?.trim() || undefined)
    .pipe(
      z
        .string()
        .max(maxLength, `${label} must be at most ${maxLength} characters; shorten it.`)
        .optional(),
    );
}

/** Text that must be filled in, trimmed, with a maximum length. */
export function requiredText(label: string, maxLength: number) {
  return z
    .string({ error: `Enter a ${label.toLowerCase()}.` })
    .trim()
    .min(1, `Enter a ${label.toLowerCase()}.`)
    .max(maxLength, `${label} must be at most ${maxLength} characters; shorten it.`);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** An optional calendar date in YYYY-MM-DD form, as Slack's datepicker sends it. */
export function optionalDate(label: string) {
  return z
    .string()
    .nullish()
    .transform((value) => value?.trim() || undefined)
    .pipe(
      z
        .string()
        .regex(isoDate, `${label} must be a date such as 2027-03-15.`)
        .refine((value) => DateTime.fromISO(value).isValid, `${label} is not a real date.`)
        .optional(),
    );
}

/** A whole number typed as text, between the bounds given. */
export function wholeNumber(label: string, minimum: number, maximum: number) {
  return z
    .string({ error: `Enter the number of ${label.toLowerCase()}.` })
    .trim()
    .min(1, `Enter the number of ${label.toLowerCase()}.`)
    .regex(/^-?\d+$/, `${label} must be a whole number such as 3.`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(minimum, `${label} must be at least ${minimum}.`)
        .max(maximum, `${label} must be at most ${maximum}.`),
    );
}
