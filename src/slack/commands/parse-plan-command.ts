import { planTemplate } from '../../domain/plan-template.js';

export type PlanCommand =
  | { kind: 'committee' }
  | { kind: 'plan'; phase: number }
  | { kind: 'story_new' }
  | { kind: 'invalid'; problem: string };

/** Reads `/bridge committee`, which takes no options. */
export function parseCommitteeCommand(rest: string[]): PlanCommand {
  return rest.length === 0
    ? { kind: 'committee' }
    : { kind: 'invalid', problem: '`/bridge committee` takes no options; type it on its own.' };
}

/** Reads `/bridge plan` (the whole plan) and `/bridge plan <phase number>` (one phase). */
export function parsePlanCommand(rest: string[]): PlanCommand {
  const [phase, ...extra] = rest;

  if (phase === undefined) return { kind: 'plan', phase: 0 };

  const number = /^\d{1,2}$/.test(phase) ? Number(phase) : Number.NaN;

  if (extra.length === 0 && number >= 1 && number <= planTemplate.length) {
    return { kind: 'plan', phase: number };
  }

  return {
    kind: 'invalid',
    problem: `Type \`/bridge plan\` for the whole plan, or \`/bridge plan 1\` to \`/bridge plan ${planTemplate.length}\` for one phase's tasks.`,
  };
}

/** Reads `/bridge story new`. */
export function parseStoryCommand(rest: string[]): PlanCommand {
  return rest.length === 1 && rest[0] === 'new'
    ? { kind: 'story_new' }
    : { kind: 'invalid', problem: 'To submit a success story, type `/bridge story new`.' };
}
