import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, LOCAL_SLACK_CREDENTIALS, loadConfig } from '../../src/config.js';

const hostProblem =
  'HOST: HOST must be an IPv4 address, an IPv6 address or a host name, such as 127.0.0.1, 0.0.0.0, :: or localhost';

const httpSlack = { SLACK_BOT_TOKEN: 'xoxb-123-456', SLACK_SIGNING_SECRET: 'signing-secret' };

/** Runs loadConfig and returns the error it throws, or fails the test when it throws nothing. */
function configError(environment: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }

  throw new Error('expected loadConfig to throw a ConfigError');
}

describe('loadConfig', () => {
  describe('with an empty environment', () => {
    const config = loadConfig({});

    it('uses the local workspace', () => {
      expect(config.slack.mode).toBe('local');
    });

    it('uses the local credentials', () => {
      expect(config.slack).toMatchObject(LOCAL_SLACK_CREDENTIALS);
    });

    it('listens on port 3000', () => {
      expect(config.port).toBe(3000);
    });

    it('listens on 127.0.0.1', () => {
      expect(config.host).toBe('127.0.0.1');
    });

    it('resolves the .bridge data directory', () => {
      expect(config.dataDir).toBe(path.resolve('.bridge'));
    });

    it('leaves the database URL unset', () => {
      expect(config.databaseUrl).toBeUndefined();
    });

    it('loads demo data', () => {
      expect(config.loadDemoData).toBe(true);
    });

    it('logs at info level', () => {
      expect(config.logLevel).toBe('info');
    });
  });

  it('resolves a relative data directory', () => {
    expect(loadConfig({ BRIDGE_DATA_DIR: 'var/bridge' }).dataDir).toBe(path.resolve('var/bridge'));
  });

  it('reads PORT as a number', () => {
    expect(loadConfig({ PORT: '8080' }).port).toBe(8080);
  });

  it('accepts PORT=0 for a free port', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
  });

  it.each(['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost', 'bridge-1.internal', 'db.example.'])(
    'accepts HOST=%s',
    (host) => {
      expect(loadConfig({ HOST: host }).host).toBe(host);
    },
  );

  it('accepts a postgresql:// database URL', () => {
    const url = 'postgresql://bridge@127.0.0.1:5432/bridge';

    expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
  });

  it('turns demo data off', () => {
    expect(loadConfig({ BRIDGE_DEMO_DATA: 'off' }).loadDemoData).toBe(false);
  });

  describe('with a bot token and signing secret', () => {
    const config = loadConfig(httpSlack);

    it('uses HTTP mode', () => {
      expect(config.slack.mode).toBe('http');
    });

    it('keeps the bot token', () => {
      expect(config.slack.botToken).toBe('xoxb-123-456');
    });

    it('keeps the signing secret', () => {
      expect(config.slack.signingSecret).toBe('signing-secret');
    });

    it('leaves the app token unset', () => {
      expect(config.slack.appToken).toBeUndefined();
    });
  });

  describe('with an app token as well', () => {
    const config = loadConfig({ ...httpSlack, SLACK_APP_TOKEN: 'xapp-1-A1-2' });

    it('uses Socket Mode', () => {
      expect(config.slack.mode).toBe('socket');
    });

    it('keeps the app token', () => {
      expect(config.slack.appToken).toBe('xapp-1-A1-2');
    });
  });

  it('keeps a custom Slack API URL', () => {
    const apiUrl = 'http://127.0.0.1:3001/api/';

    expect(loadConfig({ ...httpSlack, SLACK_API_URL: apiUrl }).slack.apiUrl).toBe(apiUrl);
  });

  it.each([
    ['PORT=abc', { PORT: 'abc' }, 'PORT: PORT must be a whole number such as 3000'],
    ['PORT=3000.5', { PORT: '3000.5' }, 'PORT: PORT must be a whole number such as 3000'],
    ['PORT=70000', { PORT: '70000' }, 'PORT: PORT must be between 0 and 65535'],
    ['PORT=-1', { PORT: '-1' }, 'PORT: PORT must be between 0 and 65535; 0 picks a free port'],
    ['PORT=0x10', { PORT: '0x10' }, 'PORT: PORT must be a whole number such as 3000'],
    ['PORT=1e3', { PORT: '1e3' }, 'PORT: PORT must be a whole number such as 3000'],
    ['PORT=+80', { PORT: '+80' }, 'PORT: PORT must be a whole number such as 3000'],
    ['PORT=Infinity', { PORT: 'Infinity' }, 'PORT: PORT must be a whole number such as 3000'],
    ['HOST=999.1.1.1', { HOST: '999.1.1.1' }, hostProblem],
    ['HOST=1.2.3', { HOST: '1.2.3' }, hostProblem],
    ['HOST=-bridge.local', { HOST: '-bridge.local' }, hostProblem],
    ['HOST=bridge_1', { HOST: 'bridge_1' }, hostProblem],
    ['HOST=a..b', { HOST: 'a..b' }, hostProblem],
    ['HOST=http://localhost', { HOST: 'http://localhost' }, hostProblem],
    ['HOST=[::1]', { HOST: '[::1]' }, hostProblem],
    ['HOST=127.0.0.1:3000', { HOST: '127.0.0.1:3000' }, hostProblem],
    ['HOST with a 64-character label', { HOST: `${'a'.repeat(64)}.local` }, hostProblem],
    [
      'DATABASE_URL=mysql://x',
      { DATABASE_URL: 'mysql://x' },
      'DATABASE_URL: DATABASE_URL must look like postgres://user@host:5432/dbname',
    ],
    [
      'SLACK_BOT_TOKEN alone',
      { SLACK_BOT_TOKEN: 'xoxb-123-456' },
      'SLACK_SIGNING_SECRET: missing. Set both SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET',
    ],
    [
      'SLACK_SIGNING_SECRET alone',
      { SLACK_SIGNING_SECRET: 'signing-secret' },
      'SLACK_BOT_TOKEN: missing. Set both SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET',
    ],
    [
      'SLACK_API_URL=not a url',
      { ...httpSlack, SLACK_API_URL: 'not a url' },
      'SLACK_API_URL: SLACK_API_URL must be a URL such as https://slack.com/api/',
    ],
    [
      'SLACK_BOT_TOKEN=xoxp-…',
      { ...httpSlack, SLACK_BOT_TOKEN: 'xoxp-123-456' },
      'SLACK_BOT_TOKEN: SLACK_BOT_TOKEN must start with xoxb-',
    ],
    [
      'SLACK_APP_TOKEN=xoxb-…',
      { ...httpSlack, SLACK_APP_TOKEN: 'xoxb-123-456' },
      'SLACK_APP_TOKEN: SLACK_APP_TOKEN must start with xapp-',
    ],
    [
      'SLACK_APP_TOKEN alone',
      { SLACK_APP_TOKEN: 'xapp-1-A1-2' },
      'SLACK_APP_TOKEN: Socket Mode also needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET.',
    ],
    [
      'BRIDGE_DEMO_DATA=yes',
      { BRIDGE_DEMO_DATA: 'yes' },
      'BRIDGE_DEMO_DATA: BRIDGE_DEMO_DATA must be on or off',
    ],
  ])('rejects %s by name', (_case, environment, problem) => {
    expect(configError(environment).message).toContain(problem);
  });

  it('gives config errors a stable code', () => {
    expect(configError({ PORT: 'abc' }).code).toBe('bridge_config_invalid');
  });

  it('names every invalid variable', () => {
    const message = configError({ PORT: 'abc', DATABASE_URL: 'mysql://x' }).message;

    expect(message.split('\n').slice(1)).toEqual([
      '  PORT: PORT must be a whole number such as 3000',
      '  DATABASE_URL: DATABASE_URL must look like postgres://user@host:5432/dbname',
    ]);
  });

  describe('with blank variables', () => {
    it.each([
      'DATABASE_URL',
      'BRIDGE_DATA_DIR',
      'SLACK_BOT_TOKEN',
      'SLACK_SIGNING_SECRET',
      'SLACK_APP_TOKEN',
      'SLACK_API_URL',
      'HOST',
      // Compose files that write `PORT: ${PORT}` pass an empty string when PORT is unset.
      'PORT',
    ])('treats blank %s as unset', (name) => {
      expect(loadConfig({ [name]: '  ' })).toEqual(loadConfig({}));
    });

    it('ignores a blank app token', () => {
      expect(loadConfig({ ...httpSlack, SLACK_APP_TOKEN: '' }).slack.mode).toBe('http');
    });
  });
});
