import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const portRange = 'PORT must be between 0 and 65535; 0 picks a free port';

// Decimal digits only: Number() would also read 0x10 as 16 and 1e3 as 1000.
const portSchema = z
  .string()
  .trim()
  .regex(/^-?\d+$/, 'PORT must be a whole number such as 3000')
  .transform(Number)
  .pipe(z.number().min(0, portRange).max(65535, portRange));

const hostLabel = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;

/** Checks a host name against RFC 1123: dot-separated labels of letters, digits and hyphens. */
function isHostName(value: string): boolean {
  const labels = value.replace(/\.$/, '').split('.');
  const topLabel = labels.at(-1) ?? '';

  // RFC 1123 section 2.1: the top-level label of a host name is never all digits, so 999.1.1.1
  // is a mistyped IPv4 address and not a host name.
  if (value.length > 253 || /^\d+$/.test(topLabel)) return false;

  return labels.every((label) => hostLabel.test(label));
}

const hostSchema = z
  .string()
  .trim()
  .refine(
    (host) => isIP(host) !== 0 || isHostName(host),
    'HOST must be an IPv4 address, an IPv6 address or a host name, such as 127.0.0.1, 0.0.0.0, :: or localhost',
  );

const environmentSchema = z.object({
  PORT: portSchema.default(3000),
  HOST: hostSchema.default('127.0.0.1'),
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
  BRIDGE_PUBLIC_URL: optionalText.pipe(
    z
      .url({ message: 'BRIDGE_PUBLIC_URL must be a URL such as https://bridge.example.org' })
      .optional(),
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
  /** The address people reach Bridge at, for links such as calendar files; no trailing slash. */
  publicUrl: string | undefined;
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

  let mode: SlackMode = 'http';

  if (!hasBotToken) mode = 'local';
  else if (env.SLACK_APP_TOKEN) mode = 'socket';

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
    publicUrl: env.BRIDGE_PUBLIC_URL?.replace(/\/+$/, ''),
  };
}
