import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, rsvps } from '../../src/db/schema/index.js';
import { checkInPeople } from '../../src/domain/event-checkin.js';
import { countRsvps, createEvent, recordRsvp } from '../../src/domain/events.js';
import type { Person } from '../../src/domain/partnerships.js';
import {
  resolvePartnershipForSlackTeam,
  resolvePersonForSlackUser,
} from '../../src/domain/partnerships.js';
import type { TestDatabase } from '../support/database.js';
import { createTestDatabase, drivers } from '../support/database.js';

const now = new Date('2027-01-11T15:00:00Z');

describe.each(drivers)('event waitlist on %s', (driver) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });

  afterAll(async () => {
    await database.close();
  });

  /** Creates an event of `capacity` and `count` people, named by their index. */
  async function eventWithPeople(teamId: string, capacity: number, count: number) {
    const partnership = await resolvePartnershipForSlackTeam(database.db, { teamId });
    const clickers: Person[] = [];

    for (let index = 0; index < count; index += 1) {
      clickers.push(
        await resolvePersonForSlackUser(database.db, {
          partnershipId: partnership.id,
          slackUserId: `U${teamId}${index}`,
          displayName: async () => `Person ${index}`,
        }),
      );
    }

    const { id: eventId } = await createEvent(database.db, {
      partnershipId: partnership.id,
      createdBy: clickers[0]?.id ?? '',
      sourceKey: `test:${teamId}`,
      now,
      event: {
        title: 'Showcase',
        kind: 'wbl_showcase',
        startsAt: new Date('2027-02-10T15:00:00Z'),
        endsAt: new Date('2027-02-10T18:00:00Z'),
        capacity,
        channelId: 'C1',
      },
    });
    const click = (index: number, status: 'going' | 'maybe' | 'not_going') =>
      recordRsvp(database.db, {
        partnershipId: partnership.id,
        eventId,
        personId: clickers[index]?.id ?? '',
        status,
        now,
      });

    return { partnership, eventId, clickers, click };
  }

  it('promotes exactly as many as cancel, in order', async () => {
    const { eventId, clickers, click } = await eventWithPeople('TWAIT', 3, 8);

    // Three Going, then five waitlisted in the order 3, 4, 5, 6, 7.
    for (let index = 0; index < 8; index += 1) await click(index, 'going');

    const results = await Promise.all([
      click(0, 'not_going'),
      click(1, 'maybe'),
      click(2, 'not_going'),
    ]);
    const promoted = results.flatMap((result) =>
      result.outcome === 'recorded' ? result.promoted.map((person) => person.personId) : [],
    );
    const counts = await countRsvps(database.db, eventId);
    const expected = [3, 4, 5].map((index) => clickers[index]?.id);

    expect(promoted).toHaveLength(3);
    expect(new Set(promoted)).toEqual(new Set(expected));
    expect(counts.going).toBe(3);
    expect(counts.waitlisted).toBe(2);
  });

  it('keeps the rest of the waitlist in order', async () => {
    const { clickers, click } = await eventWithPeople('TWAITNEXT', 1, 4);

    for (let index = 0; index < 4; index += 1) await click(index, 'going');

    const third = await click(3, 'going');
    const freed = await click(0, 'maybe');
    const promoted = freed.outcome === 'recorded' ? freed.promoted : [];
    const thirdNow = await click(3, 'going');

    expect(third.outcome).toBe('recorded');
    expect(third.outcome === 'recorded' ? third.waitlistPosition : undefined).toBe(3);
    expect(promoted.map((person) => person.personId)).toEqual([clickers[1]?.id]);
    expect(thirdNow.outcome).toBe('recorded');
    expect(thirdNow.outcome === 'recorded' ? thirdNow.waitlistPosition : undefined).toBe(2);
  });

  it('never passes capacity under concurrent clicks', async () => {
    const { eventId, click } = await eventWithPeople('TWAITRACE', 2, 10);

    await Promise.all(Array.from({ length: 10 }, (_, index) => click(index, 'going')));
    await Promise.all([
      click(0, 'maybe'),
      click(1, 'maybe'),
      click(2, 'maybe'),
      click(3, 'going'),
      click(4, 'not_going'),
    ]);
    const counts = await countRsvps(database.db, eventId);

    expect(counts.going).toBe(2);
    expect(counts.going + counts.waitlisted + counts.maybe + counts.notGoing).toBe(10);
  });

  it('audits each RSVP change and promotion', async () => {
    const { partnership, click } = await eventWithPeople('TWAITAUDIT', 1, 2);

    await click(0, 'going');
    await click(1, 'going');
    await click(0, 'not_going');

    const audited = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.partnershipId, partnership.id), eq(auditLog.entityType, 'rsvp')));

    expect(audited.map((row) => row.channel).sort()).toEqual([
      'slack',
      'slack',
      'slack',
      'waitlist',
    ]);
  });

  it('records a walk-in as Going past capacity', async () => {
    const { partnership, eventId, clickers, click } = await eventWithPeople('TWALKIN', 1, 3);

    await click(0, 'going');
    await click(1, 'going');

    const result = await checkInPeople(database.db, {
      partnershipId: partnership.id,
      eventId,
      actorPersonId: clickers[0]?.id ?? '',
      personIds: [clickers[0]?.id ?? '', clickers[1]?.id ?? '', clickers[2]?.id ?? ''],
      now,
    });
    const again = await checkInPeople(database.db, {
      partnershipId: partnership.id,
      eventId,
      actorPersonId: clickers[0]?.id ?? '',
      personIds: [clickers[0]?.id ?? ''],
      now,
    });
    const stored = await database.db.select().from(rsvps).where(eq(rsvps.eventId, eventId));

    expect(result).toEqual({ checkedIn: 1, walkIns: 2, already: 0 });
    expect(again).toEqual({ checkedIn: 0, walkIns: 0, already: 1 });
    expect(stored.every((row) => row.status === 'going' && row.checkedInAt)).toBe(true);
  });
});
