import type { DateTime } from 'luxon';
import type { Database } from '../db/client.js';
import type { ContactChannel, OutreachStage, Season } from '../db/schema/index.js';
import { capacitySurveys, employerOutreach, outreachContacts } from '../db/schema/index.js';
import type { CareerCluster } from '../domain/career-clusters.js';
import type { DemoOrganizationIds } from './insert-demo-directory.js';

/** Outreach of a few demo employers: stage, owner, follow-up and the contacts so far. */
const demoOutreach: Array<{
  employer: string;
  stage: OutreachStage;
  ownerSlackUserId: string;
  /** Days from today; negative is past, so an overdue follow-up. */
  followUpInDays?: number;
  contacts: Array<{
    daysAgo: number;
    channel: ContactChannel;
    bySlackUserId: string;
    summary: string;
  }>;
}> = [
  {
    employer: 'Coastline Welding & Fabrication',
    stage: 'partnered',
    ownerSlackUserId: 'U0LOCAL05',
    followUpInDays: 21,
    contacts: [
      {
        daysAgo: 40,
        channel: 'call',
        bySlackUserId: 'U0LOCAL05',
        summary: 'Introduced the partnership; interested in summer interns.',
      },
      {
        daysAgo: 12,
        channel: 'meeting',
        bySlackUserId: 'U0LOCAL01',
        summary: 'Agreed to four paid welding internships and a shop tour.',
      },
    ],
  },
  {
    employer: 'Harbor Point Refining',
    stage: 'interested',
    ownerSlackUserId: 'U0LOCAL05',
    followUpInDays: -3,
    contacts: [
      {
        daysAgo: 20,
        channel: 'email',
        bySlackUserId: 'U0LOCAL05',
        summary: 'Sent the capacity survey; HR will answer after the turnaround.',
      },
    ],
  },
  {
    employer: 'Bayside Regional Medical Center',
    stage: 'meeting_scheduled',
    ownerSlackUserId: 'U0LOCAL01',
    followUpInDays: 5,
    contacts: [
      {
        daysAgo: 9,
        channel: 'call',
        bySlackUserId: 'U0LOCAL01',
        summary: 'Nursing education lead wants to talk job shadows for health science.',
      },
    ],
  },
  {
    employer: 'Pelican Freight Lines',
    stage: 'contacted',
    ownerSlackUserId: 'U0LOCAL03',
    followUpInDays: -1,
    contacts: [
      {
        daysAgo: 15,
        channel: 'email',
        bySlackUserId: 'U0LOCAL03',
        summary: 'Asked about CDL pre-apprenticeship for seniors; no reply yet.',
      },
    ],
  },
  {
    employer: 'Marina Auto Group',
    stage: 'declined',
    ownerSlackUserId: 'U0LOCAL05',
    contacts: [
      {
        daysAgo: 30,
        channel: 'call',
        bySlackUserId: 'U0LOCAL05',
        summary: 'Service manager declined for this year; ask again in the fall.',
      },
    ],
  },
];

/** Capacity survey answers of a few demo employers. */
const demoCapacity: Array<{
  employer: string;
  interns?: number;
  apprentices?: number;
  mentors?: number;
  jobShadows?: number;
  tourGroupSize?: number;
  guestSpeakers?: number;
  equipment?: string;
  seasons: Season[];
  careerClusters: CareerCluster[];
}> = [
  {
    employer: 'Coastline Welding & Fabrication',
    interns: 4,
    mentors: 2,
    tourGroupSize: 15,
    guestSpeakers: 1,
    equipment: 'Practice steel and used welding helmets',
    seasons: ['spring', 'summer'],
    careerClusters: ['Advanced Manufacturing'],
  },
  {
    employer: 'Bayside Regional Medical Center',
    jobShadows: 6,
    mentors: 3,
    guestSpeakers: 2,
    seasons: ['fall', 'spring'],
    careerClusters: ['Healthcare & Human Services'],
  },
  {
    employer: 'Dune Grass Software',
    interns: 2,
    mentors: 5,
    guestSpeakers: 2,
    seasons: ['fall', 'winter', 'spring', 'summer'],
    careerClusters: ['Digital Technology'],
  },
  {
    employer: 'Harbor Point Refining',
    tourGroupSize: 20,
    guestSpeakers: 1,
    seasons: ['fall', 'spring'],
    careerClusters: ['Energy & Natural Resources', 'Advanced Manufacturing'],
  },
  {
    employer: 'Tidewater Electric Cooperative',
    apprentices: 3,
    tourGroupSize: 12,
    guestSpeakers: 1,
    seasons: ['summer'],
    careerClusters: ['Energy & Natural Resources', 'Construction'],
  },
  {
    employer: 'Brazos Bend Builders',
    interns: 2,
    equipment: 'Framing nailers and miter saws',
    seasons: ['summer'],
    careerClusters: ['Construction'],
  },
];

/** Inserts the demo outreach, contact log and capacity surveys in three statements. */
export async function insertDemoOutreach(
  db: Database,
  input: {
    partnershipId: string;
    organizationIds: DemoOrganizationIds;
    slackMemberIds: Map<string, string>;
    today: DateTime;
  },
): Promise<void> {
  const { partnershipId, organizationIds, slackMemberIds, today } = input;
  const person = (slackUserId: string) => slackMemberIds.get(slackUserId) ?? null;
  const day = (offset: number) => today.plus({ days: offset }).toISODate() ?? '';

  await db.insert(employerOutreach).values(
    demoOutreach.map((outreach) => ({
      partnershipId,
      employerId: organizationIds.get(outreach.employer),
      stage: outreach.stage,
      ownerPersonId: person(outreach.ownerSlackUserId),
      lastContactOn: day(-Math.min(...outreach.contacts.map((contact) => contact.daysAgo))),
      nextFollowUpOn: outreach.followUpInDays === undefined ? null : day(outreach.followUpInDays),
    })),
  );
  await db.insert(outreachContacts).values(
    demoOutreach.flatMap((outreach) =>
      outreach.contacts.map((contact) => ({
        partnershipId,
        employerId: organizationIds.get(outreach.employer),
        personId: person(contact.bySlackUserId),
        channel: contact.channel,
        summary: contact.summary,
        contactedOn: day(-contact.daysAgo),
      })),
    ),
  );
  await db.insert(capacitySurveys).values(
    demoCapacity.map(({ employer, ...answers }) => ({
      ...answers,
      partnershipId,
      employerId: organizationIds.get(employer),
      answeredBy: person('U0LOCAL05'),
      onBehalf: true,
    })),
  );
}
