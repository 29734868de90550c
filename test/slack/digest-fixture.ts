import type { Database } from '../../src/db/client.js';
import {
  actionItems,
  auditLog,
  committeeSeats,
  digestFigures,
  employerOutreach,
  eventBooths,
  events,
  meetingOutcomes,
  meetings,
  opportunities,
  organizations,
  partnerships,
  people,
  planTasks,
  programs,
  rsvps,
  successStories,
} from '../../src/db/schema/index.js';

/** Monday 15 March 2027, 8:00 AM in Chicago: the digest's moment. */
export const fixtureNow = new Date('2027-03-15T13:00:00Z');
/** Wednesday of the digest's week (it starts Monday 8 March, midnight in Chicago). */
const thisWeek = new Date('2027-03-10T15:00:00Z');
/** Monday of the week before. */
const lastWeek = new Date('2027-03-01T15:00:00Z');

/**
 * Inserts a partnership with rows whose digest figures are counted by hand in the comments.
 * Rows dated last week or outside a window are there to be left out.
 */
export async function insertDigestFixture(db: Database): Promise<string> {
  const [partnership] = await db
    .insert(partnerships)
    .values({ name: 'Fixture partnership', timeZone: 'America/Chicago', weekStartsOn: 1 })
    .returning({ id: partnerships.id });

  if (!partnership) throw new Error('No fixture partnership');

  const partnershipId = partnership.id;
  const organization = async (
    name: string,
    kind: 'employer' | 'school_district' | 'campus',
    createdAt: Date,
    parentId?: string,
  ) => {
    const [row] = await db
      .insert(organizations)
      .values({ partnershipId, name, kind, createdAt, parentId: parentId ?? null })
      .returning({ id: organizations.id });

    return row?.id ?? '';
  };

  // New this week: Employer E5, the district and the campus (3 organizations).
  const e1 = await organization('Employer E1', 'employer', lastWeek);
  const e2 = await organization('Employer E2', 'employer', lastWeek);
  const e3 = await organization('Employer E3', 'employer', lastWeek);
  const e4 = await organization('Employer E4', 'employer', lastWeek);
  const e5 = await organization('Employer E5', 'employer', thisWeek);
  const district = await organization('Fixture ISD', 'school_district', thisWeek);
  const campus = await organization('Fixture High', 'campus', thisWeek, district);

  const personRows = await db
    .insert(people)
    .values(
      ['Ana', 'Ben', 'Cy', 'Dee', 'Eve'].map((name) => ({
        partnershipId,
        displayName: `Person ${name}`,
        role: 'viewer' as const,
      })),
    )
    .returning({ id: people.id });
  const [ana, ben, cy, dee, eve] = personRows.map((row) => row.id) as [
    string,
    string,
    string,
    string,
    string,
  ];

  // Engaged: E1 contacted, E2 interested, E3 partnered = 3. E1's follow-up date passed.
  await db.insert(employerOutreach).values([
    {
      employerId: e1,
      partnershipId,
      stage: 'contacted',
      ownerPersonId: ana,
      nextFollowUpOn: '2027-03-12',
    },
    { employerId: e2, partnershipId, stage: 'interested', nextFollowUpOn: '2027-03-20' },
    { employerId: e3, partnershipId, stage: 'partnered' },
    { employerId: e4, partnershipId, stage: 'declined', nextFollowUpOn: '2027-03-01' },
    { employerId: e5, partnershipId, stage: 'unresponsive', ownerPersonId: ben },
  ]);
  // E5 went unresponsive this week.
  await db.insert(auditLog).values({
    partnershipId,
    channel: 'slack',
    action: 'update',
    entityType: 'employer_outreach',
    entityId: e5,
    before: { stage: 'contacted' },
    after: { stage: 'unresponsive' },
    createdAt: thisWeek,
  });

  // Open: O1 (3 slots) and O2 (2 slots) = 2 opportunities, 5 slots. New this week: O1 and O3.
  await db.insert(opportunities).values([
    {
      partnershipId,
      employerId: e1,
      type: 'internship',
      title: 'Opportunity O1',
      careerCluster: 'Manufacturing',
      slots: 3,
      createdAt: thisWeek,
    },
    {
      partnershipId,
      employerId: e2,
      type: 'job_shadow',
      title: 'Opportunity O2',
      careerCluster: 'Manufacturing',
      slots: 2,
      createdAt: lastWeek,
    },
    {
      partnershipId,
      employerId: e3,
      type: 'mentorship',
      title: 'Opportunity O3',
      careerCluster: 'Manufacturing',
      slots: 5,
      status: 'filled',
      createdAt: thisWeek,
    },
  ]);

  // 2 programs. Internship offered by 2; apprenticeship lacking in 2; mentorship lacking in 1;
  // job shadow offered by 1. P2 is new this week.
  await db.insert(programs).values([
    {
      partnershipId,
      campusId: campus,
      name: 'Program P1',
      careerCluster: 'Manufacturing',
      wblOffered: ['internship', 'job_shadow'],
      wblMissing: ['apprenticeship'],
      createdAt: lastWeek,
    },
    {
      partnershipId,
      campusId: campus,
      name: 'Program P2',
      careerCluster: 'Manufacturing',
      wblOffered: ['internship'],
      wblMissing: ['apprenticeship', 'mentorship'],
      createdAt: thisWeek,
    },
  ]);

  // Upcoming: EV1 (in two days) and EV2 (in five weeks) = 2; only EV1 is within 14 days.
  const [ev1] = await db
    .insert(events)
    .values([
      {
        partnershipId,
        title: 'Event EV1',
        kind: 'career_fair',
        startsAt: new Date('2027-03-17T14:00:00Z'),
        endsAt: new Date('2027-03-17T17:00:00Z'),
        capacity: 2,
      },
      {
        partnershipId,
        title: 'Event EV2',
        kind: 'career_fair',
        startsAt: new Date('2027-04-20T14:00:00Z'),
        endsAt: new Date('2027-04-20T17:00:00Z'),
      },
      {
        partnershipId,
        title: 'Event EV0',
        kind: 'career_fair',
        startsAt: lastWeek,
        endsAt: new Date('2027-03-01T18:00:00Z'),
      },
    ])
    .returning({ id: events.id });
  const ev1Id = ev1?.id ?? '';

  // EV1: 2 going, 1 maybe, 1 waitlisted, 1 not going; 1 booth.
  await db.insert(rsvps).values([
    { eventId: ev1Id, personId: ana, status: 'going' },
    { eventId: ev1Id, personId: ben, status: 'going' },
    { eventId: ev1Id, personId: cy, status: 'maybe' },
    { eventId: ev1Id, personId: dee, status: 'waitlisted', waitlistedAt: thisWeek },
    { eventId: ev1Id, personId: eve, status: 'not_going' },
  ]);
  await db.insert(eventBooths).values({ eventId: ev1Id, organizationId: e1 });

  // One meeting this week with its outcome; last week's is left out.
  const [m1] = await db
    .insert(meetings)
    .values([
      {
        partnershipId,
        title: 'Meeting M1',
        kind: 'employer_alignment',
        startsAt: thisWeek,
        endsAt: new Date('2027-03-10T16:00:00Z'),
      },
      {
        partnershipId,
        title: 'Meeting M0',
        kind: 'employer_alignment',
        startsAt: lastWeek,
        endsAt: new Date('2027-03-01T16:00:00Z'),
      },
    ])
    .returning({ id: meetings.id });
  await db.insert(meetingOutcomes).values({
    meetingId: m1?.id ?? '',
    partnershipId,
    summary: 'Agreed on spring tours',
    decisions: 'Two tours in April',
  });

  // Listed: A1 (overdue) and A2 (due in 5 days). A3 is due later and A4 is done.
  await db.insert(actionItems).values([
    { partnershipId, ownerPersonId: ana, description: 'Action A1', dueOn: '2027-03-12' },
    { partnershipId, ownerPersonId: ben, description: 'Action A2', dueOn: '2027-03-20' },
    { partnershipId, ownerPersonId: ben, description: 'Action A3', dueOn: '2027-03-30' },
    {
      partnershipId,
      ownerPersonId: ben,
      description: 'Action A4',
      dueOn: '2027-03-12',
      status: 'done',
    },
  ]);

  // Establishment: 1 of 3 done; T2 moved from Not started to In progress this week.
  const tasks = await db
    .insert(planTasks)
    .values([
      { partnershipId, phase: 'establishment', position: 1, title: 'Task T1', status: 'done' },
      {
        partnershipId,
        phase: 'establishment',
        position: 2,
        title: 'Task T2',
        status: 'in_progress',
      },
      { partnershipId, phase: 'establishment', position: 3, title: 'Task T3' },
    ])
    .returning({ id: planTasks.id });
  await db.insert(auditLog).values({
    partnershipId,
    channel: 'slack',
    action: 'update',
    entityType: 'plan_task',
    entityId: tasks[1]?.id ?? '',
    before: { status: 'not_started' },
    after: { status: 'in_progress' },
    createdAt: thisWeek,
  });

  await db
    .insert(committeeSeats)
    .values({ partnershipId, personId: cy, stakeholderGroup: 'chamber', createdAt: thisWeek });
  await db.insert(successStories).values([
    {
      partnershipId,
      title: 'Story S1',
      story: 'Welders hired',
      status: 'approved',
      decidedAt: thisWeek,
    },
    {
      partnershipId,
      title: 'Story S0',
      story: 'Older story',
      status: 'approved',
      decidedAt: lastWeek,
    },
  ]);

  // Last week's digest stored 1 engaged employer and 1 open opportunity.
  await db.insert(digestFigures).values({
    partnershipId,
    period: '2027-W10',
    figures: {
      employersEngaged: 1,
      openOpportunities: 1,
      openSlots: 1,
      upcomingEvents: 0,
      programs: 1,
      wbl: {},
    },
  });

  return partnershipId;
}
