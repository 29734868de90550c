import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import type { WblRequestKind } from '../db/schema/index.js';
import { organizations, people, programs, requestOffers, wblRequests } from '../db/schema/index.js';
import type { AccessActor } from './access.js';
import { recordChange } from './audit.js';
import { ValidationError } from './errors.js';
import { isUuid } from './record-owners.js';
import { mayRequestForProgram } from './request-access.js';
import type { RequestInput } from './request-form.js';
import { findRequestProgram } from './request-programs.js';

export type WblRequestStatus = (typeof wblRequests.$inferSelect)['status'];

/** A request with its program and requester, as messages show it. */
export interface RequestSummary {
  id: string;
  kind: WblRequestKind;
  details: string;
  groupSize: number | null;
  neededBy: string | null;
  status: WblRequestStatus;
  programId: string;
  programName: string;
  campusName: string;
  careerCluster: string;
  requesterPersonId: string | null;
  requesterName: string | null;
  requesterSlackUserId: string | null;
  createdAt: Date;
}

/** An employer a request was sent to, and its answer. */
export interface OfferSummary {
  id: string;
  requestId: string;
  employerId: string;
  employerName: string;
  status: 'pending' | 'accepted' | 'declined';
}

/** Requests still in play: not yet fulfilled or cancelled. */
const openStatuses: WblRequestStatus[] = ['open', 'sent', 'accepted'];

/**
 * Stores a request for a program, if the actor may request for that program, and records it in
 * the audit log. `sourceKey` identifies the submission, so a retried one returns the first row.
 * A refusal is a ValidationError on the program field.
 */
export async function createRequest(
  db: Database,
  input: {
    partnershipId: string;
    actor: AccessActor;
    sourceKey: string;
    request: RequestInput;
    now: Date;
  },
): Promise<{ id: string; created: boolean }> {
  const { partnershipId, request } = input;

  return db.transaction(async (tx) => {
    const program = await findRequestProgram(tx, { partnershipId, programId: request.programId });

    if (!program) {
      throw new ValidationError({
        programId: 'That program is not in this partnership; choose another.',
      });
    }

    const decision = mayRequestForProgram(input.actor, program);

    if (!decision.allowed) throw new ValidationError({ programId: decision.reason });

    const [inserted] = await tx
      .insert(wblRequests)
      .values({
        partnershipId,
        requesterPersonId: input.actor.personId,
        programId: program.id,
        kind: request.kind,
        details: request.details,
        groupSize: request.groupSize ?? null,
        neededBy: request.neededBy ?? null,
        sourceKey: input.sourceKey,
        createdAt: input.now,
        updatedAt: input.now,
      })
      .onConflictDoNothing({ target: wblRequests.sourceKey })
      .returning();

    if (inserted) {
      await recordChange(tx, {
        partnershipId,
        actorPersonId: input.actor.personId,
        channel: 'slack',
        action: 'create',
        entityType: 'wbl_request',
        entityId: inserted.id,
        before: null,
        after: inserted,
      });

      return { id: inserted.id, created: true };
    }

    const [existing] = await tx
      .select({ id: wblRequests.id })
      .from(wblRequests)
      .where(eq(wblRequests.sourceKey, input.sourceKey));

    if (!existing) throw new Error(`Request with source key ${input.sourceKey} vanished`);

    return { id: existing.id, created: false };
  });
}

function selectRequests(db: Database) {
  return db
    .select({
      id: wblRequests.id,
      kind: wblRequests.kind,
      details: wblRequests.details,
      groupSize: wblRequests.groupSize,
      neededBy: wblRequests.neededBy,
      status: wblRequests.status,
      programId: wblRequests.programId,
      programName: programs.name,
      campusName: organizations.name,
      careerCluster: programs.careerCluster,
      requesterPersonId: wblRequests.requesterPersonId,
      requesterName: people.displayName,
      requesterSlackUserId: people.slackUserId,
      createdAt: wblRequests.createdAt,
    })
    .from(wblRequests)
    .innerJoin(programs, eq(programs.id, wblRequests.programId))
    .innerJoin(organizations, eq(organizations.id, programs.campusId))
    .leftJoin(people, eq(people.id, wblRequests.requesterPersonId));
}

/** Returns one request of a partnership, or undefined. */
export async function getRequest(
  db: Database,
  query: { partnershipId: string; requestId: string },
): Promise<RequestSummary | undefined> {
  if (!isUuid(query.requestId)) return undefined;

  const [row] = await selectRequests(db).where(
    and(eq(wblRequests.partnershipId, query.partnershipId), eq(wblRequests.id, query.requestId)),
  );

  return row;
}

/** Lists the employers each request was sent to, in the order they were sent. */
export async function listOffers(
  db: Database,
  query: { requestIds: string[] },
): Promise<OfferSummary[]> {
  if (query.requestIds.length === 0) return [];

  return db
    .select({
      id: requestOffers.id,
      requestId: requestOffers.requestId,
      employerId: requestOffers.employerId,
      employerName: organizations.name,
      status: requestOffers.status,
    })
    .from(requestOffers)
    .innerJoin(organizations, eq(organizations.id, requestOffers.employerId))
    .where(inArray(requestOffers.requestId, query.requestIds))
    .orderBy(requestOffers.createdAt, requestOffers.id);
}

/**
 * Lists the partnership's requests that are open, sent or accepted, newest first, each with the
 * employers it was sent to.
 */
export async function listOpenRequests(
  db: Database,
  query: { partnershipId: string; limit: number; offset: number },
): Promise<Array<RequestSummary & { offers: OfferSummary[] }>> {
  const requests = await selectRequests(db)
    .where(
      and(
        eq(wblRequests.partnershipId, query.partnershipId),
        inArray(wblRequests.status, openStatuses),
      ),
    )
    .orderBy(desc(wblRequests.createdAt), desc(wblRequests.id))
    .limit(query.limit)
    .offset(query.offset);
  const offers = await listOffers(db, { requestIds: requests.map((request) => request.id) });

  return requests.map((request) => ({
    ...request,
    offers: offers.filter((offer) => offer.requestId === request.id),
  }));
}
