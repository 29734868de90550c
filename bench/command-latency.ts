/**
 * Measures how long Bridge takes to acknowledge `/bridge opportunities` and to post its reply to
 * the response_url, on PGlite and on Postgres, against a Bolt app that only acknowledges. Every
 * server runs as a child process on 127.0.0.1. `npm run bench -- --help` lists the options.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_SLACK_CREDENTIALS } from '../src/config.js';
import { findFreePort, startChildServer } from './support/child-server.js';
import { CleanupStack } from './support/cleanup.js';
import { measureCpuUsage, takeCpuSnapshot } from './support/cpu-usage.js';
import { type CommandTarget, runCommands } from './support/load-run.js';
import { type BenchOptions, parseBenchOptions, usage } from './support/options.js';
import { createBenchDatabase } from './support/postgres-database.js';
import { ReplyListener } from './support/reply-listener.js';
import { describeMachine, formatRunNotes, formatTables, writeResults } from './support/report.js';
import { summarizeRun, type TargetSummary } from './support/summary.js';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const resultsDirectory = fileURLToPath(new URL('results/', import.meta.url));

interface TargetSetup {
  label: string;
  /** Entry point, relative to the repository root, run as `node --import tsx <script>`. */
  script: string;
  env: NodeJS.ProcessEnv;
  replies: boolean;
  /** Other processes that work for the target, such as its Postgres backends. */
  helperPids?: () => Promise<number[]>;
}

/** Returns this process's environment without the variables that choose Bridge's mode. */
function childEnvironment(overrides: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const isBridgeSetting = (name: string) =>
    /^(SLACK_|BRIDGE_)/.test(name) || ['DATABASE_URL', 'PORT', 'HOST', 'LOG_LEVEL'].includes(name);
  const inherited = Object.entries(process.env).filter(
    ([name]) => !isBridgeSetting(name) && name !== 'NODE_OPTIONS',
  );

  return { ...Object.fromEntries(inherited), ...overrides };
}

/** Target, reply listener and limits shared by every run of commands against one target. */
interface LoadContext {
  target: CommandTarget;
  listener: ReplyListener;
  concurrency: number;
  timeLimitMs: number;
  signal: AbortSignal;
}

/** Starts one target, warms it up, measures it, reads its memory and stops it again. */
async function measureTarget(
  setup: TargetSetup,
  options: BenchOptions,
  context: { listener: ReplyListener; cleanup: CleanupStack; signal: AbortSignal },
): Promise<TargetSummary> {
  const port = await findFreePort();
  const server = await startChildServer({
    script: setup.script,
    cwd: repositoryRoot,
    port,
    env: childEnvironment(setup.env),
    signal: context.signal,
  });
  const stopServer = context.cleanup.defer(`stop ${setup.label} (pid ${server.pid})`, server.stop);
  const memoryWhenHealthy = server.readMemory();
  process.stdout.write(`${setup.label}: pid ${server.pid} at ${server.origin}\n`);

  const load: LoadContext = {
    target: {
      label: setup.label,
      eventsUrl: new URL('/slack/events', server.origin),
      signingSecret: LOCAL_SLACK_CREDENTIALS.signingSecret,
      replies: setup.replies,
    },
    listener: context.listener,
    concurrency: options.concurrency,
    timeLimitMs: options.timeLimit * 1000,
    signal: context.signal,
  };
  await warmUp(load, options.warmup);

  const targetPids = async () => [server.pid, ...((await setup.helperPids?.()) ?? [])];
  const cpuAtStart = takeCpuSnapshot([process.pid, ...(await targetPids())]);
  const unexpectedBefore = context.listener.unexpectedReplies;
  const run = await sendCommands(load, options.requests, setup.label);
  const memory = server.readMemory();
  const cpu = measureCpuUsage(cpuAtStart, {
    benchmark: [process.pid],
    target: await targetPids(),
  });
  await stopServer();

  return summarizeRun(setup.label, run, {
    pid: server.pid,
    memoryWhenHealthy,
    memory,
    loggedErrors: server.loggedErrors(),
    unexpectedReplies: context.listener.unexpectedReplies - unexpectedBefore,
    cpu,
  });
}

async function sendCommands(load: LoadContext, count: number, idPrefix: string) {
  const { target, listener, ...limits } = load;
  const run = await runCommands(target, listener, { ...limits, count, idPrefix });
  load.signal.throwIfAborted();

  return run;
}

/** Sends `count` unmeasured commands. Throws when not one of them was acknowledged with 200. */
async function warmUp(load: LoadContext, count: number): Promise<void> {
  const warmup = await sendCommands(load, count, `${load.target.label}-warmup`);

  if (count > 0 && !warmup.samples.some((sample) => sample.status === 200)) {
    const firstError = warmup.samples[0]?.error;
    throw new Error(
      `${load.target.label} returned 200 to no warm-up command. The first failed: ${firstError}`,
    );
  }
}

async function measureAll(
  options: BenchOptions,
  cleanup: CleanupStack,
  signal: AbortSignal,
): Promise<void> {
  const loadAverageAtStart = os.loadavg()[0] ?? 0;
  const listener = new ReplyListener();
  await listener.start();
  cleanup.defer('close the reply listener', () => listener.close());
  const context = { listener, cleanup, signal };
  const bridgeEnv = { BRIDGE_DEMO_DATA: 'on', LOG_LEVEL: 'info' };

  const baseline = await measureTarget(
    { label: 'bare Bolt app', script: 'bench/bare-bolt-app.ts', env: {}, replies: false },
    options,
    context,
  );

  const dataDirectory = await mkdtemp(path.join(os.tmpdir(), 'bridge-bench-'));
  cleanup.defer(`remove ${dataDirectory}`, () => rm(dataDirectory, { recursive: true }));
  const pglite = await measureTarget(
    {
      label: 'Bridge, PGlite',
      script: 'src/main.ts',
      env: { ...bridgeEnv, BRIDGE_DATA_DIR: dataDirectory },
      replies: true,
    },
    options,
    context,
  );

  signal.throwIfAborted();
  const database = await createBenchDatabase();
  cleanup.defer(`drop database ${database.name}`, database.drop);
  const postgres = await measureTarget(
    {
      label: 'Bridge, Postgres',
      script: 'src/main.ts',
      env: { ...bridgeEnv, DATABASE_URL: database.url },
      replies: true,
      helperPids: database.backendPids,
    },
    options,
    context,
  );

  const date = new Date();
  const machine = describeMachine(loadAverageAtStart);
  const bridges = [pglite, postgres];
  process.stdout.write(`\n${formatTables(baseline, bridges)}\n\n`);
  process.stdout.write(`${formatRunNotes(options, machine, date)}\n`);

  const file = await writeResults(resultsDirectory, {
    date,
    options: { ...options },
    machine,
    baseline,
    bridges,
  });
  process.stdout.write(`Results written to ${path.relative(repositoryRoot, file)}\n`);
}

async function main(): Promise<number> {
  let options: BenchOptions | 'help';

  try {
    options = parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}\n`);
    return 2;
  }

  if (options === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }

  // A signal aborts the run, which then unwinds through the cleanup below. A second SIGINT
  // ends the benchmark at once, as Node does by default.
  const cleanup = new CleanupStack();
  const interruption = new AbortController();
  const abortOnSignal = (signal: NodeJS.Signals) => {
    process.stderr.write(`Received ${signal}. Stopping the servers and dropping the database.\n`);
    interruption.abort(signal);
  };
  process.once('SIGINT', abortOnSignal);
  process.once('SIGTERM', abortOnSignal);

  try {
    await measureAll(options, cleanup, interruption.signal);
    return 0;
  } catch (error) {
    if (interruption.signal.aborted) return interruption.signal.reason === 'SIGTERM' ? 143 : 130;

    process.stderr.write('The benchmark failed:\n');
    console.error(error);
    return 1;
  } finally {
    await cleanup.runAll();
  }
}

process.exitCode = await main();
