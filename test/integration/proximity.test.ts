import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations, partnerships, programs } from '../../src/db/schema/index.js';
import { nearbyCampuses } from '../../src/domain/insights/nearby.js';
import { shareCandidates } from '../../src/domain/insights/share.js';
import type { TestDatabase } from '../support/database.js';
import { createTestDatabase, drivers } from '../support/database.js';

/** Miles in 0.1 degree of latitude on a sphere of radius 3958.8 miles. */
const tenthDegree = (Math.PI * 3958.8) / 1800;

/**
 * Campuses on the meridian 97° W, so each distance is a multiple of a tenth of a degree:
 * Alpha 27.00°, Bravo 27.10°, Charlie 27.30°, Delta 27.55°, and Echo without coordinates.
 * Alpha's Welding and Bravo's Welding Technology share CIP 48.0508, so they are one program;
 * Charlie's Welding has CIP 47.0000, so it differs from Alpha's despite the name; Culinary Arts
 * has no CIP code and matches by name ignoring case.
 */
const fixture = [
  {
    name: 'Alpha High School',
    latitude: '27.000000',
    programs: [
      ['Welding', '48.0508'],
      ['Culinary Arts', null],
    ],
  },
  {
    name: 'Bravo High School',
    latitude: '27.100000',
    programs: [
      ['Welding Technology', '48.0508'],
      ['culinary arts', null],
      ['Nursing', '51.3902'],
    ],
  },
  {
    name: 'Charlie High School',
    latitude: '27.300000',
    programs: [
      ['Welding', '47.0000'],
      ['Robotics', null],
    ],
  },
  { name: 'Delta Academy', latitude: '27.550000', programs: [['Nursing', '51.3902']] },
  { name: 'Echo Academy', latitude: null, programs: [['Welding', null]] },
] as const;

describe.each(drivers)('program sharing by proximity on %s', (driver) => {
  let database: TestDatabase;
  let partnershipId = '';

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    partnershipId = await insertRegion('Proximity test', fixture);
    // A campus of another partnership at Alpha's location must never appear.
    await insertRegion('Other partnership', [
      {
        name: 'Alpha Annex',
        latitude: '27.000000',
        programs: [['Nursing', '51.3902']],
      },
    ]);
  });

  afterAll(async () => {
    await database?.close();
  });

  async function insertRegion(
    name: string,
    campuses: ReadonlyArray<{
      name: string;
      latitude: string | null;
      programs: ReadonlyArray<readonly [string, string | null]>;
    }>,
  ): Promise<string> {
    const [partnership] = await database.db
      .insert(partnerships)
      .values({ name })
      .returning({ id: partnerships.id });
    const id = partnership?.id ?? '';

    for (const campus of campuses) {
      const [row] = await database.db
        .insert(organizations)
        .values({
          partnershipId: id,
          kind: 'campus',
          name: campus.name,
          latitude: campus.latitude,
          longitude: campus.latitude === null ? null : '-97.000000',
        })
        .returning({ id: organizations.id });

      for (const [programName, cipCode] of campus.programs) {
        await database.db.insert(programs).values({
          partnershipId: id,
          campusId: row?.id ?? '',
          name: programName,
          careerCluster: 'Advanced Manufacturing',
          cipCode,
        });
      }
    }

    return id;
  }

  it('lists nearby campuses with the programs each lacks', async () => {
    const result = await nearbyCampuses(database.db, {
      partnershipId,
      campusName: 'Alpha High School',
    });

    expect(result.outcome).toBe('found');
    if (result.outcome !== 'found') return;

    expect(result.miles).toBe(25);
    expect(result.kind).toBe('exact');
    expect(result.withoutCoordinates).toBe(1);
    expect(result.nearby.map((campus) => campus.name)).toEqual([
      'Bravo High School',
      'Charlie High School',
    ]);

    const [bravo, charlie] = result.nearby;

    expect(bravo?.miles).toBeCloseTo(tenthDegree, 3);
    expect(bravo?.theyOffer.map((program) => program.name)).toEqual(['Nursing']);
    expect(bravo?.weOffer).toEqual([]);
    expect(charlie?.miles).toBeCloseTo(3 * tenthDegree, 3);
    expect(charlie?.theyOffer.map((program) => program.name)).toEqual(['Robotics', 'Welding']);
    expect(charlie?.weOffer.map((program) => program.name)).toEqual(['Culinary Arts', 'Welding']);
  });

  it('widens nearby to the distance given', async () => {
    const result = await nearbyCampuses(database.db, {
      partnershipId,
      campusName: 'alpha high school',
      miles: 40,
    });

    expect(result.outcome).toBe('found');
    if (result.outcome !== 'found') return;

    expect(result.nearby.map((campus) => campus.name)).toEqual([
      'Bravo High School',
      'Charlie High School',
      'Delta Academy',
    ]);
  });

  it('keeps a campus exactly at the distance', async () => {
    const result = await nearbyCampuses(database.db, {
      partnershipId,
      campusName: 'Alpha High School',
      miles: 3 * tenthDegree + 1e-9,
    });

    expect(result.outcome).toBe('found');
    expect(result.outcome === 'found' ? result.nearby.length : 0).toBe(2);
  });

  it('reports nearby choices, typos, unknowns and missing coordinates', async () => {
    const several = await nearbyCampuses(database.db, { partnershipId, campusName: 'high school' });
    const typo = await nearbyCampuses(database.db, {
      partnershipId,
      campusName: 'Alpa Hgh School',
    });
    const unknown = await nearbyCampuses(database.db, { partnershipId, campusName: 'zzz' });
    const echo = await nearbyCampuses(database.db, { partnershipId, campusName: 'Echo Academy' });

    expect(several).toEqual({
      outcome: 'several',
      kind: 'words',
      campusNames: ['Alpha High School', 'Bravo High School', 'Charlie High School'],
    });
    expect(typo).toMatchObject({
      outcome: 'found',
      kind: 'similar',
      campus: { name: 'Alpha High School' },
    });
    expect(unknown).toEqual({ outcome: 'none' });
    expect(echo.outcome).toBe('no_coordinates');
  });

  it('finds share candidates with the nearest provider', async () => {
    const result = await shareCandidates(database.db, { partnershipId, programName: 'Nursing' });

    expect(result.outcome).toBe('found');
    if (result.outcome !== 'found') return;

    expect(result.providers.map((campus) => campus.name)).toEqual([
      'Bravo High School',
      'Delta Academy',
    ]);
    expect(result.withoutCoordinates).toBe(1);
    expect(
      result.candidates.map((candidate) => [candidate.name, candidate.nearestProvider.name]),
    ).toEqual([
      ['Alpha High School', 'Bravo High School'],
      ['Charlie High School', 'Bravo High School'],
    ]);
    expect(result.candidates[0]?.miles).toBeCloseTo(tenthDegree, 3);
    expect(result.candidates[1]?.miles).toBeCloseTo(2 * tenthDegree, 3);
  });

  it('counts every CIP and name match as a provider', async () => {
    const result = await shareCandidates(database.db, { partnershipId, programName: 'WELDING' });

    expect(result.outcome).toBe('found');
    if (result.outcome !== 'found') return;

    expect(result.programName).toBe('Welding');
    expect(result.providers.map((campus) => campus.name)).toEqual([
      'Alpha High School',
      'Bravo High School',
      'Charlie High School',
      'Echo Academy',
    ]);
    expect(result.candidates).toHaveLength(1);
    expect(result.candidates[0]?.name).toBe('Delta Academy');
    expect(result.candidates[0]?.nearestProvider.name).toBe('Charlie High School');
    expect(result.candidates[0]?.miles).toBeCloseTo(2.5 * tenthDegree, 3);
  });

  it('narrows share to the distance given', async () => {
    const result = await shareCandidates(database.db, {
      partnershipId,
      programName: 'Welding',
      miles: 10,
    });

    expect(result).toMatchObject({ outcome: 'found', candidates: [] });
  });

  it('reports share choices and unknown programs', async () => {
    const several = await shareCandidates(database.db, { partnershipId, programName: 'weld' });
    const unknown = await shareCandidates(database.db, { partnershipId, programName: 'Pottery' });

    expect(several).toEqual({
      outcome: 'several',
      kind: 'words',
      programNames: ['Welding', 'Welding Technology'],
    });
    expect(unknown).toEqual({ outcome: 'none' });
  });
});
