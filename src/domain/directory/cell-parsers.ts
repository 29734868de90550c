import { containsControlCharacter, type TextOptions } from '../validation.js';
import { normalizeName } from './columns.js';

/** The outcome of reading one cell: a value, or a message naming the problem and the fix. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

export type CellParser<T> = (text: string) => CellResult<T>;

export const accept = <T>(value: T): CellResult<T> => ({ ok: true, value });

export const reject = (message: string): CellResult<never> => ({ ok: false, message });

/** Characters that separate the items of a list cell, such as "internship; mentorship". */
export const LIST_SEPARATORS = /[;|]/;

/** The largest value of a Postgres `integer` column. */
const INTEGER_MAX = 2_147_483_647;

/** The earliest date a date cell takes. */
const EARLIEST_DATE = '1900-01-01';

/** The maximum length of an email address, as the contact form allows. */
const EMAIL_MAX = 254;

/**
 * Reads free text of at most `maxLength` characters, the limit of the Slack form for the same
 * field, so that an imported value stays editable there. Control characters and bidirectional
 * formatting characters are rejected as the forms reject them (a multiline cell may keep line
 * breaks and tabs), and so is U+FFFD, which stands for bytes that were not UTF-8.
 */
export function text(maxLength: number, options: TextOptions = {}): CellParser<string> {
  return (cell) => {
    if (cell.includes('\uFFFD')) {
      return reject(
        'contains bytes that are not UTF-8 text (shown as \uFFFD); save the file as CSV UTF-8 and import it again',
      );
    }

    if (containsControlCharacter(cell, options)) {
      const what = options.multiline ? 'a control character' : 'a line break or control character';

      return reject(`contains ${what}; remove it`);
    }

    if (cell.length > maxLength) {
      return reject(`is ${cell.length} characters long; shorten it to at most ${maxLength}`);
    }

    return accept(cell);
  };
}

export function wholeNumber(minimum: number, maximum = INTEGER_MAX): CellParser<number> {
  return (cell) => {
    const digits = cell.replace(/,/g, '');

    if (!/^-?\d+$/.test(digits)) return reject(`"${cell}" is not a whole number`);

    const value = Number(digits);

    if (value < minimum || value > maximum) {
      return reject(`"${cell}" is out of range; use a number from ${minimum} to ${maximum}`);
    }

    return accept(value);
  };
}

/**
 * Reads a decimal as an exact string with `scale` digits after the point, the form Postgres
 * returns for numeric(p, scale), so values compare without floating-point rounding.
 */
export function exactDecimal(scale: number, maxIntegerDigits: number): CellParser<string> {
  return (cell) => {
    const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(cell.replace(/[$,%]/g, ''));
    const [, sign = '', integerPart = '', fraction = ''] = match ?? [];

    if (!match || (integerPart === '' && fraction === '')) {
      return reject(`"${cell}" is not a number; write it like 1234.56`);
    }

    if (fraction.length > scale) {
      return reject(`"${cell}" has more than ${scale} digits after the decimal point`);
    }

    const integer = integerPart.replace(/^0+(?=\d)/, '') || '0';

    if (integer.length > maxIntegerDigits) return reject(`"${cell}" is too large`);

    const value = `${integer}.${fraction.padEnd(scale, '0')}`;

    return accept(sign === '-' && /[1-9]/.test(value) ? `-${value}` : value);
  };
}

/** Reads one of a fixed set of values, ignoring case, spaces, hyphens and underscores. */
export function oneOf<T extends string>(choices: readonly T[]): CellParser<T> {
  return (cell) => {
    const wanted = normalizeName(cell);
    const found = choices.find((choice) => normalizeName(choice) === wanted);

    return found ? accept(found) : reject(`"${cell}" is not one of: ${choices.join(', ')}`);
  };
}

export function pattern(regex: RegExp, description: string): CellParser<string> {
  return (cell) => (regex.test(cell) ? accept(cell) : reject(`"${cell}" is not ${description}`));
}

/**
 * Reads a list cell with `item` for each entry. The first bad entry rejects the cell, and so do
 * more than `maxItems` entries, the most its Slack form takes.
 */
export function list<T>(item: CellParser<T>, maxItems = Number.POSITIVE_INFINITY): CellParser<T[]> {
  return (cell) => {
    const values: T[] = [];

    for (const part of cell.split(LIST_SEPARATORS)) {
      if (part.trim() === '') continue;

      const result = item(part.trim());

      if (!result.ok) return result;
      values.push(result.value);
    }

    if (values.length > maxItems) {
      return reject(`has ${values.length} entries; keep at most ${maxItems}`);
    }

    return accept(values);
  };
}

export const zipCode = pattern(/^\d{5}$/, 'a 5-digit ZIP code');

export const socCode = pattern(/^\d{2}-\d{4}$/, 'a SOC code; write it like 15-1252');

export const cipCode = pattern(/^\d{2}\.\d{4}$/, 'a CIP code; write it like 51.3901');

export const isoDate: CellParser<string> = (cell) => {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(cell) && !Number.isNaN(Date.parse(`${cell}T00:00:00Z`));

  if (!valid || new Date(`${cell}T00:00:00Z`).toISOString().slice(0, 10) !== cell) {
    return reject(`"${cell}" is not a date; write it as YYYY-MM-DD, such as 2026-01-31`);
  }

  // Postgres has no year 0000, and a date this early is a typing mistake in a data column.
  if (cell < EARLIEST_DATE) {
    return reject(`"${cell}" is before ${EARLIEST_DATE}; check the year, such as 2026-01-31`);
  }

  return accept(cell);
};

const emailPattern = pattern(
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  'an email address such as name@example.org',
);

export const email: CellParser<string> = (cell) => {
  const checked = text(EMAIL_MAX)(cell);

  return checked.ok ? emailPattern(cell) : checked;
};
