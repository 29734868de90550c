import { and, count, eq, sql, TransactionRollbackError } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import type { PersonRole } from '../db/schema/index.js';
import { partnerships, people, slackTeams } from '../db/schema/index.js';
import { recordChange } from './audit.js';
import { loadPlanTemplate } from './plan.js';

export interface Partnership {
  id: string;
  name: string;
  timeZone: string;
}

export interface Person {
  id: string;
  partnershipId: string;
  displayName: string;
  role: PersonRole;
  organizationId: string | null;
}

/**
 * Returns the partnership linked to a Slack workspace, creating both on the workspace's first
 * request so that its first command works. A new partnership starts with the framework's plan.
 */
export async function resolvePartnershipForSlackTeam(
  db: Database,
  team: { teamId: string; teamName?: string | undefined },
): Promise<Partnership> {
  const existing = await findPartnershipBySlackTeam(db, team.teamId);

  if (existing) return existing;

  await db
    .transaction(async (tx) => {
      const [created] = await tx
        .insert(partnerships)
        .values({ name: team.teamName?.trim() || `Slack workspace ${team.teamId}` })
        .returning({ id: partnerships.id });

      if (!created) throw new Error('Inserting a partnership returned no row');

      // A workspace whose first requests race here links once; the loser's partnership rolls back.
      const linked = await tx
        .insert(slackTeams)
        .values({ teamId: team.teamId, partnershipId: created.id, teamName: team.teamName })
        .onConflictDoNothing()
        .returning({ teamId: slackTeams.teamId });

      if (linked.length === 0) tx.rollback();

      await loadPlanTemplate(tx, { partnershipId: created.id, actorPersonId: null });
    })
    .catch((error: unknown) => {
      if (!isRollback(error)) throw error;
    });

  const partnership = await findPartnershipBySlackTeam(db, team.teamId);

  if (!partnership) throw new Error(`Slack team ${team.teamId} has no partnership after linking`);

  return partnership;
}

async function findPartnershipBySlackTeam(db: Database, teamId: string) {
  const [row] = await db
    .select({ id: partnerships.id, name: partnerships.name, timeZone: partnerships.timeZone })
    .from(slackTeams)
    .innerJoin(partnerships, eq(partnerships.id, slackTeams.partnershipId))
    .where(eq(slackTeams.teamId, teamId));

  return row;
}

function isRollback(error: unknown): boolean {
  return error instanceof TransactionRollbackError;
}

/**
 * Returns the person behind a Slack user in a partnership, adding them on first sight. The first
 * person of a partnership becomes its convener; everyone after starts as a viewer.
 */
export async function resolvePersonForSlackUser(
  db: Database,
  input: {
    partnershipId: string;
    slackUserId: string;
    /** Looked up only when the person is new. */
    displayName: () => Promise<string>;
  },
): Promise<Person> {
  const found = await findPersonBySlackUser(db, input.partnershipId, input.slackUserId);

  if (found) return found;

  // Looked up outside the transaction, because it may call Slack.
  const displayName = await input.displayName();

  await db.transaction(async (tx) => {
    // People who arrive together take turns here, so only the very first becomes convener.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${input.partnershipId}))`);

    const [existingCount] = await tx
      .select({ value: count() })
      .from(people)
      .where(eq(people.partnershipId, input.partnershipId));
    const role: PersonRole = (existingCount?.value ?? 0) === 0 ? 'convener' : 'viewer';

    const [added] = await tx
      .insert(people)
      .values({
        partnershipId: input.partnershipId,
        slackUserId: input.slackUserId,
        displayName,
        role,
      })
      .onConflictDoNothing()
      .returning();

    if (added) {
      await recordChange(tx, {
        partnershipId: input.partnershipId,
        actorPersonId: added.id,
        channel: 'slack',
        action: 'create',
        entityType: 'person',
        entityId: added.id,
        before: null,
        after: added,
      });
    }
  });

  const person = await findPersonBySlackUser(db, input.partnershipId, input.slackUserId);

  if (!person) throw new Error(`Slack user ${input.slackUserId} has no person after insert`);

  return person;
}

async function findPersonBySlackUser(db: Database, partnershipId: string, slackUserId: string) {
  const [row] = await db
    .select({
      id: people.id,
      partnershipId: people.partnershipId,
      displayName: people.displayName,
      role: people.role,
      organizationId: people.organizationId,
    })
    .from(people)
    .where(and(eq(people.partnershipId, partnershipId), eq(people.slackUserId, slackUserId)));

  return row;
}

/** Returns a partnership by id. */
export async function getPartnership(
  db: Database,
  partnershipId: string,
): Promise<Partnership | undefined> {
  const [row] = await db
    .select({ id: partnerships.id, name: partnerships.name, timeZone: partnerships.timeZone })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId));

  return row;
}
