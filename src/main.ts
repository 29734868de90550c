import { ConfigError, loadConfig } from './config.js';
import { logger } from './logger.js';
import { startBridge } from './server.js';

const log = logger.child({ component: 'main' });

async function main(): Promise<void> {
  const config = loadConfig();
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

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Bridge did not start. ${error.message}\n`);
    process.exit(2);
  }

  log.fatal({ err: error }, 'Bridge failed to start');
  process.exit(1);
});
