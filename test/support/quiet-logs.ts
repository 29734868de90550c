import { logger } from '../../src/logger.js';

// Tests provoke errors on purpose; their logs stay quiet unless TEST_LOG_LEVEL asks for them.
logger.level = process.env.TEST_LOG_LEVEL ?? 'silent';
