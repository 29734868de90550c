/**
 * Measures how long Bridge takes to acknowledge `/bridge opportunities` and to post its reply to
 * the response_url, on PGlite and on Postgres, against a Bolt app that only acknowledges. Every
 * server runs as a child process on 127.0.0.1; `npm run bench -- --help` lists the options.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_SLACK_CREDENTIALS } from '../src/config.js';
import { findFreePort, startChildServer } from './support/child-server.js';
import { CleanupStack } from './support/cleanup.js';
import { runCommands } from './support/load-run.js';
import { type BenchOptions, parseBenchOptions, usage } from './support/options.js';
import { createBenchDatabase } from './support/postgres-database.js';
import { ReplyListener } from './support/reply-listener.js';
import { describeMachine, formatTables, writeResults } from './support/report.js';
import { summarizeRun, type TargetSummary } from './support/summary.js';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const resultsDirectory = fileURLToPath(new URL('results/', import.meta.url));

interface TargetSetup {
  label: string;
  /** Entry point, relative to the repository root, run as `node --import tsx <script>`. */
  script: string;
  env: NodeJS.ProcessEnv;
  replies: boolean;
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
  const target = {
    label: setup.label,
    eventsUrl: new URL('/slack/events', server.origin),
    signingSecret: LOCAL_SLACK_CREDENTIALS.signingSecret,
    replies: setup.replies,
  };
  const load = {
    concurrency: options.concurrency,
    timeLimitMs: options.timeLimit * 1000,
    signal: context.signal,
  };
  process.stdout.write(`${setup.label}: pid ${server.pid} at ${server.origin}\n`);

  const warmup = await runCommands(target, context.listener, {
    ...load,
    count: options.warmup,
    idPrefix: `${setup.label}-warmup`,
  });
  context.signal.throwIfAborted();

  if (options.warmup > 0 && !warmup.samples.some((sample) => sample.status === 200)) {
    const firstError = warmup.samples[0]?.error;
    throw new Error(
      `${setup.label} returned 200 to no warm-up command. The first failed: ${firstError}`,
    );
  }

  const unexpectedBefore = context.listener.unexpectedReplies;
  const run = await runCommands(target, context.listener, {
    ...load,
    count: options.requests,
    idPrefix: setup.label,
  });
  context.signal.throwIfAborted();
  const memory = server.readMemory();
  const loggedErrors = server.loggedErrors();
  const unexpectedReplies = context.listener.unexpectedReplies - unexpectedBefore;
  await stopServer();

  return summarizeRun(setup.label, run, {
    pid: server.pid,
    memory,
    loggedErrors,
    unexpectedReplies,
  });
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
    },
    options,
    context,
  );

  const date = new Date();
  const machine = describeMachine(loadAverageAtStart);
  const bridges = [pglite, postgres];
  process.stdout.write(`\n${formatTables(baseline, bridges)}\n\n`);
  process.stdout.write(
    `${options.requests} commands per target, ${options.concurrency} in flight, after ` +
      `${options.warmup} warm-up commands. ${machine.cpuModel}, ${machine.logicalCpus} CPUs, ` +
      `${machine.memoryMib} MiB, Node ${machine.node}, ${date.toISOString()}. ` +
      `1-minute load average ${machine.loadAverage.start.toFixed(2)} at the start, ` +
      `${machine.loadAverage.end.toFixed(2)} at the end.\n`,
  );

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
