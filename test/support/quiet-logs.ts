import { logger } from '../../src/logger.js';

// Tests provoke errors on purpose; their logs stay quiet unless TEST_LOG_LEVEL sets a level.
logger.level = process.env.TEST_LOG_LEVEL ?? 'silent';
