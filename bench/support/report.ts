import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ratio, type TargetSummary } from './summary.js';

/** The machine a run measured on; figures from different machines are not comparable. */
export interface MachineDescription {
  cpuModel: string;
  logicalCpus: number;
  memoryMib: number;
  kernel: string;
  node: string;
  /** 1-minute load averages when the run started and ended; other processes share the CPUs. */
  loadAverage: { start: number; end: number };
}

export function describeMachine(loadAverageAtStart: number): MachineDescription {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const cpuModel =
    /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';

  return {
    cpuModel: cpuModel.trim(),
    logicalCpus: os.availableParallelism(),
    memoryMib: Math.round(os.totalmem() / 1024 / 1024),
    kernel: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverage: { start: loadAverageAtStart, end: os.loadavg()[0] ?? 0 },
  };
}

const milliseconds = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(1));
const factor = (value: number | undefined) => (value === undefined ? '–' : `${value.toFixed(2)}×`);
const mebibytes = (kib: number) => (kib / 1024).toFixed(0);

/** Formats rows as a Markdown table with padded columns, readable in a terminal too. */
function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;

  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Formats the latency table and the throughput, failure and memory table. */
export function formatTables(baseline: TargetSummary, bridges: TargetSummary[]): string {
  const targets = [baseline, ...bridges];
  const latencyRows = targets.map((target) => [
    target.label,
    milliseconds(target.ack?.p50),
    milliseconds(target.ack?.p99),
    milliseconds(target.reply?.p50),
    milliseconds(target.reply?.p99),
    factor(ratio(target.ack?.p50, baseline.ack?.p50)),
    factor(ratio(target.ack?.p99, baseline.ack?.p99)),
  ]);
  const loadRows = targets.map((target) => [
    target.label,
    target.commandsPerSecond.toFixed(0),
    String(target.non200),
    String(target.failedRequests + target.notSent),
    String(target.acksOverSlackDeadline),
    target.label === baseline.label ? '–' : String(target.missingReplies + target.malformedReplies),
    String(target.loggedErrors),
    mebibytes(target.memory.peakRssKib),
    mebibytes(target.memory.rssKib),
  ]);

  const strayReplies = targets.filter((target) => target.unexpectedReplies > 0);
  const strayLines = strayReplies.map(
    (target) => `${target.label}: ${target.unexpectedReplies} replies arrived after their timeout`,
  );

  return [
    'Latency in ms. The ratio columns divide by the bare Bolt app’s figure.',
    '',
    markdownTable(
      ['target', 'ack p50', 'ack p99', 'reply p50', 'reply p99', 'ack p50 ratio', 'ack p99 ratio'],
      latencyRows,
    ),
    '',
    markdownTable(
      [
        'target',
        'commands/s',
        'non-200',
        'failed or unsent',
        'ack > 3 s',
        'missing or malformed replies',
        'errors logged',
        'peak RSS MiB',
        'RSS MiB',
      ],
      loadRows,
    ),
    ...strayLines,
  ].join('\n');
}

/** Writes the run as JSON to `directory` and returns the file's path. */
export async function writeResults(
  directory: string,
  run: {
    date: Date;
    options: Record<string, number>;
    machine: MachineDescription;
    baseline: TargetSummary;
    bridges: TargetSummary[];
  },
): Promise<string> {
  const file = path.join(
    directory,
    `command-latency-${run.date.toISOString().replace(/[:.]/g, '-')}.json`,
  );
  const targets = [run.baseline, ...run.bridges].map((target) => ({
    ...target,
    ackP50Ratio: ratio(target.ack?.p50, run.baseline.ack?.p50),
    ackP99Ratio: ratio(target.ack?.p99, run.baseline.ack?.p99),
  }));
  const document = {
    date: run.date.toISOString(),
    options: run.options,
    machine: run.machine,
    targets,
  };

  await mkdir(directory, { recursive: true });
  await writeFile(file, `${JSON.stringify(document, null, 2)}\n`);

  return file;
}
