import { DateTime } from 'luxon';

/** Returns today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, now: Date): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).toISODate() ?? now.toISOString().slice(0, 10);
}

/** The instant a wall-clock date and time stands for, or why it has none. */
export type LocalInstant =
  | { ok: true; instant: Date }
  | { ok: false; reason: 'invalid' | 'skipped' };

/**
 * Converts a wall-clock date and time (YYYY-MM-DD, HH:mm) in a time zone to an instant. A time
 * that does not exist because clocks spring forward is `skipped`. A time that occurs twice
 * because clocks fall back means its first occurrence, the one before the change.
 */
export function instantFromLocal(date: string, time: string, timeZone: string): LocalInstant {
  const local = DateTime.fromISO(`${date}T${time}`, { zone: timeZone });

  if (!local.isValid) return { ok: false, reason: 'invalid' };

  // Luxon moves a skipped time forward by the gap, so a changed hour or minute means a gap.
  const [hour, minute] = time.split(':').map(Number);

  if (local.hour !== hour || local.minute !== minute) return { ok: false, reason: 'skipped' };

  // Luxon 3.7 reads an ambiguous time as its second occurrence, so take the earliest candidate.
  const candidates = local.getPossibleOffsets().map((candidate) => candidate.toMillis());

  return { ok: true, instant: new Date(Math.min(...candidates)) };
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
