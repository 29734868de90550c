import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BenchOptions } from './options.js';
import { ratio, type TargetSummary } from './summary.js';

/** The machine a run measured on. Figures from different machines are not comparable. */
export interface MachineDescription {
  cpuModel: string;
  logicalCpus: number;
  memoryMib: number;
  kernel: string;
  node: string;
  /** 1-minute load averages when the run started and ended, which other processes raise. */
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

/** Formats the latency, outcome and resource tables. */
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
  const outcomeRows = targets.map((target) => [
    target.label,
    target.commandsPerSecond.toFixed(0),
    String(target.non200),
    String(target.failedRequests + target.notSent),
    String(target.acksOverSlackDeadline),
    target.label === baseline.label ? '–' : String(target.missingReplies),
    target.label === baseline.label ? '–' : String(target.malformedReplies),
    String(target.unexpectedReplies),
    String(target.loggedErrors),
  ]);
  const resourceRows = targets.map((target) => [
    target.label,
    target.cpuMsPerCommand.toFixed(1),
    target.otherCpuLoad.toFixed(2),
    mebibytes(target.memoryWhenHealthy.peakRssKib),
    mebibytes(target.memory.peakRssKib),
    mebibytes(target.memory.rssKib),
  ]);
  const latencyHeader = ['target', 'ack p50', 'ack p99', 'reply p50', 'reply p99'];
  const outcomeHeader = ['target', 'commands/s', 'non-200', 'failed or unsent', 'ack > 3 s'];
  const replyHeader = ['missing replies', 'malformed replies', 'late replies', 'errors logged'];
  const resourceHeader = [
    'CPU ms per command',
    'other CPU load',
    'peak RSS at start MiB',
    'peak RSS MiB',
    'RSS MiB',
  ];

  return [
    markdownTable([...latencyHeader, 'ack p50 ratio', 'ack p99 ratio'], latencyRows),
    '',
    markdownTable([...outcomeHeader, ...replyHeader], outcomeRows),
    '',
    markdownTable(['target', ...resourceHeader], resourceRows),
  ].join('\n');
}

/** Describes the settings and the machine, and how to read the tables. */
export function formatRunNotes(
  options: BenchOptions,
  machine: MachineDescription,
  date: Date,
): string {
  const load = machine.loadAverage;

  return [
    `${options.requests} commands per target after ${options.warmup} warm-up commands, from ` +
      `${options.concurrency} workers. A worker sends its next command once the last one is ` +
      'acknowledged and, for Bridge, replied to. The bare app is done at the acknowledgement, ' +
      'so its workers send more often and the ack ratios compare different loads. ' +
      'CPU ms per command compares the work done.',
    'Latency is in ms from sending the command. Other CPU load is the mean number of CPUs ' +
      'busy with processes outside the benchmark and the target. Peak RSS is VmHWM of the ' +
      'server process, once it is healthy (at start) and after the run.',
    `${machine.cpuModel}, ${machine.logicalCpus} CPUs, ${machine.memoryMib} MiB, ` +
      `Node ${machine.node}, ${date.toISOString()}. 1-minute load average ` +
      `${load.start.toFixed(2)} at the start, ${load.end.toFixed(2)} at the end.`,
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
