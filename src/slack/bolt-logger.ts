import type { Logger as BoltLogger } from '@slack/bolt';
import { LogLevel } from '@slack/bolt';
import type { Logger } from '../logger.js';

/** Adapts pino to the logger interface Bolt and its Web API client expect. */
export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;

  return {
    debug: (...messages) => logger.debug({ detail: messages }, 'bolt debug'),
    info: (...messages) => logger.info({ detail: messages }, 'bolt info'),
    warn: (...messages) => logger.warn({ detail: messages }, 'bolt warning'),
    error: (...messages) => logger.error({ detail: messages }, 'bolt error'),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
