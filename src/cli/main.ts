import { ConfigError, loadConfig } from '../config.js';

// Set before the logger is created: an export goes to standard output, so logs go to standard error.
process.env.BRIDGE_LOG_DESTINATION = 'stderr';
const { runCli } = await import('./run.js');

// The only place the CLI reads the environment: DATABASE_URL and BRIDGE_DATA_DIR through loadConfig.
const output = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  error: (line: string) => process.stderr.write(`${line}\n`),
  stdout: process.stdout,
};

try {
  process.exitCode = await runCli(process.argv.slice(2), loadConfig(process.env), output);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  output.error(error.message);
  process.exitCode = 2;
}
