import type {
  EventKind,
  OpportunityType,
  OrganizationKind,
  PersonRole,
} from '../db/schema/index.js';
import type { CareerCluster } from '../domain/career-clusters.js';

/**
 * A fictional Gulf Coast region for the local workspace. Every name is invented, but the NAICS,
 * CIP and SOC codes and the ZIP codes are real ones that fit what they describe.
 */
export const demoPartnershipName = 'Gulf Bend Education & Industry Partnership';

/** The partners other than employers and campuses, which have lists of their own. */
export const demoOrganizations: Array<{ kind: OrganizationKind; name: string }> = [
  { kind: 'workforce_board', name: 'Gulf Bend Workforce Solutions' },
  { kind: 'chamber', name: 'Port Alder Chamber of Commerce' },
  { kind: 'school_district', name: 'Port Alder ISD' },
  { kind: 'school_district', name: 'Mesquite Flats ISD' },
  { kind: 'school_district', name: 'Sable Creek ISD' },
  { kind: 'college', name: 'Gulf Bend Community College' },
];

export const demoPeople: Array<{
  slackUserId: string;
  displayName: string;
  role: PersonRole;
  organization: string;
}> = [
  {
    slackUserId: 'U0LOCAL01',
    displayName: 'Dana Reyes',
    role: 'convener',
    organization: 'Gulf Bend Workforce Solutions',
  },
  {
    slackUserId: 'U0LOCAL02',
    displayName: 'Marcus Lee',
    role: 'employer',
    organization: 'Coastline Welding & Fabrication',
  },
  {
    slackUserId: 'U0LOCAL03',
    displayName: 'Priya Nair',
    role: 'district',
    organization: 'Port Alder ISD',
  },
  {
    slackUserId: 'U0LOCAL04',
    displayName: 'Sam Ortiz',
    role: 'educator',
    organization: 'Mesquite Flats ISD',
  },
  {
    slackUserId: 'U0LOCAL05',
    displayName: 'Alicia Gomez',
    role: 'chamber',
    organization: 'Port Alder Chamber of Commerce',
  },
];

export interface DemoOpportunity {
  employer: string;
  type: OpportunityType;
  title: string;
  description: string;
  careerCluster: CareerCluster;
  slots: number;
  paid: boolean;
  /** Days from today for the start and end dates. */
  startsInDays?: number;
  lastsDays?: number;
  location?: string;
}

export const demoOpportunities: DemoOpportunity[] = [
  {
    employer: 'Coastline Welding & Fabrication',
    type: 'internship',
    title: 'Summer welding internship',
    description:
      'Eight weeks in the fabrication shop alongside certified welders; AWS D1.1 practice coupons included.',
    careerCluster: 'Advanced Manufacturing',
    slots: 4,
    paid: true,
    startsInDays: 180,
    lastsDays: 56,
    location: '1200 Shipyard Rd, Port Alder',
  },
  {
    employer: 'Bayside Regional Medical Center',
    type: 'job_shadow',
    title: 'Nursing unit job shadow',
    description:
      'A day with the medical-surgical nursing team for students in the health science pathway.',
    careerCluster: 'Healthcare & Human Services',
    slots: 6,
    paid: false,
    startsInDays: 40,
    lastsDays: 0,
    location: 'Bayside Regional, 4th floor',
  },
  {
    employer: 'Dune Grass Software',
    type: 'mentorship',
    title: 'Software engineering mentors',
    description:
      'Engineers meet programming students every other week for code review and career talk.',
    careerCluster: 'Digital Technology',
    slots: 5,
    paid: false,
    startsInDays: 30,
    lastsDays: 120,
    location: 'Remote and on campus',
  },
  {
    employer: 'Harbor Point Refining',
    type: 'facility_tour',
    title: 'Refinery process-operations tour',
    description: 'A guided tour of the control room and tank farm for groups of up to 20.',
    careerCluster: 'Energy & Natural Resources',
    slots: 20,
    paid: false,
    startsInDays: 25,
    lastsDays: 0,
    location: 'Harbor Point main gate',
  },
  {
    employer: 'Tidewater Electric Cooperative',
    type: 'apprenticeship',
    title: 'Lineworker pre-apprenticeship',
    description:
      'A registered pre-apprenticeship for seniors, with pole-climbing school in the summer.',
    careerCluster: 'Energy & Natural Resources',
    slots: 3,
    paid: true,
    startsInDays: 200,
    lastsDays: 365,
  },
  {
    employer: 'Seabreeze Credit Union',
    type: 'guest_speaker',
    title: 'Personal finance guest speaker',
    description: 'A branch manager talks about careers in financial services and budgeting basics.',
    careerCluster: 'Financial Services',
    slots: 1,
    paid: false,
  },
  {
    employer: 'Brazos Bend Builders',
    type: 'equipment_donation',
    title: 'Framing nailers and saws for the construction lab',
    description: 'Six framing nailers and two miter saws, lightly used.',
    careerCluster: 'Construction',
    slots: 1,
    paid: false,
  },
];

export interface DemoEvent {
  title: string;
  kind: EventKind;
  /** Days from today and local start time. */
  inDays: number;
  startTime: string;
  hours: number;
  venue: string;
  capacity?: number;
  description: string;
}

export const demoEvents: DemoEvent[] = [
  {
    title: 'Spring WBL showcase',
    kind: 'wbl_showcase',
    inDays: 21,
    startTime: '15:30',
    hours: 3,
    venue: 'Port Alder Convention Center, Hall B',
    capacity: 200,
    description:
      'A work-based learning presentation, then networking at the booths of secondary CTE programs.',
  },
  {
    title: 'Chamber breakfast: why work-based learning pays',
    kind: 'chamber_member_session',
    inDays: 9,
    startTime: '07:30',
    hours: 1.5,
    venue: 'Laguna Shores Hotel, Ballroom',
    capacity: 80,
    description:
      'Gulf Bend Workforce Solutions explains internships, apprenticeships and how members can take part.',
  },
  {
    title: 'Harbor Point refinery tour',
    kind: 'facility_tour',
    inDays: 30,
    startTime: '09:00',
    hours: 2,
    venue: 'Harbor Point main gate',
    capacity: 20,
    description: 'Process-operations tour for the energy pathway.',
  },
];
