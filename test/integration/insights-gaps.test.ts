import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerships } from '../../src/db/schema/index.js';
import { rankDemand } from '../../src/domain/insights/demand.js';
import { findEmployersForGap } from '../../src/domain/insights/gap-employers.js';
import type { GapMatrix, GapProgram } from '../../src/domain/insights/gaps.js';
import { buildGapMatrix } from '../../src/domain/insights/gaps.js';
import type { TestDatabase } from '../support/database.js';
import { createTestDatabase, drivers } from '../support/database.js';
import type { GapsFixture } from '../support/gaps-fixture.js';
import { insertGapsFixture } from '../support/gaps-fixture.js';

function programIn(matrix: GapMatrix, id: string): GapProgram {
  const found = matrix.clusters.flatMap((cluster) => cluster.programs).find((row) => row.id === id);

  if (!found) throw new Error(`program ${id} is not in the matrix`);

  return found;
}

describe.each(drivers)('gap matrix and demand on %s', (driver) => {
  let database: TestDatabase;
  let partnershipId = '';
  let fixture: GapsFixture;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const [row] = await database.db
      .insert(partnerships)
      .values({ name: 'Gap region' })
      .returning({ id: partnerships.id });
    partnershipId = row?.id ?? '';
    fixture = await insertGapsFixture(database.db, partnershipId);
  });

  afterAll(async () => {
    await database?.close();
  });

  it('marks each cell of the district programs', async () => {
    const matrix = await buildGapMatrix(database.db, {
      partnershipId,
      districtId: fixture.tidewater,
    });

    expect(matrix.clusters.map((cluster) => cluster.careerCluster)).toEqual([
      'Advanced Manufacturing',
      'Digital Technology',
      'Healthcare & Human Services',
    ]);
    expect(programIn(matrix, fixture.welding).cells).toEqual({
      internship: 'offered',
      apprenticeship: 'partner',
      mentorship: 'missing',
      job_shadow: 'offered',
      facility_tour: 'missing',
      guest_speaker: 'missing',
      equipment_donation: 'partner',
    });
    expect(programIn(matrix, fixture.nursing).cells).toEqual({
      internship: 'missing',
      apprenticeship: 'missing',
      mentorship: 'offered',
      job_shadow: 'missing',
      facility_tour: 'partner',
      guest_speaker: 'missing',
      equipment_donation: 'missing',
    });
    expect(Object.values(programIn(matrix, fixture.webDesign).cells)).toEqual(
      Array(7).fill('missing'),
    );
  });

  it('leaves other districts out of a district matrix', async () => {
    const matrix = await buildGapMatrix(database.db, {
      partnershipId,
      districtId: fixture.tidewater,
    });
    const ids = matrix.clusters.flatMap((cluster) => cluster.programs.map((row) => row.id));

    expect(ids).toHaveLength(3);
    expect(ids).not.toContain(fixture.culinary);
  });

  it('lists clusters with demand but no program', async () => {
    const district = await buildGapMatrix(database.db, {
      partnershipId,
      districtId: fixture.tidewater,
    });
    const whole = await buildGapMatrix(database.db, { partnershipId });

    expect(district.unservedClusters).toEqual([
      { careerCluster: 'Energy & Natural Resources', employersWithNeeds: 1, annualOpenings: 40 },
      // Cooks have 60 openings in the latest row; the older row's 999 does not count.
      {
        careerCluster: 'Hospitality, Events, & Tourism',
        employersWithNeeds: 0,
        annualOpenings: 60,
      },
      { careerCluster: 'Supply Chain & Transportation', employersWithNeeds: 1, annualOpenings: 0 },
    ]);
    expect(whole.unservedClusters.map((cluster) => cluster.careerCluster)).toEqual([
      'Energy & Natural Resources',
      'Supply Chain & Transportation',
    ]);
  });

  it('lists programs with no employer partner', async () => {
    const whole = await buildGapMatrix(database.db, { partnershipId });

    expect(whole.programsWithoutPartner.map((row) => row.name)).toEqual([
      'Web Design',
      'Culinary Arts',
    ]);
  });

  it('suggests employers with capacity in the cluster', async () => {
    const mentors = await findEmployersForGap(database.db, {
      partnershipId,
      type: 'mentorship',
      careerCluster: 'Advanced Manufacturing',
      limit: 3,
    });
    const tours = await findEmployersForGap(database.db, {
      partnershipId,
      type: 'facility_tour',
      careerCluster: 'Advanced Manufacturing',
      limit: 3,
    });
    const interns = await findEmployersForGap(database.db, {
      partnershipId,
      type: 'internship',
      careerCluster: 'Supply Chain & Transportation',
      limit: 3,
    });

    expect(mentors.map((row) => row.name)).toEqual(['Gulf Fabricators']);
    expect(tours).toEqual([]);
    expect(interns.map((row) => row.name)).toEqual(['Bay Logistics']);
  });

  it('ranks occupations by openings then growth', async () => {
    const ranked = await rankDemand(database.db, { partnershipId });

    expect(ranked.map((row) => row.occupationTitle)).toEqual([
      'Welders',
      'Licensed Vocational Nurses',
      'Cooks, Restaurant',
      'Wind Turbine Technicians',
      'Web Developers',
    ]);
    expect(ranked[3]?.growthPercent).toBe('44.90');
    expect(ranked[4]?.growthPercent).toBe('16.20');
    expect(ranked[0]?.medianWage).toBe('48000.00');
  });

  it('links programs and employers to occupations', async () => {
    const ranked = await rankDemand(database.db, { partnershipId });
    const byTitle = new Map(ranked.map((row) => [row.occupationTitle, row]));

    expect(byTitle.get('Welders')?.programs).toEqual([
      { id: fixture.welding, name: 'Welding', campusName: 'Tidewater High School', link: 'soc' },
    ]);
    expect(byTitle.get('Web Developers')?.programs.map((row) => row.link)).toEqual(['cluster']);
    expect(byTitle.get('Cooks, Restaurant')?.programs.map((row) => row.name)).toEqual([
      'Culinary Arts',
    ]);
    expect(byTitle.get('Wind Turbine Technicians')?.programs).toEqual([]);
    expect(
      byTitle.get('Licensed Vocational Nurses')?.employers.map((row) => row.employerName),
    ).toEqual(['Coastal Health']);
    expect(
      byTitle.get('Wind Turbine Technicians')?.employers.map((row) => row.employerName),
    ).toEqual(['Harbor Energy']);
    expect(byTitle.get('Welders')?.employers).toEqual([]);
  });

  it('filters demand by career cluster', async () => {
    const ranked = await rankDemand(database.db, {
      partnershipId,
      careerCluster: 'Digital Technology',
    });

    expect(ranked.map((row) => row.occupationTitle)).toEqual(['Web Developers']);
  });
});
