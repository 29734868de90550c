import { PassThrough } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCsvExport } from '../../src/domain/directory/csv-writer.js';
import type { DirectoryKind } from '../../src/domain/directory/import-types.js';
import { directoryKindSpecs } from '../../src/domain/directory/kinds/index.js';
import type { TestDatabase } from '../support/database.js';
import { createTestDatabase, drivers } from '../support/database.js';
import { countAudit, createCsvFolder, createPartnership, csv, importFile } from './support.js';

const sources: Array<[DirectoryKind, string]> = [
  [
    'organizations',
    csv(
      'kind,name,naics_code,district,size,address,zip,latitude,longitude',
      'school_district,Austin ISD,,,,,,,',
      'campus,"North High, East",,Austin ISD,,"1 School Rd',
      'Building ""B""",78701,,',
      'employer,Acme Tools,332710,,50-249,,,30.5,-97.25',
    ),
  ],
  [
    'contacts',
    csv(
      'name,organization,organization_kind,title,email,phone,role',
      'Ana Ruiz,Acme Tools,employer,HR lead,ana@acme.example,512-555-0100,employer',
      'Bo Li,,,,,,',
    ),
  ],
  [
    'programs',
    csv(
      'campus,name,career_cluster,cip_code,soc_codes,lowest_grade,highest_grade,enrollment,certifications,wbl_offered,wbl_missing',
      '"North High, East",Nursing,Health Science,51.3902,29-1141|31-1131,9,12,120,CNA;BLS,internship,job_shadow;mentorship',
    ),
  ],
  [
    'needs',
    csv(
      'employer,occupation_title,soc_code,skills,openings_per_year,time_frame',
      'Acme Tools,Machinist,51-4041,CNC;blueprints,4,2027',
    ),
  ],
  [
    'labor-market',
    csv(
      'occupation_title,soc_code,career_cluster,employment,annual_openings,growth_percent,median_wage,source,as_of',
      'Machinists,51-4041,Manufacturing,900,80,4.1,48000.5,TWC,2026-01-01',
    ),
  ],
];

describe.each(drivers)('export round trip on %s', (driver) => {
  let database: TestDatabase;
  let files: Awaited<ReturnType<typeof createCsvFolder>>;
  let partnershipId: string;
  const exported = new Map<DirectoryKind, string>();

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    files = await createCsvFolder();
    partnershipId = await createPartnership(database.db, 'Capital Region');

    // Rows of another partnership must stay out of the export.
    const otherId = await createPartnership(database.db, 'Other Region');
    await importFile(
      database.db,
      'organizations',
      await files.write(csv('kind,name', 'employer,Hidden Co')),
      otherId,
    );

    for (const [kind, source] of sources) {
      const report = await importFile(database.db, kind, await files.write(source), partnershipId);
      expect(report.errors).toEqual([]);
    }
  });

  afterAll(async () => {
    await database.close();
    await files.remove();
  });

  async function exportKind(kind: DirectoryKind): Promise<string> {
    const spec = directoryKindSpecs[kind];
    if (!spec) throw new Error(`No spec for ${kind}`);
    const stream = new PassThrough();
    const written = text(stream);
    await writeCsvExport({ db: database.db, partnershipId }, spec, stream);
    stream.end();
    return written;
  }

  it.each(sources.map(([kind]) => kind))('re-imports %s export unchanged', async (kind) => {
    const content = await exportKind(kind);
    exported.set(kind, content);
    const audits = await countAudit(database.db, partnershipId);

    const report = await importFile(database.db, kind, await files.write(content), partnershipId);

    expect(report.errors).toEqual([]);
    expect(report.counts.created + report.counts.updated).toBe(0);
    expect(report.counts.unchanged).toBeGreaterThan(0);
    expect(await countAudit(database.db, partnershipId)).toBe(audits);
  });

  it('writes organizations with a header, quoting and campuses last', async () => {
    const content = await exportKind('organizations');
    const lines = content.split('\r\n');

    expect(lines[0]).toBe('kind,name,naics_code,district,size,address,zip,latitude,longitude');
    expect(content).toContain('"1 School Rd\nBuilding ""B"""');
    expect(content).toContain('employer,Acme Tools,332710,,50-249,,,30.500000,-97.250000');
    expect(content).not.toContain('Hidden Co');
    expect(lines[3]?.startsWith('campus,"North High, East",,Austin ISD')).toBe(true);
  });

  it('writes lists joined with semicolons', async () => {
    const content = await exportKind('programs');

    expect(content).toContain('"29-1141; 31-1131"');
    expect(content).toContain('Healthcare & Human Services');
  });
});
