import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';
import { events, opportunities, organizations } from '../../src/db/schema/index.js';
import {
  countRsvps,
  createEvent,
  getEvent,
  listUpcomingEvents,
  recordRsvp,
} from '../../src/domain/events.js';
import {
  createOpportunity,
  listEmployers,
  listOpenOpportunities,
} from '../../src/domain/opportunities.js';
import {
  resolvePartnershipForSlackTeam,
  resolvePersonForSlackUser,
} from '../../src/domain/partnerships.js';
import type { TestDatabase } from '../support/database.js';
import { createTestDatabase, drivers } from '../support/database.js';

const now = new Date('2027-01-11T15:00:00Z');

describe.each(drivers)('storage on %s', (driver) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });

  afterAll(async () => {
    await database.close();
  });

  async function newPartnership(teamId: string) {
    const partnership = await resolvePartnershipForSlackTeam(database.db, {
      teamId,
      teamName: `Team ${teamId}`,
    });
    const person = await resolvePersonForSlackUser(database.db, {
      partnershipId: partnership.id,
      slackUserId: 'U1',
      displayName: async () => 'First Person',
    });
    const [employer] = await database.db
      .insert(organizations)
      .values({
        partnershipId: partnership.id,
        kind: 'employer',
        name: `Employer of ${teamId}`,
        naicsCode: '332312',
      })
      .returning();

    if (!employer) throw new Error('no employer');

    return { partnership, person, employer };
  }

  const opportunityInput = (employerId: string) => ({
    employerId,
    type: 'internship' as const,
    title: 'Welding internship',
    description: undefined,
    careerCluster: 'Advanced Manufacturing' as const,
    slots: 3,
    paid: true,
    startsOn: '2027-06-01',
    endsOn: '2027-07-31',
    location: undefined,
  });

  const eventInput = {
    title: 'Spring showcase',
    kind: 'wbl_showcase' as const,
    startsAt: new Date('2027-03-02T21:30:00Z'),
    endsAt: new Date('2027-03-03T00:30:00Z'),
    venue: 'Hall B',
    capacity: 100,
    description: undefined,
    channelId: 'C1',
  };

  it('applies migrations once', async () => {
    expect(await runMigrations(database.db)).toBe(0);
  });

  it('creates one partnership per workspace', async () => {
    const [first, second] = await Promise.all([
      resolvePartnershipForSlackTeam(database.db, { teamId: 'TRACE' }),
      resolvePartnershipForSlackTeam(database.db, { teamId: 'TRACE' }),
    ]);

    expect(first.id).toBe(second.id);
    expect(first.timeZone).toBe('America/Chicago');
  });

  it('makes the first person convener', async () => {
    const { partnership, person } = await newPartnership('TCONV');
    const second = await resolvePersonForSlackUser(database.db, {
      partnershipId: partnership.id,
      slackUserId: 'U2',
      displayName: async () => 'Second Person',
    });

    expect(person.role).toBe('convener');
    expect(second.role).toBe('viewer');
    expect(second.displayName).toBe('Second Person');
  });

  it('stores a retried opportunity once', async () => {
    const { partnership, person, employer } = await newPartnership('TRETRY');
    const request = {
      partnershipId: partnership.id,
      createdBy: person.id,
      actor: { personId: person.id, role: 'convener' as const, organizationId: null },
      sourceKey: 'slack:view:VRETRY',
      now,
      opportunity: opportunityInput(employer.id),
    };

    const first = await createOpportunity(database.db, request);
    const second = await createOpportunity(database.db, request);
    const listed = await listOpenOpportunities(database.db, {
      partnershipId: partnership.id,
      today: '2027-01-11',
      limit: 10,
    });

    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    expect(listed).toHaveLength(1);
    expect(listed[0]?.employerName).toBe('Employer of TRETRY');
  });

  it('rejects an employer of another partnership', async () => {
    const ours = await newPartnership('TOURS');
    const theirs = await newPartnership('TTHEIRS');

    await expect(
      createOpportunity(database.db, {
        partnershipId: ours.partnership.id,
        createdBy: ours.person.id,
        actor: { personId: ours.person.id, role: 'convener' as const, organizationId: null },
        sourceKey: 'slack:view:VOTHER',
        now,
        opportunity: opportunityInput(theirs.employer.id),
      }),
    ).rejects.toThrow(/not in this partnership/);
  });

  it('keeps each partnership to its own rows', async () => {
    const first = await newPartnership('TISO1');
    const second = await newPartnership('TISO2');
    await createOpportunity(database.db, {
      partnershipId: first.partnership.id,
      createdBy: first.person.id,
      actor: { personId: first.person.id, role: 'convener' as const, organizationId: null },
      sourceKey: 'slack:view:VISO',
      now,
      opportunity: opportunityInput(first.employer.id),
    });

    const seen = await listOpenOpportunities(database.db, {
      partnershipId: second.partnership.id,
      today: '2027-01-11',
      limit: 10,
    });
    const employers = await listEmployers(database.db, {
      partnershipId: second.partnership.id,
      limit: 10,
    });

    expect(seen).toEqual([]);
    expect(employers.employers.map((employer) => employer.name)).toEqual(['Employer of TISO2']);
  });

  it.each([
    ['zero slots', { slots: 0 }],
    ['end before start', { startsOn: '2027-06-01', endsOn: '2027-05-01' }],
    ['blank title', { title: '   ' }],
    ['unknown type', { type: 'party' }],
  ])('database rejects %s', async (_case, change) => {
    const { partnership, employer } = await newPartnership(`TCHECK${Object.keys(change).join('')}`);
    const insert = database.db.insert(opportunities).values({
      ...opportunityInput(employer.id),
      partnershipId: partnership.id,
      ...(change as object),
    });

    await expect(insert).rejects.toThrow();
  });

  it('database rejects an event ending before it starts', async () => {
    const { partnership } = await newPartnership('TEVCHECK');
    const insert = database.db.insert(events).values({
      ...eventInput,
      partnershipId: partnership.id,
      endsAt: eventInput.startsAt,
    });

    await expect(insert).rejects.toThrow();
  });

  it('keeps one RSVP per person per event', async () => {
    const { partnership, person } = await newPartnership('TRSVP');
    const { id: eventId } = await createEvent(database.db, {
      partnershipId: partnership.id,
      createdBy: person.id,
      sourceKey: 'slack:view:VRSVP',
      now,
      event: eventInput,
    });

    await recordRsvp(database.db, {
      partnershipId: partnership.id,
      eventId,
      personId: person.id,
      status: 'going',
      now,
    });
    const changed = await recordRsvp(database.db, {
      partnershipId: partnership.id,
      eventId,
      personId: person.id,
      status: 'maybe',
      now,
    });

    const event = changed.outcome === 'recorded' ? changed.event : undefined;

    expect(event?.counts).toEqual({ going: 0, maybe: 1, notGoing: 0, waitlisted: 0 });
    expect(event?.myRsvp).toBe('maybe');
  });

  it('loses no RSVP from simultaneous clicks', async () => {
    const { partnership, person } = await newPartnership('TCONCUR');
    const { id: eventId } = await createEvent(database.db, {
      partnershipId: partnership.id,
      createdBy: person.id,
      sourceKey: 'slack:view:VCONCUR',
      now,
      event: eventInput,
    });
    const people = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        resolvePersonForSlackUser(database.db, {
          partnershipId: partnership.id,
          slackUserId: `UCLICK${index}`,
          displayName: async () => `Clicker ${index}`,
        }),
      ),
    );

    await Promise.all(
      people.flatMap((clicker, index) => [
        recordRsvp(database.db, {
          partnershipId: partnership.id,
          eventId,
          personId: clicker.id,
          status: 'maybe',
          now,
        }),
        recordRsvp(database.db, {
          partnershipId: partnership.id,
          eventId,
          personId: clicker.id,
          status: index % 2 === 0 ? 'going' : 'maybe',
          now,
        }),
      ]),
    );

    const counts = await countRsvps(database.db, eventId);
    expect(counts.going + counts.maybe).toBe(40);
  });

  /** Creates an event with the given capacity and end, and `count` people to click on it. */
  async function eventWithClickers(
    teamId: string,
    options: { capacity?: number; count: number; endsAt?: Date },
  ) {
    const { partnership, person } = await newPartnership(teamId);
    const { id: eventId } = await createEvent(database.db, {
      partnershipId: partnership.id,
      createdBy: person.id,
      sourceKey: `slack:view:V${teamId}`,
      now,
      event: {
        ...eventInput,
        capacity: options.capacity,
        ...(options.endsAt ? { startsAt: new Date(options.endsAt.getTime() - 3_600_000) } : {}),
        endsAt: options.endsAt ?? eventInput.endsAt,
      },
    });
    const clickers = await Promise.all(
      Array.from({ length: options.count }, (_, index) =>
        resolvePersonForSlackUser(database.db, {
          partnershipId: partnership.id,
          slackUserId: `U${teamId}${index}`,
          displayName: async () => `Clicker ${index}`,
        }),
      ),
    );
    const click = (personId: string, status: 'going' | 'maybe' | 'not_going') =>
      recordRsvp(database.db, { partnershipId: partnership.id, eventId, personId, status, now });

    return { eventId, clickers, click };
  }

  it('fills capacity under simultaneous clicks', async () => {
    const { eventId, clickers, click } = await eventWithClickers('TFULL', {
      capacity: 3,
      count: 10,
    });

    const results = await Promise.all(clickers.map((clicker) => click(clicker.id, 'going')));
    const stored = results.map((result) => (result.outcome === 'recorded' ? result.status : ''));
    const counts = await countRsvps(database.db, eventId);

    expect(counts.going).toBe(3);
    expect(stored.filter((status) => status === 'going')).toHaveLength(3);
    expect(stored.filter((status) => status === 'waitlisted')).toHaveLength(7);
  });

  it('accepts other RSVPs when full', async () => {
    const { eventId, clickers, click } = await eventWithClickers('TFULLOTHER', {
      capacity: 1,
      count: 3,
    });
    const [holder, waiting, declining] = clickers.map((clicker) => clicker.id);

    if (!holder || !waiting || !declining) throw new Error('missing clickers');

    expect((await click(holder, 'going')).outcome).toBe('recorded');
    expect((await click(waiting, 'going')).outcome).toBe('recorded');
    expect((await click(waiting, 'maybe')).outcome).toBe('recorded');
    expect((await click(declining, 'not_going')).outcome).toBe('recorded');
    expect((await click(holder, 'going')).outcome).toBe('recorded');
    expect(await countRsvps(database.db, eventId)).toEqual({
      going: 1,
      maybe: 1,
      notGoing: 1,
      waitlisted: 0,
    });
  });

  it('opens a place when someone stops going', async () => {
    const { clickers, click } = await eventWithClickers('TFULLFREE', { capacity: 1, count: 2 });
    const [first, second] = clickers.map((clicker) => clicker.id);

    if (!first || !second) throw new Error('missing clickers');

    await click(first, 'going');
    await click(first, 'not_going');

    expect((await click(second, 'going')).outcome).toBe('recorded');
  });

  it('reports the event of a waitlisted RSVP', async () => {
    const { clickers, click } = await eventWithClickers('TFULLINFO', { capacity: 1, count: 2 });
    const [first, second] = clickers.map((clicker) => clicker.id);

    if (!first || !second) throw new Error('missing clickers');

    await click(first, 'going');
    const result = await click(second, 'going');
    const event = result.outcome === 'recorded' ? result.event : undefined;

    expect(event?.capacity).toBe(1);
    expect(event?.myRsvp).toBe('waitlisted');
  });

  it('rejects an RSVP to an ended event', async () => {
    const { eventId, clickers, click } = await eventWithClickers('TENDED', {
      count: 1,
      endsAt: new Date(now.getTime() - 60_000),
    });
    const [clicker] = clickers;

    if (!clicker) throw new Error('missing clicker');

    expect((await click(clicker.id, 'maybe')).outcome).toBe('ended');
    expect(await countRsvps(database.db, eventId)).toEqual({
      going: 0,
      maybe: 0,
      notGoing: 0,
      waitlisted: 0,
    });
  });

  it('ignores an RSVP to an unknown event', async () => {
    const { partnership, person } = await newPartnership('TUNKNOWN');

    for (const eventId of ['not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
      const result = await recordRsvp(database.db, {
        partnershipId: partnership.id,
        eventId,
        personId: person.id,
        status: 'going',
        now,
      });
      expect(result).toEqual({ outcome: 'not_found' });
    }
  });

  it('lists upcoming events with my RSVP', async () => {
    const { partnership, person } = await newPartnership('TLIST');
    const { id: eventId } = await createEvent(database.db, {
      partnershipId: partnership.id,
      createdBy: person.id,
      sourceKey: 'slack:view:VLIST',
      now,
      event: eventInput,
    });
    await createEvent(database.db, {
      partnershipId: partnership.id,
      createdBy: person.id,
      sourceKey: 'slack:view:VPAST',
      now,
      event: {
        ...eventInput,
        title: 'Past',
        startsAt: new Date('2026-01-01T15:00:00Z'),
        endsAt: new Date('2026-01-01T16:00:00Z'),
      },
    });
    await recordRsvp(database.db, {
      partnershipId: partnership.id,
      eventId,
      personId: person.id,
      status: 'going',
      now,
    });

    const upcoming = await listUpcomingEvents(database.db, {
      partnershipId: partnership.id,
      personId: person.id,
      now,
      limit: 10,
    });

    expect(upcoming.map((event) => event.title)).toEqual(['Spring showcase']);
    expect(upcoming[0]?.myRsvp).toBe('going');
    expect(upcoming[0]?.counts.going).toBe(1);
  });

  it('round-trips instants whatever the time zones', async () => {
    const { partnership, person } = await newPartnership('TZONE');
    const previousZone = process.env.TZ;
    await database.db.execute(sql`set time zone 'Pacific/Chatham'`);
    process.env.TZ = 'Asia/Kolkata';

    try {
      const { id } = await createEvent(database.db, {
        partnershipId: partnership.id,
        createdBy: person.id,
        sourceKey: 'slack:view:VZONE',
        now,
        event: eventInput,
      });
      process.env.TZ = 'America/Los_Angeles';
      const stored = await getEvent(database.db, { partnershipId: partnership.id, eventId: id });
      const [raw] = rowsOf<{ utc: string }>(
        await database.db.execute(
          sql`select to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') as utc from events where id = ${id}`,
        ),
      );

      expect(stored?.startsAt.toISOString()).toBe('2027-03-02T21:30:00.000Z');
      expect(stored?.endsAt.toISOString()).toBe('2027-03-03T00:30:00.000Z');
      expect(raw?.utc).toBe('2027-03-02T21:30:00');
    } finally {
      process.env.TZ = previousZone;
      await database.db.execute(sql`set time zone 'UTC'`);
    }
  });
});
