import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { organizations, people } from '../../src/db/schema/index.js';
import type { TestDatabase } from '../support/database.js';
import { createTestDatabase, drivers } from '../support/database.js';
import { countAudit, createCsvFolder, createPartnership, csv, importFile } from './support.js';

describe.each(drivers)('contacts import on %s', (driver) => {
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
    const organizationsFile = await files.write(
      csv('kind,name', 'employer,Acme Tools', 'school_district,Austin ISD', 'campus,Austin ISD'),
    );
    await importFile(database.db, 'organizations', organizationsFile, partnershipId);
  });

  const listPeople = () =>
    database.db
      .select({ person: people, organization: organizations.name })
      .from(people)
      .leftJoin(organizations, eq(organizations.id, people.organizationId))
      .where(eq(people.partnershipId, partnershipId))
      .orderBy(people.displayName);

  it('creates contacts linked to organizations', async () => {
    const file = await files.write(
      csv(
        'Name,Organization,Email,Role,Title',
        'Ana Ruiz,acme tools,ana@acme.example,employer,HR lead',
      ),
    );

    const report = await importFile(database.db, 'contacts', file, partnershipId);

    expect(report.counts.created).toBe(1);
    const [row] = await listPeople();
    expect(row?.organization).toBe('Acme Tools');
    expect(row?.person.role).toBe('employer');
    expect(row?.person.title).toBe('HR lead');
  });

  it('defaults a blank role to viewer', async () => {
    const file = await files.write(csv('name,role', 'Ana Ruiz,'));

    await importFile(database.db, 'contacts', file, partnershipId);

    const [row] = await listPeople();
    expect(row?.person.role).toBe('viewer');
  });

  it('matches by email ignoring case', async () => {
    await importFile(
      database.db,
      'contacts',
      await files.write(csv('name,email', 'Ana Ruiz,ana@acme.example')),
      partnershipId,
    );

    const report = await importFile(
      database.db,
      'contacts',
      await files.write(csv('name,email', 'Ana Ruiz-Lopez,ANA@acme.example')),
      partnershipId,
    );

    expect(report.counts.updated).toBe(1);
    const rows = await listPeople();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.person.displayName).toBe('Ana Ruiz-Lopez');
  });

  it('matches by name within the organization', async () => {
    await importFile(
      database.db,
      'contacts',
      await files.write(csv('name,organization', 'Ana Ruiz,Acme Tools')),
      partnershipId,
    );

    const report = await importFile(
      database.db,
      'contacts',
      await files.write(csv('name,organization,phone', 'ana ruiz,Acme Tools,512-555-0100')),
      partnershipId,
    );

    expect(report.counts.updated).toBe(1);
    const rows = await listPeople();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.person.phone).toBe('512-555-0100');
  });

  it('rejects a missing organization', async () => {
    const file = await files.write(csv('name,organization', 'Ana Ruiz,Nobody Inc'));

    const report = await importFile(database.db, 'contacts', file, partnershipId);

    expect(report.errors).toEqual([
      {
        line: 2,
        column: 'organization',
        message:
          '"Nobody Inc" is not a chamber or school district or campus or workforce board or employer or college or community organization in this partnership; import it first or fix the name',
      },
    ]);
  });

  it('asks for organization_kind when a name is ambiguous', async () => {
    const ambiguous = await importFile(
      database.db,
      'contacts',
      await files.write(csv('name,organization', 'Bo Li,Austin ISD')),
      partnershipId,
    );
    const chosen = await importFile(
      database.db,
      'contacts',
      await files.write(csv('name,organization,organization_kind', 'Bo Li,Austin ISD,campus')),
      partnershipId,
    );

    expect(ambiguous.errors[0]?.message).toContain('add an organization_kind column');
    expect(chosen.counts.created).toBe(1);
  });

  it('rejects an invalid email and role', async () => {
    const file = await files.write(csv('name,email,role', 'Ana,not-an-email,boss'));

    const report = await importFile(database.db, 'contacts', file, partnershipId);

    expect(report.errors.map((error) => error.column)).toEqual(['email', 'role']);
    expect(report.errors[1]?.message).toBe(
      '"boss" is not one of: convener, chamber, district, employer, educator, viewer',
    );
  });

  it('changes nothing on re-import', async () => {
    const file = await files.write(
      csv('name,organization,email', 'Ana Ruiz,Acme Tools,ana@acme.example', 'Bo Li,,'),
    );
    await importFile(database.db, 'contacts', file, partnershipId);
    const audits = await countAudit(database.db, partnershipId);

    const report = await importFile(database.db, 'contacts', file, partnershipId);

    expect(report.counts).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    expect(await countAudit(database.db, partnershipId)).toBe(audits);
  });
});
