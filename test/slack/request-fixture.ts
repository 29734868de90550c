import { eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import {
  capacitySurveys,
  organizations,
  partnerships,
  people,
  programs,
} from '../../src/db/schema/index.js';
import type { SlackMessage, StoredEphemeral } from '../../src/local/slack-shapes.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually } from '../support/bridge.js';

export const convener = 'U0LOCAL01';
/** Marcus Lee, staff of Anchor Fabrication. */
export const marcus = 'U0LOCAL02';
/** Priya Nair, school district staff at Harbor ISD. */
export const priya = 'U0LOCAL03';
/** Sam Ortiz, educator at Harbor High School. */
export const sam = 'U0LOCAL04';
/** Alicia Gomez, chamber staff. */
export const alicia = 'U0LOCAL05';
export const channelId = 'C0LOCALWBL';

/** Ids of the fixture's records by name. */
export type FixtureIds = Map<string, string>;

/** Employers with the capacity each states, chosen so that every kind of request ranks them. */
const employers = [
  {
    name: 'Anchor Fabrication',
    careerClusters: ['Advanced Manufacturing'],
    guestSpeakers: 2,
    tourGroupSize: 30,
    mentors: 0,
    equipment: null,
  },
  {
    name: 'Bayside Machining',
    careerClusters: ['Advanced Manufacturing', 'Construction'],
    guestSpeakers: 5,
    tourGroupSize: 10,
    mentors: 3,
    equipment: 'Two manual lathes',
  },
  {
    name: 'Coral Builders',
    careerClusters: ['Construction'],
    guestSpeakers: 8,
    tourGroupSize: 50,
    mentors: 1,
    equipment: null,
  },
  {
    name: 'Delta Health',
    careerClusters: ['Healthcare & Human Services'],
    guestSpeakers: 0,
    tourGroupSize: 0,
    mentors: 2,
    equipment: '   ',
  },
  {
    name: 'Echo Logistics',
    careerClusters: [],
    guestSpeakers: 0,
    tourGroupSize: 0,
    mentors: 0,
    equipment: null,
  },
];

/**
 * Creates the partnership through a first command from the convener, then two districts with
 * a campus and a program each, five employers with capacity surveys, and the local Slack users
 * as their staff.
 */
export async function loadRequestFixture(bridge: TestBridge): Promise<FixtureIds> {
  const { db } = bridge.database;
  const ids: FixtureIds = new Map();

  await bridge.local.sender.command({ userId: convener, channelId, text: '/bridge help' });
  await eventually(() => bridge.local.store.ephemerals(convener).length > 0);

  const [partnership] = await db.select({ id: partnerships.id }).from(partnerships);
  const partnershipId = partnership?.id ?? '';

  ids.set('partnership', partnershipId);

  for (const district of ['Harbor', 'Inland']) {
    const [districtRow] = await db
      .insert(organizations)
      .values({ partnershipId, kind: 'school_district', name: `${district} ISD` })
      .returning();
    const [campusRow] = await db
      .insert(organizations)
      .values({
        partnershipId,
        kind: 'campus',
        name: `${district} High School`,
        parentId: districtRow?.id,
      })
      .returning();

    ids.set(`${district} ISD`, districtRow?.id ?? '');
    ids.set(`${district} High School`, campusRow?.id ?? '');
  }

  await addPrograms(db, partnershipId, ids);
  await addEmployers(db, partnershipId, ids);
  await addPeople(db, partnershipId, ids);

  return ids;
}

async function addPrograms(db: Database, partnershipId: string, ids: FixtureIds): Promise<void> {
  const rows = await db
    .insert(programs)
    .values([
      {
        partnershipId,
        campusId: ids.get('Harbor High School') ?? '',
        name: 'Welding Technology',
        careerCluster: 'Advanced Manufacturing',
      },
      {
        partnershipId,
        campusId: ids.get('Inland High School') ?? '',
        name: 'Nursing Pathway',
        careerCluster: 'Healthcare & Human Services',
      },
    ])
    .returning();

  for (const row of rows) ids.set(row.name, row.id);
}

async function addEmployers(db: Database, partnershipId: string, ids: FixtureIds): Promise<void> {
  for (const employer of employers) {
    const { name, ...capacity } = employer;
    const [row] = await db
      .insert(organizations)
      .values({ partnershipId, kind: 'employer', name })
      .returning();

    ids.set(name, row?.id ?? '');
    await db
      .insert(capacitySurveys)
      .values({ employerId: row?.id ?? '', partnershipId, ...capacity });
  }
}

async function addPeople(db: Database, partnershipId: string, ids: FixtureIds): Promise<void> {
  const id = (name: string) => ids.get(name) ?? '';

  await db.insert(people).values([
    {
      partnershipId,
      displayName: 'Marcus Lee',
      slackUserId: marcus,
      role: 'employer',
      organizationId: id('Anchor Fabrication'),
    },
    {
      partnershipId,
      displayName: 'Priya Nair',
      slackUserId: priya,
      role: 'district',
      organizationId: id('Harbor ISD'),
    },
    {
      partnershipId,
      displayName: 'Sam Ortiz',
      slackUserId: sam,
      role: 'educator',
      organizationId: id('Harbor High School'),
    },
    {
      partnershipId,
      displayName: 'Alicia Gomez',
      slackUserId: alicia,
      role: 'chamber',
    },
    {
      partnershipId,
      displayName: 'Bea Quinn',
      email: 'bea.quinn@bayside.example.com',
      phone: '361-555-0142',
      role: 'employer',
      organizationId: id('Bayside Machining'),
    },
  ]);

  const [convenerRow] = await db.select().from(people).where(eq(people.slackUserId, convener));

  ids.set('convener', convenerRow?.id ?? '');
}

/** Waits for the newest ephemeral to a user whose text contains `text`. */
export function ephemeralWith(bridge: TestBridge, userId: string, text: string) {
  return eventually<StoredEphemeral>(() =>
    bridge.local.store
      .ephemerals(userId)
      .filter((message) => message.text.includes(text))
      .at(-1),
  );
}

/** Waits for the newest direct message to a user whose text or blocks contain `text`. */
export function directMessageWith(bridge: TestBridge, userId: string, text: string) {
  return eventually<SlackMessage>(() =>
    bridge.local.store
      .messages(`D${userId.slice(1)}`)
      .filter(
        (message) => message.text.includes(text) || JSON.stringify(message.blocks).includes(text),
      )
      .at(-1),
  );
}
