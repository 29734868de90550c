import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  resolvePartnershipForSlackTeam,
  resolvePersonForSlackUser,
} from '../../src/domain/partnerships.js';
import type { TestDatabase } from '../support/database.js';
import { createTestDatabase, drivers } from '../support/database.js';

describe.each(drivers)('people on %s', (driver) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });

  afterAll(async () => {
    await database.close();
  });

  it('makes one convener when people arrive together', async () => {
    const partnership = await resolvePartnershipForSlackTeam(database.db, { teamId: 'TTOGETHER' });
    const arrivals = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        resolvePersonForSlackUser(database.db, {
          partnershipId: partnership.id,
          slackUserId: `UARRIVE${index}`,
          displayName: async () => `Arrival ${index}`,
        }),
      ),
    );
    const conveners = arrivals.filter((person) => person.role === 'convener');

    expect(conveners).toHaveLength(1);
    expect(arrivals.filter((person) => person.role === 'viewer')).toHaveLength(7);
  });

  it('adds a returning person once', async () => {
    const partnership = await resolvePartnershipForSlackTeam(database.db, { teamId: 'TRETURN' });
    const input = {
      partnershipId: partnership.id,
      slackUserId: 'URETURN',
      displayName: async () => 'Returning Person',
    };

    const [first, second] = await Promise.all([
      resolvePersonForSlackUser(database.db, input),
      resolvePersonForSlackUser(database.db, input),
    ]);

    expect(first.id).toBe(second.id);
  });
});
