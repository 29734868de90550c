import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { programs } from '../../src/db/schema/index.js';
import type { TestDatabase } from '../support/database.js';
import { createTestDatabase, drivers } from '../support/database.js';
import { createCsvFolder, createPartnership, csv, importFile } from './support.js';

describe.each(drivers)('programs import on %s', (driver) => {
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
    await importFile(
      database.db,
      'organizations',
      await files.write(csv('kind,name', 'campus,North High')),
      partnershipId,
    );
  });

  const listPrograms = () =>
    database.db
      .select()
      .from(programs)
      .where(eq(programs.partnershipId, partnershipId))
      .orderBy(programs.name);

  it('creates a program with lists split on ; and |', async () => {
    const file = await files.write(
      csv(
        'campus,name,career_cluster,cip_code,soc_codes,lowest_grade,highest_grade,enrollment,certifications,wbl_offered,wbl_missing',
        'north high,Nursing,Healthcare & Human Services,51.3902,29-1141|31-1131,9,12,120,CNA; BLS,Job Shadow;internship,apprenticeship',
      ),
    );

    const report = await importFile(database.db, 'programs', file, partnershipId);

    expect(report.errors).toEqual([]);
    const [program] = await listPrograms();
    expect(program?.socCodes).toEqual(['29-1141', '31-1131']);
    expect(program?.certifications).toEqual(['CNA', 'BLS']);
    expect(program?.wblOffered).toEqual(['job_shadow', 'internship']);
    expect(program?.wblMissing).toEqual(['apprenticeship']);
    expect(program?.lowestGrade).toBe(9);
    expect(program?.enrollment).toBe(120);
  });

  it('maps older cluster names to 2024 clusters', async () => {
    const file = await files.write(
      csv(
        'campus,name,career_cluster',
        'North High,Nursing,Health Science',
        'North High,Coding,information technology',
        'North High,Welding,Manufacturing',
      ),
    );

    await importFile(database.db, 'programs', file, partnershipId);

    const rows = await listPrograms();
    expect(rows.map((row) => row.careerCluster)).toEqual([
      'Digital Technology',
      'Healthcare & Human Services',
      'Advanced Manufacturing',
    ]);
  });

  it('lists the choices for a split cluster', async () => {
    const file = await files.write(
      csv(
        'campus,name,career_cluster',
        'North High,Robotics,"Science, Technology, Engineering & Mathematics"',
      ),
    );

    const report = await importFile(database.db, 'programs', file, partnershipId);

    expect(report.errors[0]?.column).toBe('career_cluster');
    expect(report.errors[0]?.message).toContain(
      'choose one of: Advanced Manufacturing; Digital Technology',
    );
  });

  it('rejects bad codes, grades and WBL types', async () => {
    const file = await files.write(
      csv(
        'campus,name,career_cluster,cip_code,soc_codes,lowest_grade,highest_grade,wbl_offered',
        'North High,A,Construction,513902,,,,',
        'North High,B,Construction,,29-114,,,',
        'North High,C,Construction,,,5,12,',
        'North High,D,Construction,,,12,9,',
        'North High,E,Construction,,,,,field trip',
        'South High,F,Construction,,,,,',
      ),
    );

    const report = await importFile(database.db, 'programs', file, partnershipId);

    expect(report.counts.rejected).toBe(6);
    expect(report.errors.map((error) => [error.line, error.column])).toEqual([
      [2, 'cip_code'],
      [3, 'soc_codes'],
      [4, 'lowest_grade'],
      [5, 'lowest_grade'],
      [6, 'wbl_offered'],
      [7, 'campus'],
    ]);
  });

  it('updates by campus and name and re-imports unchanged', async () => {
    const first = await files.write(
      csv('campus,name,career_cluster,enrollment', 'North High,Nursing,Health Science,10'),
    );
    const second = await files.write(
      csv('campus,name,career_cluster,enrollment', 'North High,NURSING,Health Science,25'),
    );
    await importFile(database.db, 'programs', first, partnershipId);

    const updated = await importFile(database.db, 'programs', second, partnershipId);
    const again = await importFile(database.db, 'programs', second, partnershipId);

    expect(updated.counts.updated).toBe(1);
    expect(again.counts.unchanged).toBe(1);
    expect(await listPrograms()).toHaveLength(1);
  });
});
