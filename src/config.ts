import path from 'node:path';
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const environmentSchema = z.object({
  PORT: z.coerce
    .number({ error: 'PORT must be a whole number such as 3000' })
    .int('PORT must be a whole number such as 3000')
    .min(0, 'PORT must be between 0 and 65535; 0 picks a free port')
    .max(65535, 'PORT must be between 0 and 65535; 0 picks a free port')
    .default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must look like postgres://user@host:5432/dbname')
      .optional(),
  ),
  BRIDGE_DATA_DIR: optionalText,
  SLACK_BOT_TOKEN: optionalText.pipe(
    z.string().startsWith('xoxb-', 'SLACK_BOT_TOKEN must start with xoxb-').optional(),
  ),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.pipe(
    z.string().startsWith('xapp-', 'SLACK_APP_TOKEN must start with xapp-').optional(),
  ),
  SLACK_API_URL: optionalText.pipe(
    z.url({ message: 'SLACK_API_URL must be a URL such as https://slack.com/api/' }).optional(),
  ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BRIDGE_DEMO_DATA: z
    .enum(['on', 'off'], { error: 'BRIDGE_DEMO_DATA must be on or off' })
    .default('on'),
});

export type SlackMode = 'http' | 'socket' | 'local';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  slack: {
    mode: SlackMode;
    botToken: string;
    signingSecret: string;
    appToken: string | undefined;
    apiUrl: string | undefined;
  };
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  loadDemoData: boolean;
}

/** Token and secret that the local workspace signs and authorizes with; they never leave the machine. */
export const LOCAL_SLACK_CREDENTIALS = {
  botToken: 'xoxb-local-workspace',
  signingSecret: 'local-workspace-signing-secret',
};

export class ConfigError extends Error {
  readonly code = 'bridge_config_invalid';
}

/**
 * Parses the environment once at start-up. Throws ConfigError naming each bad variable and
 * the form it should take.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  // A blank variable counts as unset, as compose files pass '' for variables they do not set.
  const present = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value?.trim() !== ''),
  );
  const parsed = environmentSchema.safeParse(present);

  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }

  const env = parsed.data;
  const hasBotToken = env.SLACK_BOT_TOKEN !== undefined;
  const hasSecret = env.SLACK_SIGNING_SECRET !== undefined;

  if (hasBotToken !== hasSecret) {
    const missing = hasBotToken ? 'SLACK_SIGNING_SECRET' : 'SLACK_BOT_TOKEN';
    throw new ConfigError(
      `Invalid environment:\n  ${missing}: missing. Set both SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET for Slack, or neither for the local workspace.`,
    );
  }

  if (env.SLACK_APP_TOKEN !== undefined && !hasBotToken) {
    throw new ConfigError(
      'Invalid environment:\n  SLACK_APP_TOKEN: Socket Mode also needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET.',
    );
  }

  const mode: SlackMode = !hasBotToken ? 'local' : env.SLACK_APP_TOKEN ? 'socket' : 'http';

  return {
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    dataDir: path.resolve(env.BRIDGE_DATA_DIR ?? '.bridge'),
    slack: {
      mode,
      botToken: env.SLACK_BOT_TOKEN ?? LOCAL_SLACK_CREDENTIALS.botToken,
      signingSecret: env.SLACK_SIGNING_SECRET ?? LOCAL_SLACK_CREDENTIALS.signingSecret,
      appToken: env.SLACK_APP_TOKEN,
      apiUrl: env.SLACK_API_URL,
    },
    logLevel: env.LOG_LEVEL,
    loadDemoData: env.BRIDGE_DEMO_DATA === 'on',
  };
}
