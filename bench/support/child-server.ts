import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { waitForHealthy } from './http-post.js';

/** How long a server may take to migrate, load demo data and respond to its health check. */
const startTimeoutMs = 90_000;
const stopTimeoutMs = 10_000;
const outputLinesKept = 40;

/** Peak and current resident memory of a process, in KiB, from /proc/<pid>/status. */
export interface ProcessMemory {
  peakRssKib: number;
  rssKib: number;
}

/** A server running as a child Node process on 127.0.0.1, started by the benchmark. */
export interface ChildServer {
  pid: number;
  origin: string;
  /** Lines the process logged at pino level error (50) or fatal (60). */
  loggedErrors(): number;
  readMemory(): ProcessMemory;
  stop(): Promise<void>;
}

/**
 * Starts `node --import tsx <script>` in `cwd` with `env`, listening on `port`, and resolves
 * once GET /healthz returns 200. Stops the process again when it does not get that far.
 */
export async function startChildServer(options: {
  script: string;
  cwd: string;
  port: number;
  env: NodeJS.ProcessEnv;
  /** Aborting it while the server starts stops the server and rejects. */
  signal: AbortSignal;
}): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', options.script], {
    cwd: options.cwd,
    env: { ...options.env, PORT: String(options.port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = watchOutput(child);
  const origin = `http://127.0.0.1:${options.port}`;
  const stop = () => stopChild(child);

  if (child.pid === undefined) {
    throw new Error(`Failed to start ${options.script}: ${output.tail()}`);
  }

  try {
    await waitForHealthy(new URL('/healthz', origin), startTimeoutMs, () => {
      if (options.signal.aborted) return 'the benchmark was interrupted';

      return child.exitCode === null && child.signalCode === null ? undefined : output.tail();
    });
  } catch (error) {
    await stop();
    throw error;
  }

  const pid = child.pid;

  return { pid, origin, loggedErrors: output.errorCount, readMemory: () => readMemory(pid), stop };
}

/** Keeps the last lines of the child's output for error messages and counts logged errors. */
function watchOutput(child: ChildProcess) {
  const lines: string[] = [];
  let errorCount = 0;

  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (line.trim() === '') continue;

      const level = /"level":(\d+)/.exec(line)?.[1];

      if (level !== undefined && Number(level) >= 50) errorCount += 1;

      lines.push(line);
      if (lines.length > outputLinesKept) lines.shift();
    }
  };

  child.on('error', (error) => lines.push(`Failed to run the process: ${error.message}`));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  return {
    tail: () =>
      `exit code ${child.exitCode ?? child.signalCode}; last output:\n${lines.join('\n')}`,
    errorCount: () => errorCount,
  };
}

function readMemory(pid: number): ProcessMemory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const readKib = (field: string) => {
    const value = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];

    if (value === undefined) throw new Error(`/proc/${pid}/status has no ${field} line`);

    return Number(value);
  };

  return { peakRssKib: readKib('VmHWM'), rssKib: readKib('VmRSS') };
}

/** Sends SIGTERM, then SIGKILL if the process has not exited after `stopTimeoutMs`. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const waitForExit = (timeoutMs: number) =>
    Promise.race([
      exited.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref()),
    ]);

  child.kill('SIGTERM');

  if (await waitForExit(stopTimeoutMs)) return;

  child.kill('SIGKILL');

  if (!(await waitForExit(stopTimeoutMs))) {
    throw new Error(`Process ${child.pid} did not exit after SIGKILL`);
  }
}

/**
 * Returns a port that was free on 127.0.0.1 a moment ago. Another process could take it before
 * the child binds it, in which case the child fails to start and the benchmark reports that.
 */
export async function findFreePort(): Promise<number> {
  const server = net.createServer();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });

  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));

  return port;
}
