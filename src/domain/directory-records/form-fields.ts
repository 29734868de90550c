import { z } from 'zod';
import { isUuid } from '../record-owners.js';
import { requiredText, wholeNumber } from '../validation.js';

/** Form values as a surface read them; each record's schema decides what is valid. */
export type RawForm<Field extends string> = Partial<Record<Field, unknown>>;

/** Blank or missing text becomes undefined; anything else is trimmed. */
const blankToUndefined = z
  .string()
  .nullish()
  .transform((value) => value?.trim() || undefined);

/** Builds a schema for an optional code such as a CIP code; its message shows the value and an example. */
export function optionalCode(label: string, pattern: RegExp, example: string) {
  return blankToUndefined.transform((value, context) => {
    if (value === undefined || pattern.test(value)) return value;

    context.addIssue({ code: 'custom', message: `${label} "${value}" must look like ${example}.` });

    return z.NEVER;
  });
}

/** Builds a schema for an optional whole number typed as text, between the bounds given. */
export function optionalWholeNumber(label: string, minimum: number, maximum: number) {
  return blankToUndefined.pipe(wholeNumber(label, minimum, maximum).optional());
}

/** Builds a schema for the id of a record picked from a select; a bad id gives `message`. */
export function pickedId(message: string) {
  return z
    .string({ error: message })
    .refine((value) => isUuid(value), message)
    .transform((value) => value.toLowerCase());
}

/** Builds a schema for an optional pick from a fixed list; blank becomes undefined. */
export function optionalChoice<const T extends readonly [string, ...string[]]>(
  choices: T,
  message: string,
) {
  return blankToUndefined.pipe(z.enum(choices, { error: message }).optional());
}

/**
 * Splits typed list text into items. Text with a line break is split at line breaks only, so an
 * item may contain a comma; otherwise it is split at commas.
 */
export function splitList(text: string): string[] {
  const separator = /[\r\n]/.test(text) ? /\r?\n/ : /,/;

  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Joins list items for a prefilled form so that splitList reads them back unchanged. */
export function joinList(items: readonly string[]): string {
  return items.some((item) => item.includes(',')) ? items.join('\n') : items.join(', ');
}

export interface ListRules {
  /** Names one item in messages, such as "Skill" or "SOC code". */
  itemLabel: string;
  maxItems: number;
  maxItemLength: number;
  /** A pattern every item must match, with an example for the message. */
  format?: { pattern: RegExp; example: string };
}

/**
 * Builds a schema for a list typed as comma- or line-separated text. Items are trimmed, repeats
 * in any case are dropped, and each item follows the same text rules as a single field.
 */
export function textList(label: string, rules: ListRules) {
  const itemSchema = requiredText(rules.itemLabel, rules.maxItemLength);

  return blankToUndefined.transform((value, context) => {
    const items: string[] = [];

    for (const raw of splitList(value ?? '')) {
      const parsed = itemSchema.safeParse(raw);

      if (!parsed.success) {
        const message = parsed.error.issues[0]?.message ?? `${rules.itemLabel} is invalid.`;
        context.addIssue({ code: 'custom', message: `"${raw}": ${message}` });
        return z.NEVER;
      }

      if (rules.format && !rules.format.pattern.test(parsed.data)) {
        context.addIssue({
          code: 'custom',
          message: `${rules.itemLabel} "${parsed.data}" must look like ${rules.format.example}.`,
        });
        return z.NEVER;
      }

      const isRepeat = items.some((item) => item.toLowerCase() === parsed.data.toLowerCase());

      if (!isRepeat) items.push(parsed.data);
    }

    if (items.length > rules.maxItems) {
      context.addIssue({
        code: 'custom',
        message: `${label} has ${items.length} entries; keep at most ${rules.maxItems}.`,
      });
      return z.NEVER;
    }

    return items;
  });
}
