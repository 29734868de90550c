import type { Config } from './config.js';
import { ConfigError, loadConfig } from './config.js';
import { DatabaseOpenError } from './db/client.js';
import { logger } from './logger.js';
import { startBridge } from './server.js';
import { SlackConnectionError } from './slack/connection-error.js';

const log = logger.child({ component: 'main' });

/** Exit code for a start-up failure that a setting can fix. Other failures exit with 1. */
const EXIT_CONFIGURATION = 2;

let config: Config | undefined;

async function main(): Promise<void> {
  config = loadConfig();
  logger.level = config.logLevel;

  const bridge = await startBridge({ config, logger });

  if (config.slack.mode === 'local') {
    process.stdout.write(`\nBridge is running. Open ${bridge.url} for the local workspace.\n\n`);
  }

  const shutdown = async (signal: string) => {
    log.info({ signal }, 'Stopping');
    await bridge.stop();
    process.exit(0);
  };

  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

/** Returns a message naming the setting to fix, or undefined when no setting explains the error. */
function describeSettingProblem(error: unknown): string | undefined {
  if (
    error instanceof ConfigError ||
    error instanceof DatabaseOpenError ||
    error instanceof SlackConnectionError
  ) {
    return error.message;
  }

  const failure = error as NodeJS.ErrnoException & { hostname?: string };

  if (config && failure.syscall === 'listen') {
    const address = `${config.host}:${config.port}`;

    if (failure.code === 'EADDRINUSE') {
      return `Could not listen on ${address}: the port is already in use. Set PORT to a free port, or to 0 to pick one.`;
    }

    if (failure.code === 'EACCES') {
      return `Could not listen on ${address}: permission denied. Set PORT to 1024 or above.`;
    }

    if (failure.code === 'EADDRNOTAVAIL') {
      return `Could not listen on ${address}: HOST is not an address of this machine. Set HOST to 127.0.0.1, 0.0.0.0 or an address of this machine.`;
    }
  }

  if (config && failure.syscall === 'getaddrinfo' && failure.hostname === config.host) {
    return `Could not listen on HOST (${config.host}): host not found. Set HOST to an address or a host name that resolves, such as 127.0.0.1 or localhost.`;
  }

  return undefined;
}

main().catch((error: unknown) => {
  const settingProblem = describeSettingProblem(error);
  log.fatal({ err: error }, 'Bridge failed to start');

  if (settingProblem) {
    // One line for the person at the terminal. The stack and cause go to the log line above.
    process.stderr.write(`Bridge did not start. ${settingProblem}\n`);
    process.exit(EXIT_CONFIGURATION);
  }

  process.exit(1);
});
