import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { organizations, people, programs } from '../../src/db/schema/index.js';
import type { TestDatabase } from '../support/database.js';
import { createTestDatabase, drivers } from '../support/database.js';
import { createCsvFolder, createPartnership, csv, importFile } from './support.js';

describe.each(drivers)('import rejections on %s', (driver) => {
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

  const organizationNames = async () => {
    const rows = await database.db
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.partnershipId, partnershipId))
      .orderBy(organizations.name);

    return rows.map((row) => row.name);
  };

  const importOrganizations = async (...lines: string[]) =>
    importFile(database.db, 'organizations', await files.write(csv(...lines)), partnershipId);

  it('rejects a NUL cell and imports the rest', async () => {
    const report = await importOrganizations(
      'kind,name',
      'employer,Nul\u0000Works',
      'employer,Good Co',
    );

    expect(report.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 1 });
    expect(report.errors).toEqual([
      { line: 2, column: 'name', message: 'contains a line break or control character; remove it' },
    ]);
    expect(await organizationNames()).toEqual(['Good Co']);
  });

  it.each([
    ['a control character', 'Ctl\u0001Works'],
    ['a right-to-left override', '\u202eskroW'],
    ['a quoted line break', '"Two\nLines"'],
  ])('rejects a name with %s', async (_case, name) => {
    const report = await importOrganizations('kind,name', `employer,${name}`);

    expect(report.counts.rejected).toBe(1);
    expect(report.errors[0]?.message).toContain('control character; remove it');
    expect(await organizationNames()).toEqual([]);
  });

  it('rejects bytes that are not UTF-8', async () => {
    const latin1 = Buffer.from(
      'kind,name\r\nemployer,Caf\xe9 Uno\r\nemployer,Good Co\r\n',
      'latin1',
    );
    const file = await files.write(latin1);

    const report = await importFile(database.db, 'organizations', file, partnershipId);

    expect(report.errors[0]?.line).toBe(2);
    expect(report.errors[0]?.message).toContain('save the file as CSV UTF-8');
    expect(await organizationNames()).toEqual(['Good Co']);
  });

  it('rejects a name longer than the form allows', async () => {
    // Random letters do not compress, so a stored name this long would overflow the name index.
    const long = Array.from({ length: 4000 }, (_, index) => 'abcdefghij'[(index * 7) % 10]).join(
      '',
    );
    const report = await importOrganizations(
      'kind,name,address',
      `employer,${long}`,
      `employer,Long Address Co,${'x'.repeat(301)}`,
      'employer,Good Co,',
    );

    expect(report.errors).toEqual([
      { line: 2, column: 'name', message: 'is 4000 characters long; shorten it to at most 150' },
      { line: 3, column: 'address', message: 'is 301 characters long; shorten it to at most 300' },
    ]);
    expect(await organizationNames()).toEqual(['Good Co']);
  });

  it('rejects numbers a column cannot store', async () => {
    await importOrganizations('kind,name', 'campus,Bay High');
    const file = await files.write(
      csv(
        'campus,name,career_cluster,enrollment,soc_codes',
        'Bay High,Welding,Advanced Manufacturing,99999999999,',
        'Bay High,Nursing,Healthcare & Human Services,100001,',
        `Bay High,Drafting,Advanced Manufacturing,,${Array(21).fill('17-3011').join(';')}`,
        'Bay High,Culinary,Construction,40,',
      ),
    );

    const report = await importFile(database.db, 'programs', file, partnershipId);
    const stored = await database.db
      .select({ name: programs.name })
      .from(programs)
      .where(eq(programs.partnershipId, partnershipId));

    expect(report.errors.map((error) => [error.line, error.column])).toEqual([
      [2, 'enrollment'],
      [3, 'enrollment'],
      [4, 'soc_codes'],
    ]);
    expect(report.errors[0]?.message).toContain('out of range');
    expect(report.errors[2]?.message).toBe('has 21 entries; keep at most 20');
    expect(stored.map((row) => row.name)).toEqual(['Culinary']);
  });

  it('rejects a date Postgres cannot store', async () => {
    const file = await files.write(
      csv('occupation_title,source,as_of', 'Welders,BLS,0000-01-01', 'Machinists,BLS,2026-01-31'),
    );

    const report = await importFile(database.db, 'labor-market', file, partnershipId);

    expect(report.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 1 });
    expect(report.errors[0]?.message).toBe(
      '"0000-01-01" is before 1900-01-01; check the year, such as 2026-01-31',
    );
  });

  describe('contact roles', () => {
    const importContacts = async (...lines: string[]) =>
      importFile(database.db, 'contacts', await files.write(csv(...lines)), partnershipId);

    const roleOf = async (name: string) => {
      const [row] = await database.db
        .select({ role: people.role })
        .from(people)
        .where(eq(people.displayName, name));

      return row?.role;
    };

    beforeEach(async () => {
      await importOrganizations('kind,name', 'employer,Acme Tools', 'school_district,Bay ISD');
    });

    it('keeps a stored role for a blank cell', async () => {
      await importContacts('name,organization,email,role', 'Cora Lead,,cora@bay.example,convener');
      await importContacts(
        'name,organization,email,role',
        'Ed Staff,Acme Tools,ed@acme.example,employer',
      );

      const report = await importContacts(
        'name,organization,email,title,role',
        'Cora Lead,,cora@bay.example,Convener,',
        'Ed Staff,Acme Tools,ed@acme.example,Foreman,',
        'New Person,Acme Tools,new@acme.example,,',
      );

      expect(report.counts).toEqual({ created: 1, updated: 2, unchanged: 0, rejected: 0 });
      expect(await roleOf('Cora Lead')).toBe('convener');
      expect(await roleOf('Ed Staff')).toBe('employer');
      expect(await roleOf('New Person')).toBe('viewer');
    });

    it('rejects a role that does not fit the organization', async () => {
      const report = await importContacts(
        'name,organization,role',
        'Wrong Kind,Bay ISD,employer',
        'No Organization,,district',
        'Right Kind,Bay ISD,district',
      );

      expect(report.errors).toEqual([
        {
          line: 2,
          column: 'role',
          message:
            '"employer" is for staff of an employer, but "Bay ISD" is a school district; fix the role or the organization',
        },
        {
          line: 3,
          column: 'role',
          message:
            '"district" is for staff of a school district or a campus; fill in the organization or choose another role',
        },
      ]);
      expect(await roleOf('Wrong Kind')).toBeUndefined();
      expect(await roleOf('Right Kind')).toBe('district');
    });
  });
});
