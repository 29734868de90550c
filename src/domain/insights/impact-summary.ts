import { opportunityTypes, wblTypes } from '../../db/schema/index.js';
import { opportunityTypeLabels } from '../labels.js';
import type { ImpactFigures, ImpactReport } from './impact.js';

/** One figure of the impact summary with its value in each trend period, oldest first. */
export interface ImpactLine {
  label: string;
  /** Values per period; null where the figure has no value, such as an average of nothing. */
  values: Array<number | null>;
  /** Decimal places to show: 0 for counts, 1 for averages. */
  decimals: 0 | 1;
}

export interface ImpactSummary {
  periodLabel: string;
  previousLabel: string;
  /** Figures with a trend, the headline figures first. */
  lines: ImpactLine[];
  /** Opportunities and slots offered of each type that had any in this or the last period. */
  byType: ImpactLine[];
  /** Programs offering each kind of work-based learning today, out of `programs`. */
  programsWithWbl: Array<{ label: string; programs: number }>;
  programs: number;
}

const headline: Array<[string, (figures: ImpactFigures) => number | null, 0 | 1]> = [
  ['Employers engaged', (figures) => figures.employersEngaged, 0],
  ['Employers partnered', (figures) => figures.employersPartnered, 0],
  ['Opportunities offered', (figures) => figures.opportunities, 0],
  ['Slots offered', (figures) => figures.slots, 0],
  ['Events held', (figures) => figures.eventsHeld, 0],
  ['RSVPs (going)', (figures) => figures.rsvpsGoing, 0],
  ['Check-ins', (figures) => figures.checkIns, 0],
  ['Feedback responses', (figures) => figures.feedbackCount, 0],
  ['Average feedback (1–5)', (figures) => figures.feedbackAverage, 1],
  ['Action items closed', (figures) => figures.actionItemsClosed, 0],
];

/** Arranges an impact report into labelled lines that every renderer shows the same way. */
export function summarizeImpact(report: ImpactReport): ImpactSummary {
  const lines = headline.map(([label, read, decimals]) => ({
    label,
    values: report.figures.map(read),
    decimals,
  }));
  const recent = report.figures.slice(-2);
  const byType = opportunityTypes
    .filter((type) => recent.some((figures) => figures.opportunitiesByType[type].opportunities > 0))
    .flatMap((type): ImpactLine[] => [
      {
        label: `${opportunityTypeLabels[type]}: opportunities`,
        values: report.figures.map((figures) => figures.opportunitiesByType[type].opportunities),
        decimals: 0,
      },
      {
        label: `${opportunityTypeLabels[type]}: slots`,
        values: report.figures.map((figures) => figures.opportunitiesByType[type].slots),
        decimals: 0,
      },
    ]);

  return {
    periodLabel: report.periods.at(-1)?.label ?? '',
    previousLabel: report.periods.at(-2)?.label ?? '',
    lines,
    byType,
    programsWithWbl: wblTypes.map((type) => ({
      label: opportunityTypeLabels[type],
      programs: report.programsWithWbl[type],
    })),
    programs: report.programs,
  };
}

/** Formats a value: a count as a whole number, an average with one decimal, none as `–`. */
export function formatValue(value: number | null | undefined, decimals: 0 | 1): string {
  if (value === null || value === undefined) return '–';

  return value.toFixed(decimals);
}

/**
 * Describes the change from the previous period: `+3`, `−1` (with a minus sign) or `=`. When
 * either value is missing there is no change to state, so it returns `–`.
 */
export function formatChange(line: ImpactLine): string {
  const current = line.values.at(-1);
  const previous = line.values.at(-2);

  if (current === null || current === undefined || previous === null || previous === undefined) {
    return '–';
  }

  const change = Number((current - previous).toFixed(line.decimals));

  if (change === 0) return '=';

  return change > 0 ? `+${change.toFixed(line.decimals)}` : `−${(-change).toFixed(line.decimals)}`;
}

const sparks = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/**
 * Draws values as a text sparkline scaled from zero to the largest value, so equal heights mean
 * equal values. A missing value shows as a space.
 */
export function sparkline(values: Array<number | null>): string {
  const max = Math.max(0, ...values.map((value) => value ?? 0));

  return values
    .map((value) => {
      if (value === null) return ' ';
      if (max === 0) return sparks[0];

      return sparks[Math.round((value / max) * (sparks.length - 1))];
    })
    .join('');
}
