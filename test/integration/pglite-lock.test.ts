import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseOpenError, openDatabase } from '../../src/db/client.js';

describe('PGlite folder lock', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bridge-lock-'));

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('rejects a second open of one folder', async () => {
    const first = await openDatabase({ dataDir });

    try {
      const second = openDatabase({ dataDir });

      await expect(second).rejects.toBeInstanceOf(DatabaseOpenError);
      await expect(openDatabase({ dataDir })).rejects.toThrow(`process ${process.pid} has it open`);
    } finally {
      await first.close();
    }
  });

  it('opens again after close', async () => {
    const reopened = await openDatabase({ dataDir });

    await reopened.close();
    expect(reopened.driver).toBe('pglite');
  });

  it('takes over a lock of an exited process', async () => {
    writeFileSync(path.join(dataDir, 'pglite.lock'), '999999999');

    const opened = await openDatabase({ dataDir });

    await opened.close();
    expect(opened.driver).toBe('pglite');
  });
});
