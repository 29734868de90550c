import pino from 'pino';

/** The one logger; components take a child with `logger.child({ component })`. */
export const logger = pino({
  level: 'info',
  redact: {
    paths: ['token', '*.token', 'botToken', '*.botToken', 'headers.authorization'],
    censor: '[redacted]',
  },
});

export type Logger = pino.Logger;
