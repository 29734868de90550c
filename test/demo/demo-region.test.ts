import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { text } from 'node:stream/consumers';
import { count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  capacitySurveys,
  employerOutreach,
  employerSizes,
  events,
  industryNeeds,
  laborMarketFigures,
  opportunities,
  organizations,
  outreachContacts,
  partnerships,
  people,
  programs,
  rsvps,
  slackTeams,
  wblTypes,
} from '../../src/db/schema/index.js';
import { loadDemoData } from '../../src/demo/load-demo-data.js';
import { isCareerCluster } from '../../src/domain/career-clusters.js';
import { writeCsvExport } from '../../src/domain/directory/csv-writer.js';
import { importCsvFile } from '../../src/domain/directory/import-runner.js';
import type { DirectoryKind } from '../../src/domain/directory/import-types.js';
import { directoryKindSpecs } from '../../src/domain/directory/kinds/index.js';
import { naicsSectorName } from '../../src/domain/directory/naics.js';
import { coordinatesForZip } from '../../src/domain/directory/zip-coordinates.js';
import type { TestDatabase } from '../support/database.js';
import { createTestDatabase, drivers } from '../support/database.js';

const now = new Date('2027-01-11T15:00:00Z');
const teamId = 'T0DEMO';
const dayMs = 24 * 60 * 60 * 1000;

type Organization = typeof organizations.$inferSelect;
type Person = typeof people.$inferSelect;

describe.each(drivers)('demo region on %s', (driver) => {
  let database: TestDatabase;
  let loaded: boolean;
  let partnershipId: string;
  let allOrganizations: Organization[];
  let allPeople: Person[];

  const ofKind = (kind: Organization['kind']) =>
    allOrganizations.filter((organization) => organization.kind === kind);
  const contactsOf = (organizationId: string) =>
    allPeople.filter((person) => person.organizationId === organizationId && !person.slackUserId);

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    loaded = await loadDemoData(database.db, {
      teamId,
      now,
      announcementChannelId: 'C0DEMO',
    });

    const [linked] = await database.db
      .select()
      .from(slackTeams)
      .where(eq(slackTeams.teamId, teamId));
    partnershipId = linked?.partnershipId ?? '';
    allOrganizations = await database.db
      .select()
      .from(organizations)
      .where(eq(organizations.partnershipId, partnershipId));
    allPeople = await database.db
      .select()
      .from(people)
      .where(eq(people.partnershipId, partnershipId));
  });

  afterAll(async () => {
    await database.close();
  });

  it('loads into a new workspace', async () => {
    const [partnership] = await database.db
      .select()
      .from(partnerships)
      .where(eq(partnerships.id, partnershipId));

    expect(loaded).toBe(true);
    expect(partnership?.timeZone).toBe('America/Chicago');
  });

  it('gives every organization a distinct name', () => {
    const names = new Set(allOrganizations.map((organization) => organization.name.toLowerCase()));

    expect(names.size).toBe(allOrganizations.length);
  });

  it('has three districts', () => {
    expect(ofKind('school_district').map((district) => district.name)).toEqual([
      'Port Alder ISD',
      'Mesquite Flats ISD',
      'Sable Creek ISD',
    ]);
  });

  it('places every campus in a district near its ZIP code', () => {
    const districtIds = new Set(ofKind('school_district').map((district) => district.id));
    const campuses = ofKind('campus');

    expect(campuses.length).toBeGreaterThanOrEqual(9);

    for (const campus of campuses) {
      const latitude = Number(campus.latitude);
      const longitude = Number(campus.longitude);
      const zipCenter = coordinatesForZip(campus.zip ?? '');

      expect(districtIds.has(campus.parentId ?? ''), campus.name).toBe(true);
      expect(campus.address, campus.name).toBeTruthy();
      expect(campus.zip, campus.name).toMatch(/^\d{5}$/);
      expect(latitude, campus.name).toBeGreaterThanOrEqual(27.5);
      expect(latitude, campus.name).toBeLessThanOrEqual(28.2);
      expect(longitude, campus.name).toBeGreaterThanOrEqual(-97.9);
      expect(longitude, campus.name).toBeLessThanOrEqual(-97.0);
      expect(zipCenter, campus.name).toBeDefined();
      expect(Math.abs(latitude - Number(zipCenter?.latitude)), campus.name).toBeLessThan(0.05);
      expect(Math.abs(longitude - Number(zipCenter?.longitude)), campus.name).toBeLessThan(0.05);
    }
  });

  it('has 40 employers in at least 12 sectors', () => {
    const employers = ofKind('employer');
    const sectors = new Set(employers.map((employer) => naicsSectorName(employer.naicsCode ?? '')));

    expect(employers).toHaveLength(40);
    expect(sectors.size).toBeGreaterThanOrEqual(12);

    for (const employer of employers) {
      expect(employer.naicsCode, employer.name).toMatch(/^\d{6}$/);
      expect(naicsSectorName(employer.naicsCode ?? ''), employer.name).toBeDefined();
      expect(employerSizes, employer.name).toContain(employer.size);
      expect(employer.latitude, employer.name).not.toBeNull();
    }
  });

  it('keeps the original employers', () => {
    const names = ofKind('employer').map((employer) => employer.name);

    expect(names).toEqual(
      expect.arrayContaining([
        'Harbor Point Refining',
        'Bayside Regional Medical Center',
        'Coastline Welding & Fabrication',
        'Pelican Freight Lines',
        'Seabreeze Credit Union',
        'Tidewater Electric Cooperative',
        'Dune Grass Software',
        'Brazos Bend Builders',
        'Laguna Shores Hotel & Conference Center',
        'Gulfwind Energy Services',
        'Rio Verde Growers',
        'Marina Auto Group',
      ]),
    );
  });

  it('has 30 programs in at least 10 clusters', async () => {
    const campusIds = new Set(ofKind('campus').map((campus) => campus.id));
    const rows = await database.db
      .select()
      .from(programs)
      .where(eq(programs.partnershipId, partnershipId));
    const clusters = new Set(rows.map((program) => program.careerCluster));

    expect(rows).toHaveLength(30);
    expect(clusters.size).toBeGreaterThanOrEqual(10);

    for (const program of rows) {
      expect(campusIds.has(program.campusId), program.name).toBe(true);
      expect(isCareerCluster(program.careerCluster), program.name).toBe(true);
      expect(program.cipCode, program.name).toMatch(/^\d{2}\.\d{4}$/);
      expect(program.socCodes.length, program.name).toBeGreaterThan(0);
      expect(program.lowestGrade, program.name).toBeGreaterThanOrEqual(9);
      expect(program.highestGrade, program.name).toBe(12);
      expect(program.enrollment, program.name).toBeGreaterThan(0);
      expect(program.certifications.length, program.name).toBeGreaterThan(0);
      expect(wblTypes, program.name).toEqual(expect.arrayContaining(program.wblOffered));
      expect(wblTypes, program.name).toEqual(expect.arrayContaining(program.wblMissing));
      expect(program.wblMissing.length, program.name).toBeGreaterThan(0);
      expect(
        program.wblOffered.filter((type) => program.wblMissing.includes(type)),
        program.name,
      ).toEqual([]);

      for (const soc of program.socCodes) expect(soc, program.name).toMatch(/^\d{2}-\d{4}$/);
    }
  });

  it('gives every campus a program', async () => {
    const rows = await database.db
      .select({ campusId: programs.campusId })
      .from(programs)
      .where(eq(programs.partnershipId, partnershipId));
    const campusesWithPrograms = new Set(rows.map((row) => row.campusId));

    for (const campus of ofKind('campus')) {
      expect(campusesWithPrograms.has(campus.id), campus.name).toBe(true);
    }
  });

  it('keeps the five Slack members', () => {
    const members = allPeople
      .filter((person) => person.slackUserId)
      .map((person) => ({
        slackUserId: person.slackUserId,
        role: person.role,
        organization: allOrganizations.find((org) => org.id === person.organizationId)?.name,
      }))
      .sort((a, b) => (a.slackUserId ?? '').localeCompare(b.slackUserId ?? ''));

    expect(members).toEqual([
      {
        slackUserId: 'U0LOCAL01',
        role: 'convener',
        organization: 'Gulf Bend Workforce Solutions',
      },
      {
        slackUserId: 'U0LOCAL02',
        role: 'employer',
        organization: 'Coastline Welding & Fabrication',
      },
      { slackUserId: 'U0LOCAL03', role: 'district', organization: 'Port Alder ISD' },
      { slackUserId: 'U0LOCAL04', role: 'educator', organization: 'Mesquite Flats ISD' },
      {
        slackUserId: 'U0LOCAL05',
        role: 'chamber',
        organization: 'Port Alder Chamber of Commerce',
      },
    ]);
  });

  it('stores contacts with reserved emails and phone numbers', () => {
    const contacts = allPeople.filter((person) => !person.slackUserId);

    expect(contacts.length).toBeGreaterThanOrEqual(40);
    expect(contacts.length).toBeLessThanOrEqual(60);

    for (const contact of contacts) {
      expect(contact.organizationId, contact.displayName).not.toBeNull();
      expect(contact.title, contact.displayName).toBeTruthy();
      expect(contact.email, contact.displayName).toMatch(/^[a-z]+@[a-z-]+\.example$/);
      expect(contact.phone, contact.displayName).toMatch(/^361-555-01\d{2}$/);
      expect(contact.confirmedAt, contact.displayName).not.toBeNull();
    }
  });

  it('gives every employer an employer contact', () => {
    for (const employer of ofKind('employer')) {
      const roles = contactsOf(employer.id).map((contact) => contact.role);

      expect(roles, employer.name).toContain('employer');
    }
  });

  it('gives every campus an educator contact', () => {
    for (const campus of ofKind('campus')) {
      const educators = contactsOf(campus.id).filter((contact) => contact.role === 'educator');

      expect(educators.length, campus.name).toBeGreaterThan(0);
      expect(
        educators.some((contact) => contact.title?.includes('CTE')),
        campus.name,
      ).toBe(true);
    }
  });

  it('gives districts and the chamber contacts', () => {
    for (const district of ofKind('school_district')) {
      expect(
        contactsOf(district.id).map((contact) => contact.role),
        district.name,
      ).toContain('district');
    }

    for (const chamber of ofKind('chamber')) {
      expect(
        contactsOf(chamber.id).map((contact) => contact.role),
        chamber.name,
      ).toContain('chamber');
    }
  });

  it('marks a few contacts stale', () => {
    const contacts = allPeople.filter((person) => !person.slackUserId);
    const staleBefore = now.getTime() - 365 * dayMs;
    const stale = contacts.filter((contact) => (contact.confirmedAt?.getTime() ?? 0) < staleBefore);

    expect(stale.length).toBeGreaterThanOrEqual(3);
    expect(stale.length).toBeLessThan(contacts.length / 4);
  });

  it('stores industry needs of employers', async () => {
    const employerIds = new Set(ofKind('employer').map((employer) => employer.id));
    const rows = await database.db
      .select()
      .from(industryNeeds)
      .where(eq(industryNeeds.partnershipId, partnershipId));

    expect(rows.length).toBeGreaterThanOrEqual(20);

    for (const need of rows) {
      expect(employerIds.has(need.employerId), need.occupationTitle).toBe(true);
      expect(need.socCode, need.occupationTitle).toMatch(/^\d{2}-\d{4}$/);
      expect(need.skills.length, need.occupationTitle).toBeGreaterThan(0);
      expect(need.openingsPerYear, need.occupationTitle).toBeGreaterThan(0);
      expect(need.timeFrame, need.occupationTitle).toMatch(/^\d+ months$/);
    }
  });

  it('stores labor-market figures as exact decimals', async () => {
    const rows = await database.db
      .select()
      .from(laborMarketFigures)
      .where(eq(laborMarketFigures.partnershipId, partnershipId));
    const nurses = rows.find((figure) => figure.socCode === '29-1141');

    expect(rows).toHaveLength(20);
    expect(nurses?.medianWage).toBe('79850.00');
    expect(nurses?.growthPercent).toBe('9.80');

    for (const figure of rows) {
      expect(isCareerCluster(figure.careerCluster ?? ''), figure.occupationTitle).toBe(true);
      expect(figure.medianWage, figure.occupationTitle).toMatch(/^\d+\.\d{2}$/);
      expect(figure.growthPercent, figure.occupationTitle).toMatch(/^-?\d+\.\d{2}$/);
      expect(figure.source, figure.occupationTitle).toContain('Gulf Bend Workforce Solutions');
      expect(figure.asOf, figure.occupationTitle).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('keeps the opportunities, events and RSVPs', async () => {
    // The test database holds only the demo partnership, so whole-table counts are its counts.
    expect(await countAll(opportunities)).toBe(7);
    expect(await countAll(events)).toBe(3);
    expect(await countAll(rsvps)).toBe(3);
  });

  it('starts the outreach of a few employers, one follow-up overdue', async () => {
    const outreach = await database.db.select().from(employerOutreach);
    const overdue = outreach.filter(
      (row) => row.nextFollowUpOn !== null && row.nextFollowUpOn < '2027-01-11',
    );

    expect(outreach).toHaveLength(5);
    expect(overdue.length).toBeGreaterThan(0);
    expect(await countAll(outreachContacts)).toBe(6);
    expect(await countAll(capacitySurveys)).toBe(6);
  });

  it('passes the directory import checks unchanged', async () => {
    const kinds: DirectoryKind[] = [
      'organizations',
      'contacts',
      'programs',
      'needs',
      'labor-market',
    ];
    const folder = await mkdtemp(path.join(tmpdir(), 'bridge-demo-'));

    try {
      for (const kind of kinds) {
        const spec = directoryKindSpecs[kind];

        if (!spec) throw new Error(`No directory spec for ${kind}`);

        const stream = new PassThrough();
        const written = text(stream);
        await writeCsvExport({ db: database.db, partnershipId }, spec, stream);
        stream.end();
        const filePath = path.join(folder, `${kind}.csv`);
        await writeFile(filePath, await written);

        const report = await importCsvFile(database.db, { spec, filePath, partnershipId });

        expect(report.errors, kind).toEqual([]);
        expect(report.counts.created + report.counts.updated, kind).toBe(0);
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('changes nothing when loaded again', async () => {
    const tables = [
      partnerships,
      slackTeams,
      organizations,
      people,
      programs,
      industryNeeds,
      laborMarketFigures,
      opportunities,
      events,
      rsvps,
    ];
    const before = await Promise.all(tables.map((table) => countAll(table)));

    const again = await loadDemoData(database.db, {
      teamId,
      now: new Date(now.getTime() + dayMs),
      announcementChannelId: 'C0DEMO',
    });

    expect(again).toBe(false);
    expect(await Promise.all(tables.map((table) => countAll(table)))).toEqual(before);
  });

  async function countAll(table: PgTable) {
    const [row] = await database.db.select({ value: count() }).from(table);

    return row?.value;
  }
});
