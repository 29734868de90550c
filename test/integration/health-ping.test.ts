import net from 'node:net';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, DatabaseHandle } from '../../src/db/client.js';
import { openDatabase } from '../../src/db/client.js';
import { checkDatabase, pingDatabase } from '../../src/db/health.js';
import * as schema from '../../src/db/schema/index.js';

/** Points postgres.js at a URL without the start-up check that openDatabase runs. */
function connectWithoutCheck(url: string): { db: Database; close: () => Promise<void> } {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const db = drizzle(client, { schema }) as unknown as Database;

  return { db, close: () => client.end({ timeout: 0 }) };
}

describe('database health check', () => {
  describe('on a server that accepts connections and never responds', () => {
    const sockets = new Set<net.Socket>();
    const silentServer = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => {});
    });
    let connection: ReturnType<typeof connectWithoutCheck>;

    beforeAll(async () => {
      await new Promise<void>((resolve) => silentServer.listen(0, '127.0.0.1', resolve));
      const { port } = silentServer.address() as net.AddressInfo;
      connection = connectWithoutCheck(`postgres://bridge@127.0.0.1:${port}/bridge`);
    });

    afterAll(async () => {
      await connection.close();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silentServer.close(resolve));
    });

    it('reports a timeout', async () => {
      expect(await checkDatabase(connection.db, 200)).toEqual({ status: 'timeout' });
    });

    it('returns within the timeout', async () => {
      const startedAt = performance.now();
      await checkDatabase(connection.db, 200);

      expect(performance.now() - startedAt).toBeLessThan(2_000);
    });

    it('pings as false', async () => {
      expect(await pingDatabase(connection.db, 200)).toBe(false);
    });
  });

  describe('with nothing listening', () => {
    let connection: ReturnType<typeof connectWithoutCheck>;

    beforeAll(async () => {
      const server = net.createServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as net.AddressInfo;
      await new Promise((resolve) => server.close(resolve));
      connection = connectWithoutCheck(`postgres://bridge@127.0.0.1:${port}/bridge`);
    });

    afterAll(async () => {
      await connection.close();
    });

    it('reports the database down with the driver error', async () => {
      const check = await checkDatabase(connection.db);

      expect(check.status).toBe('down');
      // Drizzle wraps the postgres.js error in a DrizzleQueryError.
      expect(check.error).toMatchObject({ cause: { code: 'ECONNREFUSED' } });
    });
  });

  describe('on a working database', () => {
    let database: DatabaseHandle;

    beforeAll(async () => {
      database = await openDatabase({});
    });

    afterAll(async () => {
      await database.close();
    });

    it('reports the database up', async () => {
      expect(await checkDatabase(database.db)).toEqual({ status: 'up' });
    });

    it('pings as true', async () => {
      expect(await pingDatabase(database.db)).toBe(true);
    });
  });
});
