import type { Database } from '../../src/db/client.js';
import type { OrganizationKind, WblType } from '../../src/db/schema/index.js';
import {
  capacitySurveys,
  equipmentDonations,
  industryNeeds,
  laborMarketFigures,
  opportunities,
  organizations,
  programs,
  requestOffers,
  wblRequests,
} from '../../src/db/schema/index.js';

/**
 * A small region worked out by hand. Tidewater ISD has two campuses and three programs; Other ISD
 * has one campus with a culinary program. Expected cells, by the partner rule:
 * - Welding: internship and job shadow offered; apprenticeship through an open opportunity;
 *   equipment through a delivered donation; guest speaker missing (its opportunity is closed).
 * - Nursing: mentorship offered; facility tour through an accepted offer; the rest missing.
 * - Web Design: everything missing (its only offer is still pending), and no partner at all.
 */
export interface GapsFixture {
  tidewater: string;
  welding: string;
  nursing: string;
  webDesign: string;
  culinary: string;
}

export async function insertGapsFixture(db: Database, partnershipId: string): Promise<GapsFixture> {
  const organization = async (kind: OrganizationKind, name: string, parentId?: string) => {
    const [row] = await db
      .insert(organizations)
      .values({ partnershipId, kind, name, parentId })
      .returning({ id: organizations.id });

    if (!row) throw new Error(`no ${name}`);

    return row.id;
  };
  const program = async (
    campusId: string,
    name: string,
    careerCluster: string,
    socCodes: string[],
    wblOffered: WblType[],
  ) => {
    const [row] = await db
      .insert(programs)
      .values({ partnershipId, campusId, name, careerCluster, socCodes, wblOffered })
      .returning({ id: programs.id });

    if (!row) throw new Error(`no ${name}`);

    return row.id;
  };

  const tidewater = await organization('school_district', 'Tidewater ISD');
  const tidewaterHigh = await organization('campus', 'Tidewater High School', tidewater);
  const bayside = await organization('campus', 'Bayside High School', tidewater);
  const other = await organization('school_district', 'Other ISD');
  const otherHigh = await organization('campus', 'Other High School', other);
  const fabricators = await organization('employer', 'Gulf Fabricators');
  const health = await organization('employer', 'Coastal Health');
  const energy = await organization('employer', 'Harbor Energy');
  const logistics = await organization('employer', 'Bay Logistics');

  const welding = await program(
    tidewaterHigh,
    'Welding',
    'Advanced Manufacturing',
    ['51-4121'],
    ['internship', 'job_shadow'],
  );
  const nursing = await program(
    bayside,
    'Nursing',
    'Healthcare & Human Services',
    ['29-2061'],
    ['mentorship'],
  );
  const webDesign = await program(
    tidewaterHigh,
    'Web Design',
    'Digital Technology',
    ['15-1255'],
    [],
  );
  const culinary = await program(
    otherHigh,
    'Culinary Arts',
    'Hospitality, Events, & Tourism',
    [],
    [],
  );

  const opportunity = {
    partnershipId,
    employerId: fabricators,
    careerCluster: 'Advanced Manufacturing',
    slots: 2,
  };
  await db.insert(opportunities).values([
    { ...opportunity, type: 'apprenticeship', title: 'Welding apprentice', status: 'open' },
    { ...opportunity, type: 'guest_speaker', title: 'Welding talk', status: 'closed' },
  ]);

  const [tour] = await db
    .insert(wblRequests)
    .values({
      partnershipId,
      programId: nursing,
      kind: 'facility_tour',
      details: 'Hospital tour',
      status: 'sent',
    })
    .returning({ id: wblRequests.id });
  const [speaker] = await db
    .insert(wblRequests)
    .values({
      partnershipId,
      programId: webDesign,
      kind: 'guest_speaker',
      details: 'A web developer',
      status: 'sent',
    })
    .returning({ id: wblRequests.id });

  if (!tour || !speaker) throw new Error('no requests');

  await db.insert(requestOffers).values([
    { requestId: tour.id, employerId: health, status: 'accepted' },
    { requestId: speaker.id, employerId: fabricators, status: 'pending' },
  ]);
  await db.insert(equipmentDonations).values({
    partnershipId,
    employerId: fabricators,
    programId: welding,
    description: 'Two MIG welders',
    status: 'delivered',
  });

  await db.insert(capacitySurveys).values([
    {
      partnershipId,
      employerId: fabricators,
      mentors: 2,
      guestSpeakers: 1,
      apprentices: 1,
      careerClusters: ['Advanced Manufacturing'],
    },
    {
      partnershipId,
      employerId: logistics,
      interns: 1,
      careerClusters: ['Supply Chain & Transportation'],
    },
  ]);
  await db.insert(industryNeeds).values([
    {
      partnershipId,
      employerId: health,
      occupationTitle: 'Licensed Vocational Nurse',
      socCode: '29-2061',
    },
    {
      partnershipId,
      employerId: energy,
      occupationTitle: 'Wind Turbine Technician',
      socCode: '49-9081',
    },
    { partnershipId, employerId: logistics, occupationTitle: 'Dispatcher' },
  ]);

  const figure = { partnershipId, source: 'Workforce board', asOf: '2026-01-01' };
  await db.insert(laborMarketFigures).values([
    {
      ...figure,
      occupationTitle: 'Welders',
      socCode: '51-4121',
      careerCluster: 'Advanced Manufacturing',
      annualOpenings: 100,
      growthPercent: '5.25',
      medianWage: '48000.00',
    },
    {
      ...figure,
      occupationTitle: 'Licensed Vocational Nurses',
      socCode: '29-2061',
      careerCluster: 'Healthcare & Human Services',
      annualOpenings: 80,
      growthPercent: '12.50',
    },
    {
      ...figure,
      occupationTitle: 'Cooks, Restaurant',
      socCode: '35-2014',
      careerCluster: 'Hospitality, Events, & Tourism',
      annualOpenings: 60,
      growthPercent: '3.10',
    },
    {
      ...figure,
      asOf: '2024-01-01',
      occupationTitle: 'Restaurant Cooks',
      socCode: '35-2014',
      careerCluster: 'Hospitality, Events, & Tourism',
      annualOpenings: 999,
      growthPercent: '1.00',
    },
    {
      ...figure,
      occupationTitle: 'Wind Turbine Technicians',
      socCode: '49-9081',
      careerCluster: 'Energy & Natural Resources',
      annualOpenings: 40,
      growthPercent: '44.90',
    },
    {
      ...figure,
      occupationTitle: 'Web Developers',
      socCode: '15-1254',
      careerCluster: 'Digital Technology',
      annualOpenings: 40,
      growthPercent: '16.20',
    },
  ]);

  return { tidewater, welding, nursing, webDesign, culinary };
}
