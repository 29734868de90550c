import { MAX_COMMAND_QUERY } from './parse-command.js';

export type OutreachCommand =
  | { kind: 'outreach'; mine: boolean }
  | { kind: 'capacity'; employerName: string }
  | { kind: 'invalid'; problem: string };

/** Reads `/bridge outreach` and `/bridge outreach mine`. */
export function parseOutreachCommand(words: string[]): OutreachCommand {
  if (words.length === 0) return { kind: 'outreach', mine: false };
  if (words.length === 1 && words[0]?.toLowerCase() === 'mine') {
    return { kind: 'outreach', mine: true };
  }

  return {
    kind: 'invalid',
    problem:
      'Type `/bridge outreach` for the whole pipeline, or `/bridge outreach mine` for the employers you own.',
  };
}

/** Reads `/bridge capacity <employer name>`, which opens the employer's capacity survey. */
export function parseCapacityCommand(words: string[]): OutreachCommand {
  const employerName = words.join(' ');

  if (employerName === '') {
    return {
      kind: 'invalid',
      problem:
        'Name the employer whose capacity survey to open, such as `/bridge capacity Coastline Welding`.',
    };
  }

  if (employerName.length > MAX_COMMAND_QUERY) {
    return {
      kind: 'invalid',
      problem: `That employer name is ${employerName.length} characters long; type at most ${MAX_COMMAND_QUERY}.`,
    };
  }

  return { kind: 'capacity', employerName };
}
