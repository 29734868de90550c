import pino from 'pino';

/**
 * The one logger; components take a child with `logger.child({ component })`. It writes to
 * standard output, or to standard error when BRIDGE_LOG_DESTINATION is `stderr`, as the CLI sets
 * it so that logs never mix with an export written to standard output.
 */
export const logger = pino(
  {
    level: 'info',
    redact: {
      paths: ['token', '*.token', 'botToken', '*.botToken', 'headers.authorization'],
      censor: '[redacted]',
    },
  },
  pino.destination({ fd: process.env.BRIDGE_LOG_DESTINATION === 'stderr' ? 2 : 1, sync: true }),
);

export type Logger = pino.Logger;
