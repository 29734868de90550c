import { DateTime } from 'luxon';

/** Returns today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, now: Date): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).toISODate() ?? now.toISOString().slice(0, 10);
}

/**
 * Converts a wall-clock date and time in a time zone to an instant. A time that does not exist
 * (the hour skipped when clocks spring forward) moves forward by that hour, as luxon does.
 */
export function instantFromLocal(date: string, time: string, timeZone: string): Date | undefined {
  const local = DateTime.fromISO(`${date}T${time}`, { zone: timeZone });

  return local.isValid ? local.toJSDate() : undefined;
}

/** Formats an event's span in the partnership's zone: "Tue, Mar 16, 2027, 9:00 AM – 12:00 PM CDT". */
export function formatEventSpan(startsAt: Date, endsAt: Date, timeZone: string): string {
  const start = DateTime.fromJSDate(startsAt, { zone: timeZone });
  const end = DateTime.fromJSDate(endsAt, { zone: timeZone });
  const startText = start.toFormat('ccc, LLL d, yyyy, h:mm a');

  if (start.hasSame(end, 'day')) return `${startText} – ${end.toFormat('h:mm a ZZZZ')}`;

  return `${startText} – ${end.toFormat('ccc, LLL d, yyyy, h:mm a ZZZZ')}`;
}

/** Formats a calendar date (YYYY-MM-DD) as "Mar 16, 2027". */
export function formatDate(isoDate: string): string {
  return DateTime.fromISO(isoDate).toFormat('LLL d, yyyy');
}
