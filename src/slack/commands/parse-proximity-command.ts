import { MAX_SHARING_MILES, MIN_SHARING_MILES } from '../../domain/insights/distance.js';

export type ProximityCommand =
  | { kind: 'nearby'; campusName: string; miles?: number }
  | { kind: 'share'; programName: string; miles?: number }
  | { kind: 'invalid'; problem: string };

/** The maximum length of a campus or program name in these commands, as for cards. */
const MAX_NAME_LENGTH = 200;

const examples = {
  nearby: { noun: 'campus', example: 'Port Alder High School 30' },
  share: { noun: 'program', example: 'Welding 40' },
} as const;

/**
 * Reads `/bridge nearby <campus> [miles]` or `/bridge share <program> [miles]`. A last word that
 * is a number, optionally followed by `mi` or `miles`, is the distance, unless it is the only word.
 */
export function parseProximityCommand(kind: 'nearby' | 'share', words: string[]): ProximityCommand {
  const { noun, example } = examples[kind];
  const { name, milesText } = splitDistance(words);

  if (name === '') {
    return {
      kind: 'invalid',
      problem: `Name the ${noun} after \`/bridge ${kind}\`, optionally with a distance in miles, such as \`/bridge ${kind} ${example}\`.`,
    };
  }

  if (name.length > MAX_NAME_LENGTH) {
    return {
      kind: 'invalid',
      problem: `That ${noun} name is ${name.length} characters long; type at most ${MAX_NAME_LENGTH}.`,
    };
  }

  const miles = milesText === undefined ? undefined : Number(milesText);

  if (miles !== undefined && !(miles >= MIN_SHARING_MILES && miles <= MAX_SHARING_MILES)) {
    return {
      kind: 'invalid',
      problem: `The distance must be between ${MIN_SHARING_MILES} and ${MAX_SHARING_MILES} miles; ${milesText} is outside that range.`,
    };
  }

  const distance = miles === undefined ? {} : { miles };

  return kind === 'nearby'
    ? { kind, campusName: name, ...distance }
    : { kind, programName: name, ...distance };
}

/** Separates a trailing distance such as `30`, `12.5 mi`, `30mi` or `30 miles` from the name. */
function splitDistance(words: string[]): { name: string; milesText?: string } {
  const rest = [...words];
  const last = rest.at(-1)?.toLowerCase();

  if (last === 'mi' || last === 'mile' || last === 'miles') {
    const beforeUnit = rest.at(-2);
    if (beforeUnit !== undefined && isNumber(beforeUnit)) rest.pop();
  }

  const distance = rest
    .at(-1)
    ?.toLowerCase()
    .replace(/(mi|miles?)$/, '');

  if (rest.length > 1 && distance !== undefined && isNumber(distance)) {
    rest.pop();
    return { name: rest.join(' '), milesText: distance };
  }

  return { name: words.join(' ') };
}

function isNumber(text: string): boolean {
  return /^\d+(\.\d+)?$/.test(text);
}
