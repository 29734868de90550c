import { and, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { organizations, people, requestOffers, wblRequests } from '../db/schema/index.js';
import type { AccessActor } from './access.js';
import { recordChange } from './audit.js';
import { createDonationForRequest } from './donations.js';
import { isUuid } from './record-owners.js';
import { mayAnswerOffer, maySendRequest } from './request-access.js';
import type { RequestSummary } from './wbl-requests.js';
import { getRequest } from './wbl-requests.js';

/** A person of an employer, with the ways to reach them. */
export interface EmployerContact {
  name: string;
  slackUserId: string | null;
  email: string | null;
  phone: string | null;
}

export type SendOutcome =
  | { outcome: 'not_found' }
  | { outcome: 'not_allowed'; reason: string }
  | { outcome: 'closed'; request: RequestSummary }
  | { outcome: 'already_sent'; request: RequestSummary; employerName: string }
  | {
      outcome: 'sent';
      offerId: string;
      request: RequestSummary;
      employerName: string;
      contacts: EmployerContact[];
    };

/**
 * Sends a request to an employer: stores the offer (one per request and employer), marks an
 * open request as sent and records both changes. Only the requester or the convener may send,
 * and only while the request is open, sent or accepted.
 */
export async function sendRequest(
  db: Database,
  input: {
    partnershipId: string;
    actor: AccessActor;
    requestId: string;
    employerId: string;
    now: Date;
  },
): Promise<SendOutcome> {
  const { partnershipId, actor, now } = input;
  const request = await getRequest(db, { partnershipId, requestId: input.requestId });
  const employer = await findEmployer(db, { partnershipId, employerId: input.employerId });

  if (!request || !employer) return { outcome: 'not_found' };

  const decision = maySendRequest(actor, request);

  if (!decision.allowed) return { outcome: 'not_allowed', reason: decision.reason };
  if (request.status === 'fulfilled' || request.status === 'cancelled') {
    return { outcome: 'closed', request };
  }

  const offerId = await db.transaction(async (tx) => {
    const [offer] = await tx
      .insert(requestOffers)
      .values({
        requestId: request.id,
        employerId: employer.id,
        sentBy: actor.personId,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning();

    if (!offer) return undefined;

    await recordChange(tx, {
      partnershipId,
      actorPersonId: actor.personId,
      channel: 'slack',
      action: 'create',
      entityType: 'request_offer',
      entityId: offer.id,
      before: null,
      after: offer,
    });
    await markRequest(tx, {
      partnershipId,
      actor,
      requestId: request.id,
      from: ['open'],
      to: 'sent',
      now,
    });

    return offer.id;
  });

  if (!offerId) return { outcome: 'already_sent', request, employerName: employer.name };

  const contacts = await listEmployerContacts(db, { partnershipId, employerId: employer.id });

  return { outcome: 'sent', offerId, request, employerName: employer.name, contacts };
}

export type AnswerOutcome =
  | { outcome: 'not_found' }
  | { outcome: 'not_allowed'; reason: string }
  | { outcome: 'already_answered'; offer: AnsweredOffer; request: RequestSummary }
  | {
      outcome: 'answered';
      offer: AnsweredOffer;
      request: RequestSummary;
      /** The employer that accepted the request through another offer before this one, or null. */
      acceptedEarlierBy: string | null;
      donationId: string | null;
    };

export interface AnsweredOffer {
  id: string;
  employerId: string;
  employerName: string;
  status: 'pending' | 'accepted' | 'declined';
  respondedByName: string | null;
  respondedAt: Date | null;
}

/**
 * Records an employer's answer to a request. Only the employer's staff or the convener may
 * answer, and only once. The first acceptance marks the request accepted, and an accepted
 * equipment request creates the donation record. Later answers to other offers are still
 * recorded and report who accepted first.
 */
export async function answerOffer(
  db: Database,
  input: {
    partnershipId: string;
    actor: AccessActor;
    offerId: string;
    answer: 'accepted' | 'declined';
    now: Date;
  },
): Promise<AnswerOutcome> {
  const { partnershipId, actor, now } = input;

  const result = await db.transaction(async (tx): Promise<AnswerOutcome> => {
    const offer = await lockOffer(tx, { partnershipId, offerId: input.offerId });

    if (!offer) return { outcome: 'not_found' };

    const decision = mayAnswerOffer(actor, offer);

    if (!decision.allowed) return { outcome: 'not_allowed', reason: decision.reason };

    const request = await getRequest(tx, { partnershipId, requestId: offer.requestId });

    if (!request) return { outcome: 'not_found' };
    if (offer.status !== 'pending') {
      return { outcome: 'already_answered', offer: await describeOffer(tx, offer.id), request };
    }

    // Answers to the request's other offers wait here, so only one of them can be the first.
    await tx
      .select({ id: wblRequests.id })
      .from(wblRequests)
      .where(eq(wblRequests.id, request.id))
      .for('update');

    const acceptedEarlierBy = await findAcceptingEmployer(tx, {
      requestId: request.id,
      offerId: offer.id,
    });
    const [after] = await tx
      .update(requestOffers)
      .set({ status: input.answer, respondedBy: actor.personId, respondedAt: now })
      .where(eq(requestOffers.id, offer.id))
      .returning();

    await recordChange(tx, {
      partnershipId,
      actorPersonId: actor.personId,
      channel: 'slack',
      action: 'update',
      entityType: 'request_offer',
      entityId: offer.id,
      before: offer.row,
      after: after ?? null,
    });

    let donationId: string | null = null;

    if (input.answer === 'accepted') {
      await markRequest(tx, {
        partnershipId,
        actor,
        requestId: request.id,
        from: ['open', 'sent'],
        to: 'accepted',
        now,
      });

      if (request.kind === 'equipment') {
        donationId = await createDonationForRequest(tx, {
          partnershipId,
          actor,
          request,
          employerId: offer.employerId,
          now,
        });
      }
    }

    const current = await getRequest(tx, { partnershipId, requestId: request.id });

    return {
      outcome: 'answered',
      offer: await describeOffer(tx, offer.id),
      request: current ?? request,
      acceptedEarlierBy,
      donationId,
    };
  });

  return result;
}

/** Reads an offer of the partnership and locks it, so that two clicks cannot both apply. */
async function lockOffer(db: Database, query: { partnershipId: string; offerId: string }) {
  if (!isUuid(query.offerId)) return undefined;

  const [row] = await db
    .select({ offer: requestOffers, employerName: organizations.name })
    .from(requestOffers)
    .innerJoin(wblRequests, eq(wblRequests.id, requestOffers.requestId))
    .innerJoin(organizations, eq(organizations.id, requestOffers.employerId))
    .where(
      and(eq(requestOffers.id, query.offerId), eq(wblRequests.partnershipId, query.partnershipId)),
    )
    .for('update', { of: requestOffers });

  if (!row) return undefined;

  return { ...row.offer, employerName: row.employerName, row: row.offer };
}

async function describeOffer(db: Database, offerId: string): Promise<AnsweredOffer> {
  const [row] = await db
    .select({
      id: requestOffers.id,
      employerId: requestOffers.employerId,
      employerName: organizations.name,
      status: requestOffers.status,
      respondedByName: people.displayName,
      respondedAt: requestOffers.respondedAt,
    })
    .from(requestOffers)
    .innerJoin(organizations, eq(organizations.id, requestOffers.employerId))
    .leftJoin(people, eq(people.id, requestOffers.respondedBy))
    .where(eq(requestOffers.id, offerId));

  if (!row) throw new Error(`Request offer ${offerId} vanished`);

  return row;
}

/** Returns the name of an employer that already accepted the request through another offer. */
async function findAcceptingEmployer(
  db: Database,
  query: { requestId: string; offerId: string },
): Promise<string | null> {
  const [row] = await db
    .select({ name: organizations.name })
    .from(requestOffers)
    .innerJoin(organizations, eq(organizations.id, requestOffers.employerId))
    .where(
      and(
        eq(requestOffers.requestId, query.requestId),
        ne(requestOffers.id, query.offerId),
        eq(requestOffers.status, 'accepted'),
      ),
    )
    .orderBy(requestOffers.respondedAt)
    .limit(1);

  return row?.name ?? null;
}

/** Moves a request to a status when it has one of the `from` statuses, and records the change. */
async function markRequest(
  db: Database,
  change: {
    partnershipId: string;
    actor: AccessActor;
    requestId: string;
    from: Array<'open' | 'sent'>;
    to: 'sent' | 'accepted';
    now: Date;
  },
): Promise<void> {
  const [before] = await db
    .select({ status: wblRequests.status })
    .from(wblRequests)
    .where(and(eq(wblRequests.id, change.requestId), inArray(wblRequests.status, change.from)))
    .for('update');

  if (!before) return;

  const [after] = await db
    .update(wblRequests)
    .set({ status: change.to, updatedAt: change.now })
    .where(eq(wblRequests.id, change.requestId))
    .returning({ status: wblRequests.status });

  await recordChange(db, {
    partnershipId: change.partnershipId,
    actorPersonId: change.actor.personId,
    channel: 'slack',
    action: 'update',
    entityType: 'wbl_request',
    entityId: change.requestId,
    before: { status: before.status },
    after: { status: after?.status ?? change.to },
  });
}

async function findEmployer(db: Database, query: { partnershipId: string; employerId: string }) {
  if (!isUuid(query.employerId)) return undefined;

  const [employer] = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(
      and(
        eq(organizations.id, query.employerId),
        eq(organizations.partnershipId, query.partnershipId),
        eq(organizations.kind, 'employer'),
      ),
    );

  return employer;
}

/** Lists the people of an employer, those on Slack first, then by name. */
export async function listEmployerContacts(
  db: Database,
  query: { partnershipId: string; employerId: string },
): Promise<EmployerContact[]> {
  return db
    .select({
      name: people.displayName,
      slackUserId: people.slackUserId,
      email: people.email,
      phone: people.phone,
    })
    .from(people)
    .where(
      and(
        eq(people.partnershipId, query.partnershipId),
        eq(people.organizationId, query.employerId),
      ),
    )
    .orderBy(sql`${isNotNull(people.slackUserId)} desc`, sql`lower(${people.displayName})`);
}
