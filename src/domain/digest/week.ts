import { DateTime } from 'luxon';
import { instantFromLocal } from '../time.js';

/** The span a weekly digest covers, in the partnership's time zone. */
export interface DigestWeek {
  /** Midnight that starts the reported week, on the partnership's week start day. */
  start: Date;
  /**
   * Midnight that ends the reported week: the latest week start at or before `end`. What
   * happened is counted from `start` up to this, so each item is in exactly one digest.
   */
  until: Date;
  /** The moment the digest is built; figures and upcoming events are read as of it. */
  end: Date;
  /** The ISO week of `end` in the partnership's zone, such as `2027-W11`. */
  period: string;
  /** The ISO week before `period`, whose key figures this digest compares against. */
  previousPeriod: string;
  /** The date of `end` in the partnership's zone, YYYY-MM-DD. */
  today: string;
}

/** When and where a partnership's weekly digest goes out. */
export interface DigestSchedule {
  timeZone: string;
  /** ISO weekday, 1 (Monday) to 7 (Sunday). */
  digestWeekday: number;
  /** HH:MM in the partnership's zone. */
  digestTime: string;
  /** ISO weekday a digest week starts on. */
  weekStartsOn: number;
}

/** Formats the ISO week of a local date as `2027-W11`. */
export function isoWeekPeriod(local: DateTime): string {
  return `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`;
}

/**
 * Returns the last full week before `now`: from midnight of a week start day to midnight of the
 * next one, the latest at or before `now`. Consecutive digests cover consecutive weeks whatever
 * their weekday and time, so nothing is counted twice or left out.
 */
export function digestWeek(
  now: Date,
  schedule: Pick<DigestSchedule, 'timeZone' | 'weekStartsOn'>,
): DigestWeek {
  const local = DateTime.fromJSDate(now, { zone: schedule.timeZone });
  const daysSinceWeekStart = (local.weekday - schedule.weekStartsOn + 7) % 7;
  const until = local.minus({ days: daysSinceWeekStart }).startOf('day');
  const start = until.minus({ weeks: 1 });

  return {
    start: start.toJSDate(),
    until: until.toJSDate(),
    end: now,
    period: isoWeekPeriod(local),
    previousPeriod: isoWeekPeriod(local.minus({ weeks: 1 })),
    today: local.toISODate() ?? now.toISOString().slice(0, 10),
  };
}

/**
 * Returns the instant of the digest in the ISO week that contains `now` in the partnership's
 * zone. A time that does not exist because clocks spring forward that day gives the first
 * instant after the gap. A time that occurs twice because clocks fall back gives its first
 * occurrence.
 */
export function digestMoment(now: Date, schedule: DigestSchedule): Date {
  const local = DateTime.fromJSDate(now, { zone: schedule.timeZone });
  const weekday = schedule.digestWeekday;

  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
    throw new RangeError(`Invalid digest weekday ${weekday}; expected 1 (Monday) to 7 (Sunday)`);
  }

  const day = local.plus({ days: weekday - local.weekday }).toISODate();

  if (!day) throw new RangeError(`Invalid time zone ${schedule.timeZone}`);

  const found = instantFromLocal(day, schedule.digestTime, schedule.timeZone);

  if (found.ok) return found.instant;
  if (found.reason === 'invalid') {
    throw new RangeError(`Invalid digest time ${schedule.digestTime} in ${schedule.timeZone}`);
  }

  return firstInstantAtOrAfter(day, schedule.digestTime, schedule.timeZone);
}

/**
 * Finds the first instant whose wall-clock time in the zone is at or after `date time`, for a
 * time inside a spring-forward gap. Luxon places such a time after the gap, so the instant lies
 * within the three hours before that, where the wall clock only moves forward.
 */
function firstInstantAtOrAfter(date: string, time: string, timeZone: string): Date {
  const wanted = `${date}T${time}`;
  const shifted = DateTime.fromISO(wanted, { zone: timeZone });
  const wallTime = (minutes: number) =>
    shifted.minus({ minutes }).setZone(timeZone).toFormat("yyyy-MM-dd'T'HH:mm");
  let before = 180;
  let atOrAfter = 0;

  while (before - atOrAfter > 1) {
    const middle = Math.floor((before + atOrAfter) / 2);

    if (wallTime(middle) >= wanted) atOrAfter = middle;
    else before = middle;
  }

  return shifted.minus({ minutes: atOrAfter }).startOf('minute').toJSDate();
}
