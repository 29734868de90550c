import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * CPU time of all CPUs and of chosen processes at one moment. /proc/stat and /proc/<pid>/stat
 * count in the same clock ticks (USER_HZ), so one can be subtracted from the other.
 */
export interface CpuSnapshot {
  cpuCount: number;
  totalTicks: number;
  busyTicks: number;
  processTicks: Map<number, number>;
}

/** CPU use over a run, split between the target, the benchmark and everything else. */
export interface CpuUsage {
  /** CPU time of the target's processes (server and any Postgres backends), in ms. */
  targetCpuMs: number;
  /** CPUs busy, on average, with processes other than the benchmark and the target. */
  otherCpuLoad: number;
}

/** Returns the CPU count and the total and busy (not idle or iowait) ticks from /proc/stat. */
function readSystemTicks(): Omit<CpuSnapshot, 'processTicks'> {
  const lines = readFileSync('/proc/stat', 'utf8').split('\n');
  const cpuCount = lines.filter((line) => /^cpu\d+ /.test(line)).length;
  const ticks = (lines[0] ?? '').trim().split(/\s+/).slice(1, 9).map(Number);
  const totalTicks = ticks.reduce((sum, value) => sum + value, 0);
  const idleTicks = (ticks[3] ?? 0) + (ticks[4] ?? 0);

  return { cpuCount, totalTicks, busyTicks: totalTicks - idleTicks };
}

/** Returns user plus system ticks of a process, or undefined once it has exited. */
function readProcessTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces, so split after its closing parenthesis. That leaves
    // field 3 (state) first, so utime and stime, fields 14 and 15, are at indexes 11 and 12.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');

    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

/** Samples system CPU time and the CPU time of each process in `pids`. */
export function takeCpuSnapshot(pids: number[]): CpuSnapshot {
  const processTicks = new Map<number, number>();

  for (const pid of pids) {
    const ticks = readProcessTicks(pid);

    if (ticks !== undefined) processTicks.set(pid, ticks);
  }

  return { ...readSystemTicks(), processTicks };
}

/**
 * Returns the CPU time the target used since `start` and the load of all other processes. A
 * process that started after `start` counts from zero. One that exited before now counts as
 * other load, because its last ticks can no longer be read.
 */
export function measureCpuUsage(
  start: CpuSnapshot,
  pids: { benchmark: number[]; target: number[] },
): CpuUsage {
  const end = takeCpuSnapshot([...pids.benchmark, ...pids.target]);
  const ticksSinceStart = (pid: number) => {
    const endTicks = end.processTicks.get(pid);

    return endTicks === undefined ? 0 : endTicks - (start.processTicks.get(pid) ?? 0);
  };
  const sumTicks = (list: number[]) => list.reduce((sum, pid) => sum + ticksSinceStart(pid), 0);
  const targetTicks = sumTicks(pids.target);
  const elapsedTicks = end.totalTicks - start.totalTicks;
  const otherTicks = end.busyTicks - start.busyTicks - targetTicks - sumTicks(pids.benchmark);

  return {
    targetCpuMs: (targetTicks * 1000) / clockTicksPerSecond(),
    otherCpuLoad: elapsedTicks > 0 ? Math.max(0, (otherTicks / elapsedTicks) * end.cpuCount) : 0,
  };
}

let cachedTicksPerSecond: number | undefined;

/** Returns USER_HZ, the unit of the /proc tick counts, from `getconf CLK_TCK`. */
function clockTicksPerSecond(): number {
  cachedTicksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

  if (!Number.isFinite(cachedTicksPerSecond) || cachedTicksPerSecond <= 0) {
    throw new Error(`getconf CLK_TCK returned an invalid value: ${cachedTicksPerSecond}`);
  }

  return cachedTicksPerSecond;
}
