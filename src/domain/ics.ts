/** One calendar entry (a meeting or an event) as an iCalendar VEVENT. */
export interface IcsEntry {
  /** A globally unique id that stays the same when the entry changes, such as `<id>@bridge`. */
  uid: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location?: string | null | undefined;
  description?: string | null | undefined;
  url?: string | null | undefined;
  /** The DTSTAMP: when this copy of the file was made. Defaults to the current time. */
  now?: Date;
}

/** RFC 5545 section 3.1: a content line is at most 75 octets before its CRLF. */
const MAX_LINE_OCTETS = 75;

/**
 * Renders a one-event iCalendar file (RFC 5545): CRLF line endings, lines folded at 75 octets
 * without splitting a UTF-8 character, TEXT values escaped, and every time in UTC.
 */
export function renderIcs(entry: IcsEntry): string {
  const properties: Array<[string, string]> = [
    ['UID', escapeText(entry.uid)],
    ['DTSTAMP', formatUtc(entry.now ?? new Date())],
    ['DTSTART', formatUtc(entry.startsAt)],
    ['DTEND', formatUtc(entry.endsAt)],
    ['SUMMARY', escapeText(entry.title)],
  ];

  if (entry.location) properties.push(['LOCATION', escapeText(entry.location)]);
  if (entry.description) properties.push(['DESCRIPTION', escapeText(entry.description)]);
  // URL is a URI value, not TEXT, so it is not escaped; a line break would end the property.
  if (entry.url) properties.push(['URL', entry.url.replace(/[\r\n]/g, '')]);

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Bridge//Partnership meetings and events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    ...properties.map(([name, value]) => `${name}:${value}`),
    'END:VEVENT',
    'END:VCALENDAR',
  ];

  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/**
 * Escapes a TEXT value (RFC 5545 section 3.3.11): backslash, semicolon and comma get a
 * backslash, and each line break becomes `\n`.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Formats an instant as an RFC 5545 UTC DATE-TIME, such as 20270210T150000Z. */
export function formatUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 section 3.1). Each
 * continuation line starts with one space, which counts toward its 75 octets.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();

  if (encoder.encode(line).length <= MAX_LINE_OCTETS) return line;

  const folded: string[] = [];
  let current = '';
  let currentOctets = 0;

  for (const character of line) {
    const octets = encoder.encode(character).length;
    const limit = folded.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;

    if (currentOctets + octets > limit) {
      folded.push(current);
      current = '';
      currentOctets = 0;
    }

    current += character;
    currentOctets += octets;
  }

  folded.push(current);

  return folded.join('\r\n ');
}
