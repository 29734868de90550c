import type { Database } from '../../src/db/client.js';
import type { OpportunityType } from '../../src/db/schema/index.js';
import {
  actionItems,
  employerOutreach,
  eventFeedback,
  events,
  opportunities,
  organizations,
  outreachContacts,
  people,
  programs,
  rsvps,
} from '../../src/db/schema/index.js';

/**
 * Inserts known rows into a partnership; the impact tests count every figure from these by
 * hand. With now = 2026-12-04 in America/Chicago, this quarter (2026 Q4) has 2 employers
 * engaged, 1 partnered, 3 opportunities with 9 slots, 2 events held with 3 RSVPs going,
 * 2 check-ins, 2 feedback responses averaging 4.5 and 2 action items closed.
 */
export async function insertImpactRows(db: Database, partnershipId: string, name: string) {
  const organization = async (label: string, kind: 'employer' | 'campus') => {
    const [row] = await db
      .insert(organizations)
      .values({ partnershipId, name: `${name} ${label}`, kind })
      .returning();

    return row?.id ?? '';
  };
  const person = async (label: string) => {
    const [row] = await db
      .insert(people)
      .values({ partnershipId, displayName: `${name} ${label}`, slackUserId: `U${name}${label}` })
      .returning();

    return row?.id ?? '';
  };

  const [partner, interested, declined, contacted] = await Promise.all(
    ['Partner', 'Interested', 'Declined', 'Contacted'].map((label) =>
      organization(label, 'employer'),
    ),
  );
  const campus = await organization('Campus', 'campus');
  const attendees = [await person('A'), await person('B'), await person('C'), await person('D')];
  const [a = '', b = '', c = '', d = ''] = attendees;

  await db.insert(employerOutreach).values([
    {
      partnershipId,
      employerId: partner ?? '',
      stage: 'partnered',
      updatedAt: at('2026-11-02T15:00:00Z'),
    },
    {
      partnershipId,
      employerId: interested ?? '',
      stage: 'interested',
      updatedAt: at('2026-06-01T15:00:00Z'),
    },
    {
      partnershipId,
      employerId: declined ?? '',
      stage: 'declined',
      updatedAt: at('2026-10-11T15:00:00Z'),
    },
    {
      partnershipId,
      employerId: contacted ?? '',
      stage: 'contacted',
      updatedAt: at('2026-08-10T15:00:00Z'),
    },
  ]);
  const contact = (employerId: string | undefined, contactedOn: string) => ({
    partnershipId,
    employerId: employerId ?? '',
    channel: 'call' as const,
    summary: 'Call',
    contactedOn,
  });
  await db
    .insert(outreachContacts)
    .values([
      contact(partner, '2026-10-05'),
      contact(partner, '2026-11-01'),
      contact(interested, '2026-10-01'),
      contact(declined, '2026-10-10'),
      contact(contacted, '2026-08-12'),
    ]);

  const opportunity = (type: OpportunityType, slots: number, createdAt: string) => ({
    partnershipId,
    employerId: partner ?? '',
    type,
    title: `${type} ${createdAt}`,
    careerCluster: 'Manufacturing',
    slots,
    createdAt: at(createdAt),
  });
  await db.insert(opportunities).values([
    // 1 October 00:00 in Chicago is 05:00 UTC, the first instant of the fourth quarter.
    opportunity('internship', 3, '2026-10-01T05:00:00Z'),
    opportunity('internship', 2, '2026-11-15T15:00:00Z'),
    opportunity('mentorship', 4, '2026-12-01T15:00:00Z'),
    opportunity('job_shadow', 5, '2026-10-01T04:59:59Z'),
    opportunity('guest_speaker', 1, '2026-02-10T15:00:00Z'),
  ]);

  const event = async (title: string, endsAt: string) => {
    const end = at(endsAt);
    const [row] = await db
      .insert(events)
      .values({
        partnershipId,
        title,
        kind: 'career_fair',
        startsAt: new Date(end.getTime() - 3_600_000),
        endsAt: end,
      })
      .returning();

    return row?.id ?? '';
  };
  const fair = await event('Fall fair', '2026-10-20T20:00:00Z');
  await event('Empty fair', '2026-11-20T20:00:00Z');
  const upcoming = await event('Winter fair', '2026-12-10T20:00:00Z');
  const summer = await event('Summer tour', '2026-08-01T20:00:00Z');
  const checkedIn = at('2026-10-20T19:30:00Z');
  await db.insert(rsvps).values([
    { eventId: fair, personId: a, status: 'going', checkedInAt: checkedIn },
    { eventId: fair, personId: b, status: 'going' },
    { eventId: fair, personId: c, status: 'not_going' },
    { eventId: fair, personId: d, status: 'going', checkedInAt: checkedIn },
    { eventId: upcoming, personId: a, status: 'going' },
    { eventId: summer, personId: a, status: 'going', checkedInAt: at('2026-08-01T19:30:00Z') },
  ]);
  await db.insert(eventFeedback).values([
    { eventId: fair, personId: a, rating: 5 },
    { eventId: fair, personId: d, rating: 4 },
    { eventId: summer, personId: a, rating: 3 },
  ]);

  const item = (status: 'open' | 'done', doneAt?: string) => ({
    partnershipId,
    ownerPersonId: a,
    description: 'Follow up',
    status,
    doneAt: doneAt ? at(doneAt) : null,
  });
  await db
    .insert(actionItems)
    .values([
      item('done', '2026-11-05T15:00:00Z'),
      item('done', '2026-10-02T15:00:00Z'),
      item('open'),
      item('done', '2026-09-15T15:00:00Z'),
    ]);

  await db.insert(programs).values([
    {
      partnershipId,
      campusId: campus,
      name: 'Welding',
      careerCluster: 'Manufacturing',
      wblOffered: ['internship', 'mentorship'],
    },
    {
      partnershipId,
      campusId: campus,
      name: 'Nursing',
      careerCluster: 'Health Science',
      wblOffered: ['internship'],
    },
    {
      partnershipId,
      campusId: campus,
      name: 'Culinary',
      careerCluster: 'Hospitality',
      wblOffered: [],
    },
  ]);
}

function at(iso: string): Date {
  return new Date(iso);
}
