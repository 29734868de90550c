import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';
import { createCsvFolder, createPartnership, csv } from './support.js';

const run = promisify(execFile);
const repositoryRoot = path.resolve(import.meta.dirname, '../..');

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

describe('bridge CLI process', { timeout: 90_000 }, () => {
  let files: Awaited<ReturnType<typeof createCsvFolder>>;
  let dataDir: string;

  beforeAll(async () => {
    files = await createCsvFolder();
    dataDir = path.join(files.folder, 'data');
    const handle = await openDatabase({ dataDir });
    await runMigrations(handle.db);
    await createPartnership(handle.db, 'Capital Region');
    await handle.close();
  });

  afterAll(async () => {
    await files.remove();
  });

  async function bridge(...args: string[]): Promise<CliResult> {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, BRIDGE_DATA_DIR: dataDir };

    try {
      const { stdout, stderr } = await run(
        'node',
        ['--import', 'tsx', 'src/cli/main.ts', ...args],
        {
          cwd: repositoryRoot,
          env,
        },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  it('imports, reports row errors and exports', async () => {
    const file = await files.write(
      csv('kind,name,zip,Notes', 'employer,Acme Tools,78701,x', 'employer,Beta,7840,'),
    );
    const good = await files.write(csv('kind,name', 'chamber,Metro Chamber'));
    const output = path.join(files.folder, 'organizations.csv');

    const partial = await bridge('import', 'organizations', file);
    const dryRun = await bridge('import', 'organizations', good, '--dry-run');
    const complete = await bridge(
      'import',
      'organizations',
      good,
      '--partnership',
      'capital region',
    );
    const exported = await bridge('export', 'organizations', '--output', output);

    expect(partial.code).toBe(1);
    expect(partial.stdout).toContain(
      'warning: ignored columns that organizations import does not read: Notes',
    );
    expect(partial.stdout).toContain(
      'organizations: 1 created, 0 updated, 0 unchanged, 1 rejected',
    );
    expect(partial.stdout).toContain('line 3, column zip: "7840" is not a 5-digit ZIP code');
    expect(dryRun.code).toBe(0);
    expect(dryRun.stdout).toContain('1 would be created');
    expect(dryRun.stdout).toContain('dry run: nothing was written');
    expect(complete.code).toBe(0);
    expect(exported.code).toBe(0);
    const content = await readFile(output, 'utf8');
    expect(content.split('\r\n')[0]).toBe(
      'kind,name,naics_code,district,size,address,zip,latitude,longitude',
    );
    expect(content).toContain('employer,Acme Tools,,,,,78701,30.271300,-97.742600');
    expect(content).toContain('chamber,Metro Chamber');
  });

  it('exits with 2 and the usage on usage errors', async () => {
    const unknownKind = await bridge('import', 'students', 'x.csv');
    const unreadable = await bridge(
      'import',
      'organizations',
      path.join(files.folder, 'missing.csv'),
    );
    const badFlag = await bridge('export', 'contacts', '--verbose');

    expect(unknownKind.code).toBe(2);
    expect(unknownKind.stderr).toContain(
      'Unknown kind "students"; use one of: organizations, contacts',
    );
    expect(unknownKind.stderr).toContain('Usage: npm run bridge');
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain('Cannot read');
    expect(badFlag.code).toBe(2);
  });

  it('requires --partnership when several exist', async () => {
    const handle = await openDatabase({ dataDir });
    await createPartnership(handle.db, 'Hill Country');
    await handle.close();
    const file = await files.write(csv('kind,name', 'employer,Acme Tools'));

    const listed = await bridge('partnerships');
    const missing = await bridge('import', 'organizations', file);
    const wrong = await bridge('import', 'organizations', file, '--partnership', 'Nowhere');

    expect(listed.stdout).toContain('\tCapital Region');
    expect(listed.stdout).toContain('\tHill Country');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      'This database has several partnerships. Pass --partnership with one of: Capital Region',
    );
    expect(wrong.stderr).toContain('No single partnership matches "Nowhere"');
  });
});
