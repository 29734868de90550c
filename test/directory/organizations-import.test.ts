import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/client.js';
import { organizations } from '../../src/db/schema/index.js';
import type { TestDatabase } from '../support/database.js';
import { createTestDatabase, drivers } from '../support/database.js';
import { countAudit, createCsvFolder, createPartnership, csv, importFile } from './support.js';

describe.each(drivers)('organizations import on %s', (driver) => {
  let database: TestDatabase;
  let files: Awaited<ReturnType<typeof createCsvFolder>>;
  let partnershipId: string;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    files = await createCsvFolder();
  });

  afterAll(async () => {
    await database.close();
    await files.remove();
  });

  beforeEach(async () => {
    partnershipId = await createPartnership(database.db, `Region ${Math.random()}`);
  });

  const listOrganizations = () =>
    database.db
      .select()
      .from(organizations)
      .where(eq(organizations.partnershipId, partnershipId))
      .orderBy(organizations.name);

  it('creates rows and audits each one', async () => {
    const file = await files.write(
      csv(
        'kind,name,naics_code,size',
        'employer,Acme Tools,332710,50-249',
        'chamber,Metro Chamber,,',
      ),
    );

    const report = await importFile(database.db, 'organizations', file, partnershipId);

    expect(report.counts).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    const rows = await listOrganizations();
    expect(rows.map((row) => row.name)).toEqual(['Acme Tools', 'Metro Chamber']);
    expect(rows[0]?.naicsCode).toBe('332710');
    expect(rows[0]?.size).toBe('50-249');
    expect(await countAudit(database.db, partnershipId)).toBe(2);
  });

  it('reads a byte-order mark, quotes, semicolons and blank lines', async () => {
    const content = `\uFEFF${csv('Kind;Name;Address', '', 'employer;"Smith; Sons";"12 Main St,', 'Suite 4"', '', 'college;North College;')}`;
    const file = await files.write(content);

    const report = await importFile(database.db, 'organizations', file, partnershipId);

    expect(report.counts.created).toBe(2);
    expect(report.errors).toEqual([]);
    const rows = await listOrganizations();
    expect(rows.map((row) => row.name)).toEqual(['North College', 'Smith; Sons']);
    expect(rows[1]?.address).toBe('12 Main St,\nSuite 4');
  });

  it('matches headers in any case, order and spacing', async () => {
    const file = await files.write(csv(' NAICS-Code ,NAME,kind ', '541511,Byte Works,Employer'));

    const report = await importFile(database.db, 'organizations', file, partnershipId);

    expect(report.counts.created).toBe(1);
    const [row] = await listOrganizations();
    expect(row?.naicsCode).toBe('541511');
    expect(row?.kind).toBe('employer');
  });

  it('ignores extra columns and names them once', async () => {
    const file = await files.write(
      csv('kind,name,Notes,Owner', 'employer,Acme,call back,Ann', 'employer,Beta,,'),
    );

    const report = await importFile(database.db, 'organizations', file, partnershipId);

    expect(report.ignoredColumns).toEqual(['Notes', 'Owner']);
    expect(report.counts.created).toBe(2);
  });

  it('reports missing required columns before any row', async () => {
    const file = await files.write(csv('name,zip', 'Acme,78701'));

    const report = await importFile(database.db, 'organizations', file, partnershipId);

    expect(report.missingColumns).toEqual(['kind']);
    expect(report.counts).toEqual({ created: 0, updated: 0, unchanged: 0, rejected: 0 });
    expect(await listOrganizations()).toEqual([]);
  });

  it('rejects bad rows with their start lines', async () => {
    const file = await files.write(
      csv(
        'kind,name,address,zip,naics_code',
        'employer,Good One,,78701,',
        'employer,Bad Zip,"line one',
        'line two",7840,',
        'factory,Bad Kind,,,',
        'employer,Bad Naics,,,99',
      ),
    );

    const report = await importFile(database.db, 'organizations', file, partnershipId);

    expect(report.counts.created).toBe(1);
    expect(report.counts.rejected).toBe(3);
    expect(report.errors[0]).toEqual({
      line: 3,
      column: 'zip',
      message: '"7840" is not a 5-digit ZIP code',
    });
    expect(report.errors[1]?.line).toBe(5);
    expect(report.errors[1]?.column).toBe('kind');
    expect(report.errors[1]?.message).toContain('school_district');
    expect(report.errors[2]?.line).toBe(6);
    expect(report.errors[2]?.column).toBe('naics_code');
    expect(report.errors[2]?.message).toContain('2022 NAICS sector');
  });

  it('rejects a NAICS code of the wrong length', async () => {
    const file = await files.write(csv('kind,name,naics_code', 'employer,Acme,3327101'));

    const report = await importFile(database.db, 'organizations', file, partnershipId);

    expect(report.errors[0]?.message).toBe('"3327101" is not a NAICS code of 2 to 6 digits');
  });

  it('writes nothing with all-or-nothing and a bad row', async () => {
    const file = await files.write(
      csv('kind,name,zip', 'employer,Acme,78701', 'employer,Beta,123'),
    );

    const report = await importFile(database.db, 'organizations', file, partnershipId, {
      allOrNothing: true,
    });

    expect(report.counts.created).toBe(1);
    expect(report.counts.rejected).toBe(1);
    expect(report.written).toBe(false);
    expect(await listOrganizations()).toEqual([]);
    expect(await countAudit(database.db, partnershipId)).toBe(0);
  });

  it('writes everything with all-or-nothing and good rows', async () => {
    const file = await files.write(csv('kind,name', 'employer,Acme', 'employer,Beta'));

    const report = await importFile(database.db, 'organizations', file, partnershipId, {
      allOrNothing: true,
    });

    expect(report.written).toBe(true);
    expect(await listOrganizations()).toHaveLength(2);
  });

  it('reports a dry run and writes nothing', async () => {
    await importFile(
      database.db,
      'organizations',
      await files.write(csv('kind,name', 'employer,Acme')),
      partnershipId,
    );
    const file = await files.write(
      csv('kind,name,size', 'employer,ACME,1-9', 'employer,Beta,', 'employer,Gamma,'),
    );

    const report = await importFile(database.db, 'organizations', file, partnershipId, {
      dryRun: true,
    });

    expect(report.counts).toEqual({ created: 2, updated: 1, unchanged: 0, rejected: 0 });
    expect(report.written).toBe(false);
    const rows = await listOrganizations();
    expect(rows.map((row) => row.name)).toEqual(['Acme']);
    expect(rows[0]?.size).toBeNull();
    expect(await countAudit(database.db, partnershipId)).toBe(1);
  });

  it('changes nothing on re-import of the same file', async () => {
    const file = await files.write(
      csv(
        'kind,name,zip,latitude,longitude,naics_code',
        'campus,North High,78701,,,',
        'employer,Acme,,30.5,-97.25,33',
      ),
    );
    await importFile(database.db, 'organizations', file, partnershipId);
    const auditBefore = await countAudit(database.db, partnershipId);

    const report = await importFile(database.db, 'organizations', file, partnershipId);

    expect(report.counts).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    expect(await countAudit(database.db, partnershipId)).toBe(auditBefore);
  });

  it('updates a match instead of adding a twin', async () => {
    await importFile(
      database.db,
      'organizations',
      await files.write(csv('kind,name,size', 'employer,Acme Tools,1-9')),
      partnershipId,
    );

    const report = await importFile(
      database.db,
      'organizations',
      await files.write(csv('kind,name,size', 'Employer,ACME TOOLS,10-49')),
      partnershipId,
    );

    expect(report.counts.updated).toBe(1);
    const rows = await listOrganizations();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.size).toBe('10-49');
    expect(rows[0]?.name).toBe('ACME TOOLS');
  });

  it('audits an update with before and after', async () => {
    await importFile(
      database.db,
      'organizations',
      await files.write(csv('kind,name,size', 'employer,Acme,1-9')),
      partnershipId,
    );
    await importFile(
      database.db,
      'organizations',
      await files.write(csv('kind,name,size', 'employer,Acme,10-49')),
      partnershipId,
    );

    const result = await database.db.execute(
      sql`select action, actor_person_id, before, after from audit_log where partnership_id = ${partnershipId} and action = 'update'`,
    );
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<
      Record<string, unknown>
    >;

    expect(rows).toHaveLength(1);
    expect(rows[0]?.actor_person_id).toBeNull();
    expect(rows[0]?.before).toEqual({ size: '1-9' });
    expect(rows[0]?.after).toEqual({ size: '10-49' });
  });

  it('fills coordinates from the ZIP code', async () => {
    const file = await files.write(csv('kind,name,zip', 'campus,Capitol High,78701'));

    await importFile(database.db, 'organizations', file, partnershipId);

    const [row] = await listOrganizations();
    expect(row?.latitude).toBe('30.271300');
    expect(row?.longitude).toBe('-97.742600');
  });

  it('keeps coordinates given in the file', async () => {
    const file = await files.write(
      csv('kind,name,zip,latitude,longitude', 'campus,Capitol High,78701,30.1,-97.2'),
    );

    await importFile(database.db, 'organizations', file, partnershipId);

    const [row] = await listOrganizations();
    expect(row?.latitude).toBe('30.100000');
    expect(row?.longitude).toBe('-97.200000');
  });

  it('links a campus to its district by name', async () => {
    const file = await files.write(
      csv(
        'kind,name,district',
        'school_district,Austin ISD,',
        'campus,Capitol High,AUSTIN isd',
        'campus,Lost High,Nowhere ISD',
      ),
    );

    const report = await importFile(database.db, 'organizations', file, partnershipId);

    expect(report.counts.created).toBe(2);
    expect(report.errors).toEqual([
      {
        line: 4,
        column: 'district',
        message:
          '"Nowhere ISD" is not a school district in this partnership; import it first or fix the name',
      },
    ]);
    const rows = await listOrganizations();
    const district = rows.find((row) => row.kind === 'school_district');
    expect(rows.find((row) => row.name === 'Capitol High')?.parentId).toBe(district?.id);
  });

  it('leaves other partnerships untouched', async () => {
    const otherId = await createPartnership(database.db, `Other ${Math.random()}`);
    await importFile(
      database.db,
      'organizations',
      await files.write(csv('kind,name,size', 'employer,Acme,1-9')),
      otherId,
    );

    await importFile(
      database.db,
      'organizations',
      await files.write(csv('kind,name,size', 'employer,Acme,1000+')),
      partnershipId,
    );

    const [other] = await database.db
      .select()
      .from(organizations)
      .where(and(eq(organizations.partnershipId, otherId)));
    expect(other?.size).toBe('1-9');
    expect(await countAudit(database.db, otherId)).toBe(1);
    expect(await listOrganizations()).toHaveLength(1);
  });

  it('commits batches as it goes', async () => {
    const rows = Array.from({ length: 7 }, (_, index) => `employer,Firm ${index},`);
    const file = await files.write(csv('kind,name,zip', ...rows, 'employer,Bad,1'));

    const report = await importFile(database.db, 'organizations', file, partnershipId, {
      batchSize: 3,
    });

    expect(report.counts.created).toBe(7);
    expect(report.errors[0]?.line).toBe(9);
    expect(await listOrganizations()).toHaveLength(7);
  });

  it('vacuums the table after a large import', async () => {
    const vacuums = async () => {
      const [row] = rowsOf<{ count: number | string }>(
        await database.db.execute(
          sql`select vacuum_count as count from pg_stat_user_tables where relname = 'organizations'`,
        ),
      );
      return Number(row?.count ?? 0);
    };
    const lines = Array.from({ length: 1000 }, (_, index) => `employer,Vacuum Test Works ${index}`);
    const before = await vacuums();

    const report = await importFile(
      database.db,
      'organizations',
      await files.write(['kind,name', ...lines].join('\n')),
      partnershipId,
    );

    expect(report.counts.created).toBe(1000);
    await expect.poll(vacuums, { timeout: 5000 }).toBeGreaterThan(before);
  });
});
