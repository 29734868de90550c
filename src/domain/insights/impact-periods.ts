import { DateTime } from 'luxon';

export const impactPeriodKinds = ['week', 'month', 'quarter', 'year'] as const;
export type ImpactPeriodKind = (typeof impactPeriodKinds)[number];

/** A half-open span of time [start, end) with a label such as `2026 Q3` or `2025–26`. */
export interface ImpactPeriod {
  kind: ImpactPeriodKind;
  label: string;
  /** Stable key used in report paths, such as `2026-Q3`, `2026-08`, `2026-W31` or `2025-26`. */
  key: string;
  start: Date;
  end: Date;
}

/** The month the school year starts in (August) for `year` periods. */
const SCHOOL_YEAR_START_MONTH = 8;

function periodStart(kind: ImpactPeriodKind, moment: DateTime): DateTime {
  if (kind !== 'year') return moment.startOf(kind);

  const year = moment.month >= SCHOOL_YEAR_START_MONTH ? moment.year : moment.year - 1;

  return moment.set({ year, month: SCHOOL_YEAR_START_MONTH, day: 1 }).startOf('day');
}

function step(kind: ImpactPeriodKind) {
  return scale(kind, 1);
}

function describe(kind: ImpactPeriodKind, start: DateTime): { label: string; key: string } {
  switch (kind) {
    case 'week':
      return {
        label: `Week of ${start.toFormat('d LLL yyyy')}`,
        key: `${start.weekYear}-W${String(start.weekNumber).padStart(2, '0')}`,
      };
    case 'month':
      return { label: start.toFormat('LLLL yyyy'), key: start.toFormat('yyyy-LL') };
    case 'quarter':
      return { label: `${start.year} Q${start.quarter}`, key: `${start.year}-Q${start.quarter}` };
    case 'year': {
      const span = `${start.year}-${String((start.year + 1) % 100).padStart(2, '0')}`;

      return { label: `School year ${span.replace('-', '–')}`, key: span };
    }
  }
}

function periodFrom(kind: ImpactPeriodKind, start: DateTime): ImpactPeriod {
  return {
    kind,
    ...describe(kind, start),
    start: start.toJSDate(),
    end: start.plus(step(kind)).toJSDate(),
  };
}

/**
 * Lists `count` consecutive periods of one kind, oldest first, ending with the period that
 * contains `now` in the partnership's time zone. Weeks start on Monday; a school year runs
 * from 1 August to 31 July.
 */
export function impactPeriods(
  kind: ImpactPeriodKind,
  options: { now: Date; timeZone: string; count: number },
): ImpactPeriod[] {
  const current = periodStart(kind, DateTime.fromJSDate(options.now, { zone: options.timeZone }));
  const periods: ImpactPeriod[] = [];

  for (let back = options.count - 1; back >= 0; back -= 1) {
    periods.push(periodFrom(kind, current.minus(scale(kind, back))));
  }

  return periods;
}

function scale(kind: ImpactPeriodKind, times: number) {
  return kind === 'week'
    ? { weeks: times }
    : kind === 'month'
      ? { months: times }
      : kind === 'quarter'
        ? { quarters: times }
        : { years: times };
}

/** Finds the period of a kind whose key matches, such as `2026-Q3`, or undefined. */
export function impactPeriodByKey(
  kind: ImpactPeriodKind,
  key: string,
  timeZone: string,
): ImpactPeriod | undefined {
  const start = startFromKey(kind, key, timeZone);

  if (!start?.isValid) return undefined;

  const period = periodFrom(kind, start);

  return period.key === key ? period : undefined;
}

function startFromKey(kind: ImpactPeriodKind, key: string, zone: string): DateTime | undefined {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  const schoolYear = /^(\d{4})-\d{2}$/.exec(key);

  if (kind === 'quarter' && quarter) {
    return DateTime.fromObject(
      { year: Number(quarter[1]), month: Number(quarter[2]) * 3 - 2 },
      { zone },
    );
  }

  if (kind === 'year' && schoolYear) {
    return DateTime.fromObject(
      { year: Number(schoolYear[1]), month: SCHOOL_YEAR_START_MONTH },
      { zone },
    );
  }

  return undefined;
}
