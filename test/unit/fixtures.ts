import type { EventSummary } from '../../src/domain/events.js';
import type { OpportunitySummary } from '../../src/domain/opportunities.js';

/** Builds an upcoming event on Tuesday 16 March 2027, 9:00 to 12:00 in Chicago (CDT, UTC-5). */
export function eventSummary(overrides: Partial<EventSummary> = {}): EventSummary {
  return {
    id: '5b1f0c1e-2d3a-4e5b-8c6d-7e8f9a0b1c2d',
    title: 'Spring WBL showcase',
    kind: 'wbl_showcase',
    startsAt: new Date('2027-03-16T14:00:00Z'),
    endsAt: new Date('2027-03-16T17:00:00Z'),
    venue: 'Lakeview High School gym',
    capacity: 120,
    description: null,
    channelId: 'C0EVENTS',
    messageTs: null,
    counts: { going: 3, maybe: 1, notGoing: 2, waitlisted: 0 },
    myRsvp: null,
    ...overrides,
  };
}

export function opportunitySummary(
  overrides: Partial<OpportunitySummary> = {},
): OpportunitySummary {
  return {
    id: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
    type: 'internship',
    title: 'Summer welding internship',
    description: null,
    employerName: 'Prairie Steel Works',
    careerCluster: 'Advanced Manufacturing',
    slots: 4,
    paid: true,
    startsOn: '2027-06-07',
    endsOn: '2027-08-13',
    location: null,
    isPilot: false,
    createdAt: new Date('2027-03-01T15:00:00Z'),
    ...overrides,
  };
}

/** Builds `count` events, one a day from the fixture's date, with distinct ids and titles. */
export function manyEvents(count: number): EventSummary[] {
  return Array.from({ length: count }, (_, index) => {
    const dayMs = index * 24 * 60 * 60 * 1000;

    return eventSummary({
      id: `event-${index}`,
      title: `Event ${index}`,
      startsAt: new Date(Date.parse('2027-03-16T14:00:00Z') + dayMs),
      endsAt: new Date(Date.parse('2027-03-16T17:00:00Z') + dayMs),
    });
  });
}

/** Builds `count` opportunities with distinct ids and titles. */
export function manyOpportunities(count: number): OpportunitySummary[] {
  return Array.from({ length: count }, (_, index) =>
    opportunitySummary({ id: `opportunity-${index}`, title: `Opportunity ${index}` }),
  );
}
