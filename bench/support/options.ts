import { parseArgs } from 'node:util';

/** Settings of one benchmark run, from the command line. */
export interface BenchOptions {
  requests: number;
  concurrency: number;
  warmup: number;
  /** Seconds after which no further command is sent to a target. */
  timeLimit: number;
}

export const usage = `Usage: npm run bench -- [options]

Measures how fast Bridge acknowledges and replies to /bridge opportunities, on PGlite and on
Postgres at 127.0.0.1:5432, against a Bolt app that only acknowledges.

  --requests N      measured commands per target (default 2000)
  --concurrency C   workers, each with one command in flight at a time (default 8)
  --warmup N        unmeasured commands sent to each target first (default 50)
  --time-limit S    seconds after which no more commands go to a target (default 120)
  --help            print this text`;

/** Parses the command line. Throws an Error that names the invalid option and its form. */
export function parseBenchOptions(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      requests: { type: 'string', default: '2000' },
      concurrency: { type: 'string', default: '8' },
      warmup: { type: 'string', default: '50' },
      'time-limit': { type: 'string', default: '120' },
      help: { type: 'boolean', default: false },
    },
  });

  if (values.help) return 'help';

  return {
    requests: parseCount('--requests', values.requests, 1),
    concurrency: parseCount('--concurrency', values.concurrency, 1),
    warmup: parseCount('--warmup', values.warmup, 0),
    timeLimit: parseCount('--time-limit', values['time-limit'], 1),
  };
}

function parseCount(option: string, text: string, minimum: number): number {
  const value = Number(text);

  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < minimum) {
    throw new Error(`${option} must be a whole number of at least ${minimum}; got "${text}"`);
  }

  return value;
}
