import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { industryNeeds, laborMarketFigures } from '../../src/db/schema/index.js';
import type { TestDatabase } from '../support/database.js';
import { createTestDatabase, drivers } from '../support/database.js';
import { createCsvFolder, createPartnership, csv, importFile } from './support.js';

describe.each(drivers)('needs and labor-market import on %s', (driver) => {
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
      csv('kind,name', 'employer,Acme Tools', 'campus,North High'),
    );
    await importFile(database.db, 'organizations', organizationsFile, partnershipId);
  });

  it('imports needs for an employer by name', async () => {
    const file = await files.write(
      csv(
        'employer,occupation_title,soc_code,skills,openings_per_year,time_frame',
        'ACME tools,Machinist,51-4041,CNC | blueprints,"1,200",next 12 months',
      ),
    );

    const report = await importFile(database.db, 'needs', file, partnershipId);

    expect(report.errors).toEqual([]);
    const [need] = await database.db
      .select()
      .from(industryNeeds)
      .where(eq(industryNeeds.partnershipId, partnershipId));
    expect(need?.skills).toEqual(['CNC', 'blueprints']);
    expect(need?.openingsPerYear).toBe(1200);
    expect(need?.timeFrame).toBe('next 12 months');
  });

  it('rejects a need whose employer is not an employer', async () => {
    const file = await files.write(
      csv('employer,occupation_title,soc_code', 'North High,Teacher,', 'Acme Tools,Welder,514121'),
    );

    const report = await importFile(database.db, 'needs', file, partnershipId);

    expect(report.errors.map((error) => [error.line, error.column])).toEqual([
      [2, 'employer'],
      [3, 'soc_code'],
    ]);
  });

  it('updates a need by employer and occupation', async () => {
    await importFile(
      database.db,
      'needs',
      await files.write(
        csv('employer,occupation_title,openings_per_year', 'Acme Tools,Machinist,4'),
      ),
      partnershipId,
    );
    const file = await files.write(
      csv('employer,occupation_title,openings_per_year', 'Acme Tools,machinist,6'),
    );

    const updated = await importFile(database.db, 'needs', file, partnershipId);
    const again = await importFile(database.db, 'needs', file, partnershipId);

    expect(updated.counts.updated).toBe(1);
    expect(again.counts.unchanged).toBe(1);
  });

  it('keeps wages and growth exact', async () => {
    const file = await files.write(
      csv(
        'occupation_title,soc_code,career_cluster,employment,annual_openings,growth_percent,median_wage,source,as_of',
        'Registered Nurses,29-1141,Health Science,"12,400",980,12.5,"$81,234.56",TWC,2026-01-01',
        'Cashiers,41-2011,Marketing,30000,5000,-3.25,28000,TWC,2026-01-01',
      ),
    );

    const report = await importFile(database.db, 'labor-market', file, partnershipId);
    const again = await importFile(database.db, 'labor-market', file, partnershipId);

    expect(report.errors).toEqual([]);
    const rows = await database.db
      .select()
      .from(laborMarketFigures)
      .where(eq(laborMarketFigures.partnershipId, partnershipId))
      .orderBy(laborMarketFigures.occupationTitle);
    expect(rows.map((row) => [row.growthPercent, row.medianWage, row.careerCluster])).toEqual([
      ['-3.25', '28000.00', 'Marketing & Sales'],
      ['12.50', '81234.56', 'Healthcare & Human Services'],
    ]);
    expect(rows[1]?.employment).toBe(12400);
    expect(again.counts.unchanged).toBe(2);
  });

  it('rejects bad figures', async () => {
    const file = await files.write(
      csv(
        'occupation_title,growth_percent,median_wage,source,as_of',
        'A,1.234,,TWC,2026-01-01',
        'B,,-5,TWC,2026-01-01',
        'C,,abc,TWC,2026-01-01',
        'D,,,TWC,2026-02-30',
        'E,,,,2026-01-01',
      ),
    );

    const report = await importFile(database.db, 'labor-market', file, partnershipId);

    expect(report.errors.map((error) => [error.line, error.column])).toEqual([
      [2, 'growth_percent'],
      [3, 'median_wage'],
      [4, 'median_wage'],
      [5, 'as_of'],
      [6, 'source'],
    ]);
    expect(report.errors[0]?.message).toBe(
      '"1.234" has more than 2 digits after the decimal point',
    );
    expect(report.errors[4]?.message).toBe('is empty; fill it in');
  });

  it('keys figures by occupation, source and date', async () => {
    const file = await files.write(
      csv(
        'occupation_title,median_wage,source,as_of',
        'Welders,50000,TWC,2025-01-01',
        'welders,52000,TWC,2026-01-01',
        'WELDERS,52500,TWC,2026-01-01',
      ),
    );

    const report = await importFile(database.db, 'labor-market', file, partnershipId);

    expect(report.counts).toEqual({ created: 2, updated: 1, unchanged: 0, rejected: 0 });
  });
});
