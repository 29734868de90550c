import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseOpenError, openDatabase } from '../../src/db/client.js';

/** A fake Postgres server and the URL that points at it, with a password in the URL. */
interface FakeServer {
  url: string;
  close(): Promise<void>;
}

/** Starts a TCP server on 127.0.0.1 that calls `respond` when a client first writes. */
async function startFakeServer(respond?: (socket: net.Socket) => void): Promise<FakeServer> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    if (respond) socket.once('data', () => respond(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;

  return {
    url: `postgres://bridge:secret-password@127.0.0.1:${port}/bridge`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Encodes a PostgreSQL ErrorResponse message (type 'E') with the given SQLSTATE and text. */
function errorResponse(sqlState: string, message: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${sqlState}\0M${message}\0\0`);
  const header = Buffer.alloc(5);
  header.write('E', 0);
  header.writeInt32BE(fields.length + 4, 1);

  return Buffer.concat([header, fields]);
}

async function openError(options: Parameters<typeof openDatabase>[0]): Promise<DatabaseOpenError> {
  const error = await openDatabase(options).then(
    async (handle) => {
      await handle.close();
      return undefined;
    },
    (rejection: unknown) => rejection,
  );

  if (error instanceof DatabaseOpenError) return error;
  throw new Error(`expected a DatabaseOpenError, got ${String(error)}`);
}

describe('openDatabase errors', () => {
  let fakeServer: FakeServer | undefined;

  afterEach(async () => {
    await fakeServer?.close();
    fakeServer = undefined;
  });

  describe('when Postgres rejects the password', () => {
    let url: string;
    let error: DatabaseOpenError;

    beforeAll(async () => {
      const server = await startFakeServer((socket) => {
        socket.end(errorResponse('28P01', 'password authentication failed for user "bridge"'));
      });
      url = server.url;
      error = await openError({ url });
      await server.close();
    });

    it('names DATABASE_URL and the fix', () => {
      const { port } = new URL(url);

      expect(error.message).toBe(
        `Could not connect to the database in DATABASE_URL (127.0.0.1:${port}): password authentication failed for user "bridge". Check the user name and password in the URL.`,
      );
    });

    it('keeps the password out of the message', () => {
      expect(error.message).not.toContain('secret-password');
    });

    it('carries a stable code and the setting', () => {
      expect(error.code).toBe('bridge_database_open_failed');
      expect(error.setting).toBe('DATABASE_URL');
    });

    it('keeps the driver error as cause', () => {
      expect(error.cause).toMatchObject({ code: '28P01' });
    });
  });

  it('reports a missing database', async () => {
    fakeServer = await startFakeServer((socket) => {
      socket.end(errorResponse('3D000', 'database "bridge" does not exist'));
    });
    const error = await openError({ url: fakeServer.url });

    expect(error.message).toContain(
      'database "bridge" does not exist. Create the database or fix its name in the URL.',
    );
  });

  it('times out on a silent server', async () => {
    fakeServer = await startFakeServer();
    const startedAt = performance.now();
    const error = await openError({ url: fakeServer.url, openTimeoutMs: 300 });

    expect(error.message).toContain(
      'no answer within 0.3 s. Check that PostgreSQL is running and the URL is right.',
    );
    expect(performance.now() - startedAt).toBeLessThan(5_000);
  });

  it('reports an invalid URL without its password', async () => {
    const error = await openError({ url: 'postgres://bridge:secret-password@host:99999/bridge' });

    expect(error.message).toBe(
      'Could not connect to the database in DATABASE_URL: the URL is not valid. Write it as postgres://user:password@host:5432/dbname.',
    );
    expect(JSON.stringify(error.cause)).not.toContain('secret-password');
  });

  describe('with a data directory', () => {
    let scratchDir: string;

    afterEach(() => {
      rmSync(scratchDir, { recursive: true, force: true });
    });

    it('rejects a data directory whose pglite entry is a file', async () => {
      scratchDir = mkdtempSync(path.join(os.tmpdir(), 'bridge-data-'));
      writeFileSync(path.join(scratchDir, 'pglite'), '');
      const error = await openError({ dataDir: scratchDir });

      expect(error.setting).toBe('BRIDGE_DATA_DIR');
      expect(error.message).toContain(`BRIDGE_DATA_DIR (${scratchDir}): not a directory.`);
    });

    it('creates missing parent folders', async () => {
      scratchDir = mkdtempSync(path.join(os.tmpdir(), 'bridge-data-'));
      const handle = await openDatabase({ dataDir: path.join(scratchDir, 'a', 'b') });
      await handle.close();

      expect(handle.driver).toBe('pglite');
    });
  });
});
