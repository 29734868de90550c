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

export interface TextOptions {
  /** Whether tab and newline are allowed, as in a multiline input such as a description. */
  multiline?: boolean;
}

/**
 * Control characters (C0, DEL and C1, Unicode category Cc) and the bidirectional embeddings,
 * overrides and isolates. Postgres text cannot store NUL, the controls are invisible, and the
 * bidirectional ones can make text read in another order than it is stored.
 */
const controlCharacter = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

/**
 * True when `text` contains a control or bidirectional formatting character. A multiline value
 * may contain tabs and line feeds.
 */
export function containsControlCharacter(text: string, options: TextOptions = {}): boolean {
  return controlCharacter.test(options.multiline ? text.replace(/[\t\n]/g, '') : text);
}

/**
 * A string schema that rejects control characters. A multiline value may keep tab and
 * newline, and its Windows line endings (CR LF) become newlines. A single-line value has runs
 * of spaces folded to one.
 */
function withoutControls(label: string, options: TextOptions) {
  const message = `${label} contains a control character; remove it.`;

  if (options.multiline) {
    return z
      .string()
      .transform((value) => value.replace(/\r\n/g, '\n'))
      .refine((value) => !controlCharacter.test(value.replace(/[\t\n]/g, '')), message);
  }

  // Runs of spaces become one, so "Zeta  Corp" and "Zeta Corp" name the same employer.
  return z
    .string()
    .refine((value) => !controlCharacter.test(value), message)
    .transform((value) => value.replace(/\s{2,}/g, ' '));
}

/** Text that may be left empty: blank becomes undefined, anything else is trimmed. */
export function optionalText(label: string, maxLength: number, options: TextOptions = {}) {
  return z
    .string()
    .nullish()
    .transform((value) => value?.trim() || undefined)
    .pipe(
      z
        .string()
        .max(maxLength, `${label} must be at most ${maxLength} characters; shorten it.`)
        .pipe(withoutControls(label, options))
        .optional(),
    );
}

/** Text that must be filled in, trimmed, with a maximum length. */
export function requiredText(label: string, maxLength: number, options: TextOptions = {}) {
  return z
    .string({ error: `Enter a ${label.toLowerCase()}.` })
    .trim()
    .min(1, `Enter a ${label.toLowerCase()}.`)
    .max(maxLength, `${label} must be at most ${maxLength} characters; shorten it.`)
    .pipe(withoutControls(label, options));
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
