import type { ProcessMemory } from './child-server.js';
import type { CpuUsage } from './cpu-usage.js';
import { type CommandSample, type LoadRun, slackAckDeadlineMs } from './load-run.js';

/** p50, p99 and maximum of a set of durations, in ms. */
export interface LatencySummary {
  p50: number;
  p99: number;
  max: number;
}

/** The figures reported for one target. */
export interface TargetSummary {
  label: string;
  requests: number;
  /** Undefined when no command was acknowledged. */
  ack: LatencySummary | undefined;
  /** Undefined when no reply arrived or the target sends none. */
  reply: LatencySummary | undefined;
  /** Commands completed (acknowledged, and replied to where a reply is expected) per second. */
  commandsPerSecond: number;
  non200: number;
  failedRequests: number;
  acksOverSlackDeadline: number;
  missingReplies: number;
  malformedReplies: number;
  notSent: number;
  /** Replies to a response_url whose command had stopped waiting. */
  unexpectedReplies: number;
  /** Blocks in the first reply, which shows whether the reply listed any opportunities. */
  replyBlockCount: number | undefined;
  loggedErrors: number;
  /** CPU time of the target's processes per command sent, in ms. */
  cpuMsPerCommand: number;
  /** CPUs busy, on average, with processes other than the benchmark and the target. */
  otherCpuLoad: number;
  /** Memory once the server first passed its health check, before any command. */
  memoryWhenHealthy: ProcessMemory;
  /** Memory after the measured run. */
  memory: ProcessMemory;
  pid: number;
}

/** Returns the nearest-rank percentile `p` (0 to 100) of ascending `sorted`. */
export function percentile(sorted: number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  const value = sorted[rank - 1];

  if (value === undefined) throw new Error(`No percentile ${p} of ${sorted.length} values`);

  return value;
}

function summarizeLatency(durations: (number | undefined)[]): LatencySummary | undefined {
  const sorted = durations.filter((value) => value !== undefined).sort((a, b) => a - b);

  if (sorted.length === 0) return undefined;

  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: percentile(sorted, 100) };
}

const countWhere = (samples: CommandSample[], test: (sample: CommandSample) => boolean) =>
  samples.filter(test).length;

/** Summarizes one target's measured run with the memory, CPU use and log counts of its process. */
export function summarizeRun(
  label: string,
  run: LoadRun,
  server: {
    pid: number;
    memoryWhenHealthy: ProcessMemory;
    memory: ProcessMemory;
    loggedErrors: number;
    unexpectedReplies: number;
    cpu: CpuUsage;
  },
): TargetSummary {
  const { samples } = run;
  const completed = countWhere(
    samples,
    (sample) =>
      sample.status === 200 && (sample.reply === 'received' || sample.reply === 'not expected'),
  );

  return {
    label,
    requests: samples.length + run.notSent,
    ack: summarizeLatency(samples.map((sample) => sample.ackMs)),
    reply: summarizeLatency(samples.map((sample) => sample.replyMs)),
    commandsPerSecond: completed / (run.elapsedMs / 1000),
    non200: countWhere(samples, (sample) => sample.status !== undefined && sample.status !== 200),
    failedRequests: countWhere(samples, (sample) => sample.status === undefined),
    acksOverSlackDeadline: countWhere(
      samples,
      (sample) => (sample.ackMs ?? 0) > slackAckDeadlineMs,
    ),
    missingReplies: countWhere(samples, (sample) => sample.reply === 'missing'),
    malformedReplies: countWhere(samples, (sample) => sample.reply === 'malformed'),
    notSent: run.notSent,
    unexpectedReplies: server.unexpectedReplies,
    replyBlockCount: samples.find((sample) => sample.replyBlockCount !== undefined)
      ?.replyBlockCount,
    loggedErrors: server.loggedErrors,
    cpuMsPerCommand: samples.length > 0 ? server.cpu.targetCpuMs / samples.length : 0,
    otherCpuLoad: server.cpu.otherCpuLoad,
    memoryWhenHealthy: server.memoryWhenHealthy,
    memory: server.memory,
    pid: server.pid,
  };
}

/** Returns `value / baseline`, such as Bridge's ack p50 over the bare Bolt app's. */
export function ratio(value: number | undefined, baseline: number | undefined): number | undefined {
  if (value === undefined || baseline === undefined || baseline === 0) return undefined;

  return value / baseline;
}
