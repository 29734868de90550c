import type { ImpactPeriodKind } from '../../domain/insights/impact-periods.js';
import { impactPeriodKinds } from '../../domain/insights/impact-periods.js';

export type ImpactCommand =
  | { kind: 'impact'; period: ImpactPeriodKind }
  | { kind: 'invalid'; problem: string };

/** Reads `/bridge impact [week|month|quarter|year]`; the period is a quarter unless named. */
export function parseImpactCommand(rest: string[]): ImpactCommand {
  const [period = 'quarter', ...extra] = rest;
  const kind = impactPeriodKinds.find((candidate) => candidate === period);

  if (kind && extra.length === 0) return { kind: 'impact', period: kind };

  return {
    kind: 'invalid',
    problem:
      'Type `/bridge impact` for this quarter, or name the period: `/bridge impact week`, `month`, `quarter` or `year` (the school year from 1 August).',
  };
}
