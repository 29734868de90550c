import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import type { PersonRole } from '../../src/db/schema/index.js';
import {
  industryNeeds,
  opportunities,
  organizations,
  partnerships,
  people,
  programs,
} from '../../src/db/schema/index.js';
import { getDistrictCard } from '../../src/domain/cards/district-card.js';
import { findEditableIds } from '../../src/domain/cards/editable.js';
import { getEmployerCard } from '../../src/domain/cards/employer-card.js';
import type { CardMatch } from '../../src/domain/cards/match.js';
import { findCardMatch } from '../../src/domain/cards/match.js';
import { getProgramCard } from '../../src/domain/cards/program-card.js';
import type { TestDatabase } from '../support/database.js';
import { createTestDatabase, drivers } from '../support/database.js';

const now = new Date('2027-03-10T15:00:00Z');
const today = '2027-03-10';
const dayMs = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(now.getTime() - days * dayMs);
const limits = { contacts: 10, needs: 8, opportunities: 8 };
const districtLimits = { campuses: 12, programsPerCampus: 2, contacts: 10 };

async function addPartnership(db: Database, name: string): Promise<string> {
  const [row] = await db
    .insert(partnerships)
    .values({ name, contactStaleAfterDays: 30 })
    .returning({ id: partnerships.id });

  if (!row) throw new Error('no partnership');

  return row.id;
}

async function addOrganization(
  db: Database,
  values: typeof organizations.$inferInsert,
): Promise<string> {
  const [row] = await db.insert(organizations).values(values).returning({ id: organizations.id });

  if (!row) throw new Error('no organization');

  return row.id;
}

async function addPerson(db: Database, values: typeof people.$inferInsert): Promise<string> {
  const [row] = await db.insert(people).values(values).returning({ id: people.id });

  if (!row) throw new Error('no person');

  return row.id;
}

async function addProgram(db: Database, values: typeof programs.$inferInsert): Promise<string> {
  const [row] = await db.insert(programs).values(values).returning({ id: programs.id });

  if (!row) throw new Error('no program');

  return row.id;
}

function foundId(match: CardMatch): string | undefined {
  return match.outcome === 'found' ? match.candidate.id : undefined;
}

describe.each(drivers)('directory cards on %s', (driver) => {
  let database: TestDatabase;
  let db: Database;
  let ours: string;
  let theirs: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    db = database.db;
    ours = await addPartnership(db, 'Gulf Bend');
    theirs = await addPartnership(db, 'Lakeview');

    ids.coastline = await addOrganization(db, {
      partnershipId: ours,
      kind: 'employer',
      name: 'Coastline Welding & Fabrication',
      naicsCode: '332312',
      size: '50-249',
      zip: '78374',
    });
    ids.harbor = await addOrganization(db, {
      partnershipId: ours,
      kind: 'employer',
      name: 'Harbor Point Refining',
    });
    ids.theirCoastline = await addOrganization(db, {
      partnershipId: theirs,
      kind: 'employer',
      name: 'Coastline Welding & Fabrication',
    });
    ids.theirOnly = await addOrganization(db, {
      partnershipId: theirs,
      kind: 'employer',
      name: 'Lakeview Foundry',
    });

    for (const index of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
      await addOrganization(db, {
        partnershipId: ours,
        kind: 'employer',
        name: `Gulf Supply ${index}`,
      });
    }

    ids.portAlder = await addOrganization(db, {
      partnershipId: ours,
      kind: 'school_district',
      name: 'Port Alder ISD',
    });
    ids.mesquite = await addOrganization(db, {
      partnershipId: ours,
      kind: 'school_district',
      name: 'Mesquite Flats ISD',
    });
    ids.highSchool = await addOrganization(db, {
      partnershipId: ours,
      kind: 'campus',
      name: 'Port Alder High School',
      parentId: ids.portAlder,
      zip: '78374',
    });
    ids.academy = await addOrganization(db, {
      partnershipId: ours,
      kind: 'campus',
      name: 'Port Alder Maritime Academy',
      parentId: ids.portAlder,
    });
    ids.mesquiteHigh = await addOrganization(db, {
      partnershipId: ours,
      kind: 'campus',
      name: 'Mesquite Flats High School',
      parentId: ids.mesquite,
    });

    ids.welding = await addProgram(db, {
      partnershipId: ours,
      campusId: ids.highSchool,
      name: 'Welding',
      careerCluster: 'Advanced Manufacturing',
      cipCode: '48.0508',
      socCodes: ['51-4121', '51-2041'],
      lowestGrade: 10,
      highestGrade: 12,
      enrollment: 84,
      certifications: ['AWS D1.1'],
      wblOffered: ['job_shadow'],
      wblMissing: ['internship'],
    });
    ids.mesquiteWelding = await addProgram(db, {
      partnershipId: ours,
      campusId: ids.mesquiteHigh,
      name: 'Welding',
      careerCluster: 'Advanced Manufacturing',
    });
    for (const name of ['Culinary Arts', 'Maritime Operations', 'Process Technology']) {
      await addProgram(db, {
        partnershipId: ours,
        campusId: ids.academy,
        name,
        careerCluster:
          name === 'Culinary Arts'
            ? 'Hospitality, Events, & Tourism'
            : 'Supply Chain & Transportation',
      });
    }

    ids.fresh = await addPerson(db, {
      partnershipId: ours,
      organizationId: ids.coastline,
      displayName: 'Ana Fresh',
      email: 'ana@coastline.example',
      confirmedAt: daysAgo(10),
    });
    ids.old = await addPerson(db, {
      partnershipId: ours,
      organizationId: ids.coastline,
      displayName: 'Bo Old',
      confirmedAt: daysAgo(40),
    });
    ids.never = await addPerson(db, {
      partnershipId: ours,
      organizationId: ids.coastline,
      displayName: 'Cy Never',
    });
    await addPerson(db, {
      partnershipId: theirs,
      organizationId: ids.theirCoastline,
      displayName: 'Other Partnership Contact',
    });
    ids.districtContact = await addPerson(db, {
      partnershipId: ours,
      organizationId: ids.portAlder,
      displayName: 'Zed District',
      confirmedAt: daysAgo(1),
    });
    ids.campusContact = await addPerson(db, {
      partnershipId: ours,
      organizationId: ids.highSchool,
      displayName: 'Amy Campus',
      confirmedAt: daysAgo(1),
    });
    await addPerson(db, {
      partnershipId: ours,
      organizationId: ids.mesquiteHigh,
      displayName: 'Mesquite Teacher',
    });

    await db.insert(industryNeeds).values([
      {
        partnershipId: ours,
        employerId: ids.coastline,
        occupationTitle: 'Welders',
        socCode: '51-4121',
        openingsPerYear: 6,
        skills: ['MIG', 'TIG'],
      },
      {
        partnershipId: ours,
        employerId: ids.coastline,
        occupationTitle: 'Assemblers',
        socCode: '51-2041',
        openingsPerYear: 2,
      },
      {
        partnershipId: ours,
        employerId: ids.coastline,
        occupationTitle: 'Estimators',
        socCode: null,
        openingsPerYear: null,
      },
      {
        partnershipId: theirs,
        employerId: ids.theirCoastline,
        occupationTitle: 'Welders',
        socCode: '51-4121',
      },
    ]);

    const opportunity = {
      partnershipId: ours,
      type: 'internship' as const,
      careerCluster: 'Advanced Manufacturing',
      slots: 2,
    };
    await db.insert(opportunities).values([
      { ...opportunity, employerId: ids.coastline, title: 'Open internship', endsOn: today },
      {
        ...opportunity,
        employerId: ids.coastline,
        title: 'Ended internship',
        endsOn: '2027-03-09',
      },
      { ...opportunity, employerId: ids.coastline, title: 'Filled internship', status: 'filled' },
      { ...opportunity, employerId: ids.harbor, title: 'Refinery tour', type: 'facility_tour' },
      {
        ...opportunity,
        employerId: ids.harbor,
        title: 'Kitchen shadow',
        careerCluster: 'Hospitality, Events, & Tourism',
      },
      {
        ...opportunity,
        employerId: ids.harbor,
        title: 'Banking talk',
        careerCluster: 'Financial Services',
      },
      {
        ...opportunity,
        partnershipId: theirs,
        employerId: ids.theirCoastline,
        title: 'Their internship',
      },
    ]);
  });

  afterAll(async () => {
    await database?.close();
  });

  describe('findCardMatch', () => {
    const find = (name: string, record: 'employer' | 'program' | 'district' = 'employer') =>
      findCardMatch(db, { partnershipId: ours, record, name });

    it('finds the exact name in any case', async () => {
      const match = await find('  COASTLINE   welding & fabrication ');

      expect(match).toEqual({
        outcome: 'found',
        kind: 'exact',
        candidate: { id: ids.coastline, name: 'Coastline Welding & Fabrication', campusName: null },
      });
    });

    it('finds a unique name containing every word', async () => {
      const match = await find('welding coastline');

      expect(match.outcome).toBe('found');
      expect(foundId(match)).toBe(ids.coastline);
    });

    it('finds a misspelt name by similarity', async () => {
      const match = await find('coastlin weldng');

      expect(match.outcome).toBe('found');
      expect(foundId(match)).toBe(ids.coastline);
      expect(match.outcome === 'found' && match.kind).toBe('similar');
    });

    it('lists ten candidates and counts all matches', async () => {
      const match = await find('gulf supply');

      expect(match.outcome).toBe('several');
      if (match.outcome !== 'several') return;
      expect(match.candidates).toHaveLength(10);
      expect(match.total).toBe(12);
      expect(match.kind).toBe('words');
    });

    it('lists same-named programs with their campuses', async () => {
      const match = await find('welding', 'program');

      expect(match.outcome).toBe('several');
      if (match.outcome !== 'several') return;
      expect(match.kind).toBe('exact');
      expect(match.candidates.map((candidate) => candidate.campusName).sort()).toEqual([
        'Mesquite Flats High School',
        'Port Alder High School',
      ]);
    });

    it('finds a district and not an employer of the same words', async () => {
      const match = await find('port alder', 'district');

      expect(foundId(match)).toBe(ids.portAlder);
    });

    it('reports no match', async () => {
      expect(await find('zzzz qqqq')).toEqual({ outcome: 'none' });
    });

    it('reads LIKE wildcards literally', async () => {
      expect(await find('%')).toEqual({ outcome: 'none' });
      expect(await find('_')).toEqual({ outcome: 'none' });
    });

    it('never finds another partnership’s records', async () => {
      expect(await find('lakeview foundry')).toEqual({ outcome: 'none' });
      expect(foundId(await find('coastline welding & fabrication'))).toBe(ids.coastline);

      const inTheirs = await findCardMatch(db, {
        partnershipId: theirs,
        record: 'employer',
        name: 'coastline welding & fabrication',
      });
      expect(foundId(inTheirs)).toBe(ids.theirCoastline);
    });
  });

  describe('getEmployerCard', () => {
    const read = (partnershipId: string, employerId: string, cardLimits = limits) =>
      getEmployerCard(db, { partnershipId, employerId, today, now, limits: cardLimits });

    it('reads details, contacts, needs and open opportunities', async () => {
      const card = await read(ours, ids.coastline ?? '');

      expect(card?.naicsCode).toBe('332312');
      expect(card?.zip).toBe('78374');
      expect(card?.contacts.total).toBe(3);
      expect(card?.contacts.contacts.map((contact) => [contact.name, contact.stale])).toEqual([
        ['Ana Fresh', false],
        ['Bo Old', true],
        ['Cy Never', true],
      ]);
      expect(card?.needs.rows.map((need) => need.occupationTitle)).toEqual([
        'Welders',
        'Assemblers',
        'Estimators',
      ]);
      expect(card?.needs.rows[0]?.skills).toEqual(['MIG', 'TIG']);
      expect(card?.opportunities.rows.map((row) => row.title)).toEqual(['Open internship']);
      expect(card?.opportunities.total).toBe(1);
    });

    it('counts rows beyond the limits', async () => {
      const card = await read(ours, ids.coastline ?? '', {
        contacts: 1,
        needs: 2,
        opportunities: 1,
      });

      expect(card?.contacts.contacts).toHaveLength(1);
      expect(card?.contacts.total).toBe(3);
      expect(card?.needs.rows).toHaveLength(2);
      expect(card?.needs.total).toBe(3);
    });

    it('keeps each partnership’s same-named employer apart', async () => {
      const card = await read(theirs, ids.theirCoastline ?? '');

      expect(card?.contacts.contacts.map((contact) => contact.name)).toEqual([
        'Other Partnership Contact',
      ]);
      expect(card?.opportunities.rows.map((row) => row.title)).toEqual(['Their internship']);
      expect(await read(ours, ids.theirCoastline ?? '')).toBeUndefined();
      expect(await read(theirs, ids.coastline ?? '')).toBeUndefined();
    });

    it('returns nothing for a district id', async () => {
      expect(await read(ours, ids.portAlder ?? '')).toBeUndefined();
    });
  });

  describe('getProgramCard', () => {
    const read = (partnershipId: string, programId: string, partnerLimit = 5) =>
      getProgramCard(db, { partnershipId, programId, today, partnerLimit });

    it('reads the program with its campus and district', async () => {
      const card = await read(ours, ids.welding ?? '');

      expect(card?.campus.name).toBe('Port Alder High School');
      expect(card?.district?.name).toBe('Port Alder ISD');
      expect(card?.socCodes).toEqual(['51-4121', '51-2041']);
      expect(card?.wblOffered).toEqual(['job_shadow']);
      expect(card?.wblMissing).toEqual(['internship']);
    });

    it('ranks partners by matching needs, then open opportunities', async () => {
      const card = await read(ours, ids.welding ?? '');

      expect(card?.possiblePartners.rows).toEqual([
        {
          id: ids.coastline,
          name: 'Coastline Welding & Fabrication',
          matchingNeeds: [
            { occupationTitle: 'Assemblers', socCode: '51-2041' },
            { occupationTitle: 'Welders', socCode: '51-4121' },
          ],
          openOpportunities: 1,
        },
        {
          id: ids.harbor,
          name: 'Harbor Point Refining',
          matchingNeeds: [],
          openOpportunities: 1,
        },
      ]);
      expect(card?.possiblePartners.total).toBe(2);
    });

    it('counts partners beyond the limit', async () => {
      const card = await read(ours, ids.welding ?? '', 1);

      expect(card?.possiblePartners.rows).toHaveLength(1);
      expect(card?.possiblePartners.total).toBe(2);
    });

    it('returns nothing for another partnership', async () => {
      expect(await read(theirs, ids.welding ?? '')).toBeUndefined();
    });
  });

  describe('getDistrictCard', () => {
    const read = (partnershipId: string, districtId: string) =>
      getDistrictCard(db, { partnershipId, districtId, today, now, limits: districtLimits });

    it('reads campuses, programs, clusters and contacts', async () => {
      const card = await read(ours, ids.portAlder ?? '');

      expect(card?.campuses.rows).toEqual([
        {
          id: ids.highSchool,
          name: 'Port Alder High School',
          zip: '78374',
          programNames: ['Welding'],
          programTotal: 1,
        },
        {
          id: ids.academy,
          name: 'Port Alder Maritime Academy',
          zip: null,
          programNames: ['Culinary Arts', 'Maritime Operations'],
          programTotal: 3,
        },
      ]);
      expect(card?.careerClusters).toEqual([
        'Advanced Manufacturing',
        'Hospitality, Events, & Tourism',
        'Supply Chain & Transportation',
      ]);
      expect(card?.openOpportunities).toBe(3);
      expect(card?.contacts.contacts.map((contact) => contact.name)).toEqual([
        'Zed District',
        'Amy Campus',
      ]);
    });

    it('returns nothing for an employer id or another partnership', async () => {
      expect(await read(ours, ids.coastline ?? '')).toBeUndefined();
      expect(await read(theirs, ids.portAlder ?? '')).toBeUndefined();
    });
  });

  describe('findEditableIds', () => {
    async function actor(role: PersonRole, organizationId: string | null) {
      const personId = await addPerson(db, {
        partnershipId: ours,
        displayName: `Actor ${role} ${Math.random()}`,
        role,
        organizationId,
      });

      return { personId, role, organizationId };
    }

    it('allows employer staff their own employer only', async () => {
      const staff = await actor('employer', ids.coastline ?? null);
      const editable = await findEditableIds(db, {
        partnershipId: ours,
        actor: staff,
        record: 'employer',
        ids: [ids.coastline ?? '', ids.harbor ?? ''],
      });

      expect([...editable]).toEqual([ids.coastline]);
    });

    it('allows district staff their campuses’ programs', async () => {
      const staff = await actor('district', ids.portAlder ?? null);
      const editable = await findEditableIds(db, {
        partnershipId: ours,
        actor: staff,
        record: 'program',
        ids: [ids.welding ?? '', ids.mesquiteWelding ?? ''],
      });

      expect([...editable]).toEqual([ids.welding]);
    });

    it('allows an educator nothing', async () => {
      const educator = await actor('educator', ids.highSchool ?? null);
      const editable = await findEditableIds(db, {
        partnershipId: ours,
        actor: educator,
        record: 'contact',
        ids: [ids.campusContact ?? '', ids.fresh ?? ''],
      });

      expect(editable.size).toBe(0);
    });

    it('ignores ids of another partnership', async () => {
      const convener = await actor('convener', null);
      const editable = await findEditableIds(db, {
        partnershipId: ours,
        actor: convener,
        record: 'employer',
        ids: [ids.theirCoastline ?? '', ids.coastline ?? ''],
      });

      expect([...editable]).toEqual([ids.coastline]);
    });
  });
});
