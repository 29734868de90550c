import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerships } from '../../src/db/schema/index.js';
import type { ImpactReport } from '../../src/domain/insights/impact.js';
import { readImpact } from '../../src/domain/insights/impact.js';
import type { TestDatabase } from '../support/database.js';
import { createTestDatabase, drivers } from '../support/database.js';
import { insertImpactRows } from '../support/impact-fixture.js';

const now = new Date('2026-12-04T20:00:00Z');
const timeZone = 'America/Chicago';

describe.each(drivers)('impact figures on %s', (driver) => {
  let database: TestDatabase;
  let report: ImpactReport;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const partnershipId = await insertFixture(database, 'Gulf Bend');
    await insertFixture(database, 'Elsewhere');

    report = await readImpact(database.db, { partnershipId, timeZone, kind: 'quarter', now });
  });

  afterAll(async () => {
    await database?.close();
  });

  it('lists six quarters ending with this one', () => {
    expect(report.periods.map((period) => period.key)).toEqual([
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
  });

  it('counts employers engaged and partnered', () => {
    const [previous, current] = report.figures.slice(-2);

    expect(current?.employersEngaged).toBe(2);
    expect(current?.employersPartnered).toBe(1);
    expect(previous?.employersEngaged).toBe(1);
    expect(previous?.employersPartnered).toBe(0);
  });

  it('counts opportunities and slots by type', () => {
    const [, , first, , previous, current] = report.figures;

    expect(current?.opportunities).toBe(3);
    expect(current?.slots).toBe(9);
    expect(current?.opportunitiesByType.internship).toEqual({ opportunities: 2, slots: 5 });
    expect(current?.opportunitiesByType.mentorship).toEqual({ opportunities: 1, slots: 4 });
    expect(current?.opportunitiesByType.job_shadow).toEqual({ opportunities: 0, slots: 0 });
    expect(previous?.opportunities).toBe(1);
    expect(previous?.opportunitiesByType.job_shadow).toEqual({ opportunities: 1, slots: 5 });
    expect(first?.opportunitiesByType.guest_speaker).toEqual({ opportunities: 1, slots: 1 });
  });

  it('counts events held, RSVPs and check-ins', () => {
    const [previous, current] = report.figures.slice(-2);

    expect(current?.eventsHeld).toBe(2);
    expect(current?.rsvpsGoing).toBe(3);
    expect(current?.checkIns).toBe(2);
    expect(previous?.eventsHeld).toBe(1);
    expect(previous?.rsvpsGoing).toBe(1);
    expect(previous?.checkIns).toBe(1);
  });

  it('averages feedback of events held', () => {
    const [previous, current] = report.figures.slice(-2);

    expect(current?.feedbackCount).toBe(2);
    expect(current?.feedbackAverage).toBe(4.5);
    expect(previous?.feedbackCount).toBe(1);
    expect(previous?.feedbackAverage).toBe(3);
    expect(report.figures[0]?.feedbackAverage).toBeNull();
  });

  it('counts action items closed', () => {
    const [previous, current] = report.figures.slice(-2);

    expect(current?.actionItemsClosed).toBe(2);
    expect(previous?.actionItemsClosed).toBe(1);
  });

  it('counts programs with each kind of work-based learning', () => {
    expect(report.programs).toBe(3);
    expect(report.programsWithWbl.internship).toBe(2);
    expect(report.programsWithWbl.mentorship).toBe(1);
    expect(report.programsWithWbl.apprenticeship).toBe(0);
  });
});

async function insertFixture(database: TestDatabase, name: string): Promise<string> {
  const [partnership] = await database.db
    .insert(partnerships)
    .values({ name, timeZone })
    .returning();
  const partnershipId = partnership?.id ?? '';

  await insertImpactRows(database.db, partnershipId, name);

  return partnershipId;
}
