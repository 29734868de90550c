import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');

interface ExitedBridge {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node --import tsx src/main.ts` with only PATH and the given variables set. */
function runBridge(environment: Record<string, string>): Promise<ExitedBridge> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: repositoryRoot,
    env: { PATH: process.env.PATH ?? '', ...environment },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });

  // A Bridge that starts by mistake would run until the test times out, so kill it sooner.
  const guard = setTimeout(() => child.kill('SIGKILL'), 25_000);

  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (exitCode) => {
      clearTimeout(guard);
      resolve({ exitCode, stdout, stderr });
    });
  });
}

/** Listens on a free port on 127.0.0.1 and returns the server. Close it to free the port. */
async function listenOnFreePort(): Promise<net.Server> {
  const server = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return server;
}

function portOf(server: net.Server): number {
  return (server.address() as net.AddressInfo).port;
}

async function freePort(): Promise<number> {
  const server = await listenOnFreePort();
  const port = portOf(server);
  await new Promise((resolve) => server.close(resolve));

  return port;
}

describe('Bridge start-up errors', () => {
  let scratchDir: string;

  beforeAll(() => {
    scratchDir = mkdtempSync(path.join(os.tmpdir(), 'bridge-startup-'));
  });

  afterAll(() => {
    rmSync(scratchDir, { recursive: true, force: true });
  });

  describe('with nothing listening at DATABASE_URL', () => {
    let port: number;
    let bridge: ExitedBridge;

    beforeAll(async () => {
      port = await freePort();
      bridge = await runBridge({
        DATABASE_URL: `postgres://bridge:secret-password@127.0.0.1:${port}/bridge`,
      });
    });

    it('exits with code 2', () => {
      expect(bridge.exitCode).toBe(2);
    });

    it('prints one line naming DATABASE_URL', () => {
      expect(bridge.stderr).toBe(
        `Bridge did not start. Could not connect to the database in DATABASE_URL (127.0.0.1:${port}): connection refused. Check that PostgreSQL is running and the URL is right.\n`,
      );
    });

    it('prints no stack trace on stderr', () => {
      expect(bridge.stderr).not.toContain('    at ');
    });

    it('keeps the password out of stderr', () => {
      expect(bridge.stderr).not.toContain('secret-password');
    });

    it('keeps the password out of the log', () => {
      expect(bridge.stdout).not.toContain('secret-password');
    });

    it('logs the error with its cause', () => {
      expect(bridge.stdout).toContain('"code":"bridge_database_open_failed"');
      expect(bridge.stdout).toContain('ECONNREFUSED');
    });
  });

  describe('with BRIDGE_DATA_DIR naming a regular file', () => {
    let dataFile: string;
    let bridge: ExitedBridge;

    beforeAll(async () => {
      dataFile = path.join(scratchDir, 'not-a-folder');
      writeFileSync(dataFile, '');
      bridge = await runBridge({ BRIDGE_DATA_DIR: dataFile });
    });

    it('exits with code 2', () => {
      expect(bridge.exitCode).toBe(2);
    });

    it('prints one line naming BRIDGE_DATA_DIR', () => {
      expect(bridge.stderr).toBe(
        `Bridge did not start. Could not open the PGlite database in BRIDGE_DATA_DIR (${dataFile}): not a directory. Set BRIDGE_DATA_DIR to a folder that Bridge can write to.\n`,
      );
    });

    it('prints no stack trace on stderr', () => {
      expect(bridge.stderr).not.toContain('    at ');
    });
  });

  // Node 20's recursive mkdirSync never returns for such a path, so this checks that Bridge exits.
  it.skipIf(!existsSync('/proc/self'))('rejects BRIDGE_DATA_DIR under /proc', async () => {
    const bridge = await runBridge({ BRIDGE_DATA_DIR: '/proc/nope' });

    expect(bridge.exitCode).toBe(2);
    expect(bridge.stderr).toBe(
      'Bridge did not start. Could not open the PGlite database in BRIDGE_DATA_DIR (/proc/nope): the folder cannot be created there. Set BRIDGE_DATA_DIR to a folder that Bridge can write to.\n',
    );
  });

  it('rejects HOST=999.1.1.1 by name', async () => {
    const bridge = await runBridge({ HOST: '999.1.1.1' });

    expect(bridge.exitCode).toBe(2);
    expect(bridge.stderr).toContain('Bridge did not start. Invalid environment:');
    expect(bridge.stderr).toContain('HOST: HOST must be an IPv4 address');
    expect(bridge.stderr).not.toContain('    at ');
  });

  it('names PORT when the port is in use', { timeout: 60_000 }, async () => {
    const occupant = await listenOnFreePort();
    const port = portOf(occupant);

    try {
      const bridge = await runBridge({
        PORT: String(port),
        BRIDGE_DATA_DIR: path.join(scratchDir, 'port-in-use'),
        BRIDGE_DEMO_DATA: 'off',
      });

      expect(bridge.exitCode).toBe(2);
      expect(bridge.stderr).toBe(
        `Bridge did not start. Could not listen on 127.0.0.1:${port}: the port is already in use. Set PORT to a free port, or to 0 to pick one.\n`,
      );
    } finally {
      await new Promise((resolve) => occupant.close(resolve));
    }
  });
  it('names SLACK_BOT_TOKEN when Slack rejects it', { timeout: 60_000 }, async () => {
    const slack = http.createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ ok: false, error: 'invalid_auth' }));
    });
    await new Promise<void>((resolve) => slack.listen(0, '127.0.0.1', resolve));
    const { port } = slack.address() as net.AddressInfo;

    try {
      const bridge = await runBridge({
        PORT: '0',
        SLACK_BOT_TOKEN: 'xoxb-rejected',
        SLACK_SIGNING_SECRET: 'secret',
        SLACK_API_URL: `http://127.0.0.1:${port}/api/`,
        BRIDGE_DATA_DIR: path.join(scratchDir, 'rejected-token'),
      });

      expect(bridge.exitCode).toBe(2);
      expect(bridge.stderr).toBe(
        "Bridge did not start. Slack rejected the token in SLACK_BOT_TOKEN (invalid_auth). Copy the token again from the app's settings page.\n",
      );
    } finally {
      await new Promise((resolve) => slack.close(resolve));
    }
  });

  it('names SLACK_API_URL when nothing answers there', { timeout: 90_000 }, async () => {
    const port = await freePort();
    const bridge = await runBridge({
      PORT: '0',
      SLACK_BOT_TOKEN: 'xoxb-unanswered',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_API_URL: `http://127.0.0.1:${port}/api/`,
      BRIDGE_DATA_DIR: path.join(scratchDir, 'unanswered-api'),
    });

    expect(bridge.exitCode).toBe(2);
    expect(bridge.stderr).toBe(
      `Bridge did not start. Could not reach Slack's Web API at http://127.0.0.1:${port}/api/. Check SLACK_API_URL and the network.\n`,
    );
  });
});
