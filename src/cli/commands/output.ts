import type { Writable } from 'node:stream';

/** Output streams of the CLI: `out` for results, `error` for problems, `stdout` for CSV export. */
export interface CliOutput {
  out(line: string): void;
  error(line: string): void;
  stdout: Writable;
}
