import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import {
  industryNeeds,
  opportunities,
  organizations,
  partnerships,
  people,
  programs,
} from '../../src/db/schema/index.js';
import { loadDemoData } from '../../src/demo/load-demo-data.js';
import { type SearchResult, searchDirectory } from '../../src/domain/search.js';
import type { TestDatabase } from '../support/database.js';
import { createTestDatabase, drivers } from '../support/database.js';

const now = new Date('2027-01-11T15:00:00Z');
const dayMs = 24 * 60 * 60 * 1000;
const twoYearsAgo = new Date(now.getTime() - 730 * dayMs);

/** Inserts a small directory and returns the partnership id. */
async function seedPartnership(db: Database, name: string): Promise<string> {
  const [partnership] = await db
    .insert(partnerships)
    .values({ name, contactStaleAfterDays: 365 })
    .returning({ id: partnerships.id });
  const partnershipId = partnership?.id ?? '';
  const [district] = await db
    .insert(organizations)
    .values({ partnershipId, kind: 'school_district', name: 'Harbor ISD', zip: '78401' })
    .returning({ id: organizations.id });
  const rows: Array<Omit<typeof organizations.$inferInsert, 'partnershipId'>> = [
    { kind: 'campus', name: 'Harbor High School', zip: '78401', parentId: district?.id },
    { kind: 'campus', name: 'Inland Middle School', zip: '78520', parentId: district?.id },
    {
      kind: 'employer',
      name: 'Coastline Welding & Fabrication',
      naicsCode: '332312',
      zip: '78402',
    },
    { kind: 'employer', name: 'Gulf Coast Bakery', naicsCode: '311811' },
    { kind: 'employer', name: 'Petro Plastics', naicsCode: '326199' },
    { kind: 'employer', name: 'Bayside Regional Medical Center', naicsCode: '622110' },
    { kind: 'employer', name: 'Brazos Bend Builders', naicsCode: '236220' },
    { kind: 'employer', name: '100% Solar Co', naicsCode: '221114' },
    { kind: 'employer', name: 'Under_Score Labs', naicsCode: '541511' },
    { kind: 'employer', name: '1000 Oaks Nursery', naicsCode: '111421' },
    { kind: 'chamber', name: 'Port Alder Chamber of Commerce' },
  ];
  const organizationRows = await db
    .insert(organizations)
    .values(rows.map((organization) => ({ ...organization, partnershipId })))
    .returning({ id: organizations.id, name: organizations.name });
  const idOf = (organizationName: string) =>
    organizationRows.find((row) => row.name === organizationName)?.id ?? '';

  await db.insert(programs).values([
    {
      partnershipId,
      campusId: idOf('Harbor High School'),
      name: 'Welding Technology',
      careerCluster: 'Advanced Manufacturing',
    },
    {
      partnershipId,
      campusId: idOf('Harbor High School'),
      name: 'Nursing Assistant',
      careerCluster: 'Healthcare & Human Services',
    },
    {
      partnershipId,
      campusId: idOf('Inland Middle School'),
      name: 'Carpentry',
      careerCluster: 'Construction',
    },
  ]);
  await db.insert(opportunities).values([
    {
      partnershipId,
      employerId: idOf('Coastline Welding & Fabrication'),
      type: 'internship',
      title: 'Summer welding internship',
      careerCluster: 'Advanced Manufacturing',
      slots: 2,
    },
    {
      partnershipId,
      employerId: idOf('Bayside Regional Medical Center'),
      type: 'job_shadow',
      title: 'Hospital job shadow',
      // An older cluster name, as rows stored before the 2024 framework have.
      careerCluster: 'Health Science',
      slots: 4,
      status: 'filled',
    },
  ]);
  await db.insert(people).values([
    { partnershipId, displayName: 'Dana Reyes', title: 'Director', confirmedAt: now },
    {
      partnershipId,
      displayName: 'Marcus Lee',
      title: 'Shop foreman',
      organizationId: idOf('Coastline Welding & Fabrication'),
      confirmedAt: twoYearsAgo,
    },
    {
      partnershipId,
      displayName: 'Priya Nair',
      title: 'CTE director',
      organizationId: district?.id,
    },
    {
      partnershipId,
      displayName: 'Luis Ortega',
      title: 'Counselor',
      organizationId: idOf('Inland Middle School'),
    },
    { partnershipId, displayName: 'Jo Coastline', title: 'Retired' },
  ]);
  await db.insert(industryNeeds).values([
    {
      partnershipId,
      employerId: idOf('Bayside Regional Medical Center'),
      occupationTitle: 'Registered nurse',
      socCode: '29-1141',
      skills: ['patient assessment', 'electronic health records'],
      openingsPerYear: 60,
      timeFrame: '12 months',
    },
    {
      partnershipId,
      employerId: idOf('Coastline Welding & Fabrication'),
      occupationTitle: 'Structural fitter',
      socCode: '51-2041',
      skills: ['SMAW', 'blueprint reading'],
      openingsPerYear: 3,
    },
  ]);

  return partnershipId;
}

/** Ids of every searchable row of a partnership. */
async function idsOf(db: Database, partnershipId: string): Promise<Set<string>> {
  const tables = [organizations, people, programs, opportunities, industryNeeds] as const;
  const ids = new Set<string>();

  for (const table of tables) {
    const rows = await db
      .select({ id: table.id })
      .from(table)
      .where(eq(table.partnershipId, partnershipId));
    for (const row of rows) ids.add(row.id);
  }

  return ids;
}

function titles(results: SearchResult[]): string[] {
  return results.map((result) => result.title);
}

describe.each(drivers)('searchDirectory on %s', (driver) => {
  let database: TestDatabase;
  let partnershipId: string;
  let otherPartnershipId: string;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    partnershipId = await seedPartnership(database.db, 'Gulf Bend Partnership');
    otherPartnershipId = await seedPartnership(database.db, 'Gulf Bend Partnership West');
    await database.db.insert(organizations).values({
      partnershipId: otherPartnershipId,
      kind: 'employer',
      name: 'Westside Welding Works',
      naicsCode: '332312',
      zip: '78401',
    });
  });

  afterAll(async () => {
    await database?.close();
  });

  async function search(query: string, options: { limit?: number; offset?: number } = {}) {
    return searchDirectory(database.db, {
      partnershipId,
      query,
      limit: options.limit ?? 50,
      ...(options.offset === undefined ? {} : { offset: options.offset }),
      now,
    });
  }

  it('ranks an exact name first', async () => {
    const { results } = await search('coastline welding & fabrication');

    expect(results[0]?.title).toBe('Coastline Welding & Fabrication');
    expect(results[0]?.kind).toBe('organization');
  });

  it('ranks a prefix above a word prefix', async () => {
    const found = titles((await search('coast')).results);

    expect(found[0]).toBe('Coastline Welding & Fabrication');
    expect(found.indexOf('Gulf Coast Bakery')).toBeGreaterThan(0);
  });

  it.each([
    ['coastlin weldng', 'Coastline Welding & Fabrication'],
    ['bayside medcal', 'Bayside Regional Medical Center'],
    ['dana reyse', 'Dana Reyes'],
    ['harbr high', 'Harbor High School'],
    ['nursing asistant', 'Nursing Assistant'],
  ])('finds %s despite typos', async (query, expected) => {
    const { results } = await search(query);

    expect(results[0]?.title).toBe(expected);
  });

  it('finds every kind for a typo', async () => {
    const top = (await search('weldng')).results.slice(0, 3);

    expect(top.map((result) => result.kind).sort()).toEqual([
      'opportunity',
      'organization',
      'program',
    ]);
  });

  it('finds a career cluster despite typos', async () => {
    const found = titles((await search('helth sciense')).results);

    expect(found).toContain('Nursing Assistant');
    expect(found).toContain('Hospital job shadow');
    expect(found).toContain('Bayside Regional Medical Center');
    expect(found).not.toContain('Welding Technology');
  });

  it('finds manufacturing employers in NAICS 31 to 33', async () => {
    const { results } = await search('manufacturing');
    const employers = results.filter((result) => result.kind === 'organization');

    expect(titles(employers).sort()).toEqual([
      'Coastline Welding & Fabrication',
      'Gulf Coast Bakery',
      'Petro Plastics',
    ]);
    expect(titles(results)).toContain('Welding Technology');
  });

  it.each([
    ['health care', 'Bayside Regional Medical Center', 'Nursing Assistant'],
    ['construction', 'Brazos Bend Builders', 'Carpentry'],
    ['utilities', '100% Solar Co', undefined],
  ])('finds the %s sector', async (query, employer, program) => {
    const found = titles((await search(query)).results);

    expect(found).toContain(employer);
    if (program) expect(found).toContain(program);
    expect(found).not.toContain('Petro Plastics');
  });

  it('finds organizations and programs by ZIP code', async () => {
    const { results, total } = await search('78401');

    expect(titles(results).sort()).toEqual([
      'Harbor High School',
      'Harbor ISD',
      'Nursing Assistant',
      'Welding Technology',
    ]);
    expect(total).toBe(4);
  });

  it('ranks names above sector matches', async () => {
    const { results } = await search('bayside medcal');

    expect(results[0]?.title).toBe('Bayside Regional Medical Center');
    expect(results[0]?.score).toBeGreaterThan(results[1]?.score ?? 0);
  });

  it('describes each kind', async () => {
    const [organization] = (await search('Harbor High School')).results;
    const [program] = (await search('Welding Technology')).results;
    const [opportunity] = (await search('Hospital job shadow')).results;

    expect(organization).toMatchObject({
      kind: 'organization',
      organizationKind: 'campus',
      zip: '78401',
      place: 'Corpus Christi, TX',
      parentName: 'Harbor ISD',
    });
    expect(program).toMatchObject({
      kind: 'program',
      campusName: 'Harbor High School',
      districtName: 'Harbor ISD',
      careerCluster: 'Advanced Manufacturing',
    });
    expect(opportunity).toMatchObject({
      kind: 'opportunity',
      opportunityType: 'job_shadow',
      employerName: 'Bayside Regional Medical Center',
      status: 'filled',
    });
  });

  it('flags stale contacts', async () => {
    const [dana] = (await search('Dana Reyes')).results;
    const [marcus] = (await search('Marcus Lee')).results;
    const [priya] = (await search('Priya Nair')).results;

    expect(dana).toMatchObject({ kind: 'person', stale: false, confirmedOn: '2027-01-11' });
    expect(marcus).toMatchObject({
      stale: true,
      confirmedOn: '2025-01-11',
      personTitle: 'Shop foreman',
      organizationName: 'Coastline Welding & Fabrication',
      organizationKind: 'employer',
    });
    expect(priya).toMatchObject({ stale: true, confirmedOn: null, organizationName: 'Harbor ISD' });
  });

  it('measures staleness from the given instant', async () => {
    const within = new Date(twoYearsAgo.getTime() + 364 * dayMs);
    const [marcus] = (
      await searchDirectory(database.db, {
        partnershipId,
        query: 'Marcus Lee',
        limit: 1,
        now: within,
      })
    ).results;

    expect(marcus).toMatchObject({ stale: false });
  });

  it('keeps each partnership to its own rows', async () => {
    const own = await idsOf(database.db, partnershipId);
    const other = await idsOf(database.db, otherPartnershipId);
    const queries = [
      'welding',
      'weldng',
      'Dana Reyes',
      '78401',
      'manufacturing',
      'westside',
      'Harbor ISD',
      'registered nurse',
      '29-1141',
      'smaw',
      'counselor',
    ];

    for (const query of queries) {
      const mine = await search(query);
      const theirs = await searchDirectory(database.db, {
        partnershipId: otherPartnershipId,
        query,
        limit: 50,
        now,
      });

      expect(mine.results.every((result) => own.has(result.id))).toBe(true);
      expect(theirs.results.every((result) => other.has(result.id))).toBe(true);
    }

    expect(titles((await search('westside welding works')).results)).not.toContain(
      'Westside Welding Works',
    );
  });

  it('finds people by organization below own names', async () => {
    const { results } = await search('coastline');
    const jo = results.findIndex((result) => result.title === 'Jo Coastline');
    const marcus = results.findIndex((result) => result.title === 'Marcus Lee');

    expect(jo).toBeGreaterThanOrEqual(0);
    expect(marcus).toBeGreaterThan(jo);
    expect(results[jo]?.score).toBeGreaterThanOrEqual(1);
    expect(results[marcus]?.score).toBeLessThan(1);
  });

  it('finds people by title', async () => {
    const [foreman] = (await search('foreman')).results;
    const [director] = (await search('cte director')).results;

    expect(foreman).toMatchObject({ kind: 'person', title: 'Marcus Lee' });
    expect(director).toMatchObject({ kind: 'person', title: 'Priya Nair' });
  });

  it('finds a district’s campuses, staff and programs', async () => {
    const { results } = await search('Harbor ISD');

    expect(results[0]?.title).toBe('Harbor ISD');
    expect(titles(results.slice(1)).sort()).toEqual([
      'Carpentry',
      'Harbor High School',
      'Inland Middle School',
      'Luis Ortega',
      'Nursing Assistant',
      'Priya Nair',
      'Welding Technology',
    ]);
  });

  it('finds programs by campus name', async () => {
    const { results } = await search('inland middle school');

    expect(titles(results)).toEqual(['Inland Middle School', 'Luis Ortega', 'Carpentry']);
  });

  it('finds industry needs by title, SOC code and skills', async () => {
    const [byTitle] = (await search('registerd nurse')).results;
    const [byCode] = (await search('29-1141')).results;
    const [bySkill] = (await search('smaw')).results;
    const [byTitleAndSkill] = (await search('fitter smaw')).results;

    expect(byTitle).toEqual({
      kind: 'need',
      id: expect.any(String),
      title: 'Registered nurse',
      score: expect.any(Number),
      employerName: 'Bayside Regional Medical Center',
      socCode: '29-1141',
      openingsPerYear: 60,
      timeFrame: '12 months',
      skills: ['patient assessment', 'electronic health records'],
    });
    expect(byCode).toMatchObject({ kind: 'need', title: 'Registered nurse' });
    expect(byCode?.score).toBeGreaterThanOrEqual(4);
    expect(bySkill).toMatchObject({ kind: 'need', title: 'Structural fitter', timeFrame: null });
    expect(bySkill?.score).toBeLessThan(1);
    expect(byTitleAndSkill).toMatchObject({ kind: 'need', title: 'Structural fitter' });
  });

  it('finds an employer’s rows above its sector', async () => {
    const { results } = await search('Bayside Regional Medical Center');
    const kinds = results.slice(0, 3).map((result) => [result.kind, result.title]);

    expect(kinds).toEqual([
      ['organization', 'Bayside Regional Medical Center'],
      ['opportunity', 'Hospital job shadow'],
      ['need', 'Registered nurse'],
    ]);
    expect(titles(results)).toContain('Nursing Assistant');
    expect(results[2]?.score).toBeGreaterThan(results[3]?.score ?? 1);
  });

  it('ranks a sector above related rows', async () => {
    const { results } = await search('health care');
    const bayside = results.findIndex(
      (result) => result.title === 'Bayside Regional Medical Center',
    );
    const nurse = results.findIndex((result) => result.title === 'Registered nurse');

    expect(bayside).toBeGreaterThanOrEqual(0);
    expect(nurse).toBeGreaterThan(bayside);
    expect(results[nurse]?.score).toBeLessThan(0.5);
  });

  it('pages through results', async () => {
    const all = await search('welding');
    const pages = await Promise.all(
      [0, 1, 2].map((offset) => search('welding', { limit: 1, offset })),
    );
    const past = await search('welding', { limit: 1, offset: all.total });

    expect(all.total).toBeGreaterThanOrEqual(3);
    expect(pages.map((page) => page.results[0]?.id)).toEqual(
      all.results.slice(0, 3).map((result) => result.id),
    );
    expect(pages.every((page) => page.total === all.total)).toBe(true);
    expect(past.results).toEqual([]);
    expect(past.total).toBe(all.total);
  });

  it('matches % and _ literally', async () => {
    expect((await search('%')).total).toBe(0);
    expect((await search('_')).total).toBe(0);
    expect((await search('%_%')).total).toBe(0);
    expect((await search('100%')).results[0]?.title).toBe('100% Solar Co');
    expect((await search('under_score')).results[0]?.title).toBe('Under_Score Labs');
  });

  it.each([
    ["'"],
    ['\\'],
    ["o'brien \\ 50%"],
    ["'; drop table organizations; --"],
    ['🔥 welding 🔥'],
    ['\u0000 welding'],
    ['\ud800 welding'],
    ['x'.repeat(200)],
    [`${'welding '.repeat(40)}`],
    ['   '],
  ])('answers hostile text %#', async (query) => {
    const page = await search(query);

    expect(page.total).toBeGreaterThanOrEqual(0);
    expect((await search('Harbor ISD')).results[0]?.title).toBe('Harbor ISD');
  });
});

describe.each(drivers)('search quality on the demo region on %s', (driver) => {
  let database: TestDatabase;
  let partnershipId: string;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await loadDemoData(database.db, { teamId: 'TDEMO', now, announcementChannelId: 'C0DEMO' });
    const [partnership] = await database.db.select({ id: partnerships.id }).from(partnerships);
    partnershipId = partnership?.id ?? '';
  });

  afterAll(async () => {
    await database?.close();
  });

  async function rankOf(query: string, title: string): Promise<number> {
    const { results } = await searchDirectory(database.db, {
      partnershipId,
      query,
      limit: 20,
      now,
    });

    return results.findIndex((result) => result.title === title) + 1;
  }

  it.each([
    ['Coastline Welding & Fabrication', 'Coastline Welding & Fabrication', 1],
    ['Bayside Regional Medical Center', 'Bayside Regional Medical Center', 1],
    ['Port Alder ISD', 'Port Alder ISD', 1],
    ['Dana Reyes', 'Dana Reyes', 1],
    ['Summer welding internship', 'Summer welding internship', 1],
    ['coastlin weldng', 'Coastline Welding & Fabrication', 1],
    ['bayside medcal', 'Bayside Regional Medical Center', 1],
    ['port aldr', 'Port Alder ISD', 3],
    ['dana reyse', 'Dana Reyes', 1],
    ['marcus', 'Marcus Lee', 1],
    ['sumer weldng internship', 'Summer welding internship', 1],
    ['harbor point', 'Harbor Point Refining', 1],
    ['structural weldr', 'Structural welder', 1],
    ['51-4121', 'Structural welder', 1],
    ['blueprint reading', 'Structural welder', 2],
    ['office manager', 'Lupe Hinojosa', 1],
  ])('ranks %s: %s in the top %i', async (query, title, maxRank) => {
    const rank = await rankOf(query, title);

    expect(rank).toBeGreaterThanOrEqual(1);
    expect(rank).toBeLessThanOrEqual(maxRank);
  });

  it('ranks welding names first for weldng', async () => {
    const { results } = await searchDirectory(database.db, {
      partnershipId,
      query: 'weldng',
      limit: 20,
      now,
    });

    expect(results.slice(0, 3).every((result) => /weld/i.test(result.title))).toBe(true);
    expect(titles(results)).toContain('Coastline Welding & Fabrication');
    expect(titles(results)).toContain('Summer welding internship');
  });

  it.each([
    ['health care', 'Bayside Regional Medical Center'],
    ['manufacturing', 'Coastline Welding & Fabrication'],
    ['construction', 'Brazos Bend Builders'],
    ['helth sciense', 'Nursing unit job shadow'],
  ])('finds %s: %s', async (query, title) => {
    const rank = await rankOf(query, title);

    expect(rank).toBeGreaterThanOrEqual(1);
  });
});
