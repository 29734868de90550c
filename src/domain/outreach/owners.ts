import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { people } from '../../db/schema/index.js';

/** Returns the id of the partnership's person with a Slack user id, or undefined. */
export async function findPersonIdBySlackUser(
  db: Database,
  query: { partnershipId: string; slackUserId: string },
): Promise<string | undefined> {
  const [person] = await db
    .select({ id: people.id })
    .from(people)
    .where(
      and(eq(people.partnershipId, query.partnershipId), eq(people.slackUserId, query.slackUserId)),
    );

  return person?.id;
}
