import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import {
  organizations,
  people,
  planTasks,
  programs,
  roleRequests,
  successStories,
  wblRequests,
} from '../../db/schema/index.js';
import { personRef, toListed, totalRows } from './listed.js';
import type { Listed, OpenRequest, PendingDecisions } from './types.js';
import { DIGEST_LIST_MAX } from './types.js';

const campuses = alias(organizations, 'request_campus');

/** Reads requests that no employer has accepted yet, soonest needed first. */
export async function readOpenRequests(
  db: Database,
  partnershipId: string,
): Promise<Listed<OpenRequest>> {
  const rows = await db
    .select({
      id: wblRequests.id,
      kind: wblRequests.kind,
      status: sql<'open' | 'sent'>`${wblRequests.status}`,
      programName: programs.name,
      campusName: campuses.name,
      districtId: sql<string>`coalesce(${campuses.parentId}, ${campuses.id})`,
      careerCluster: programs.careerCluster,
      groupSize: wblRequests.groupSize,
      neededBy: wblRequests.neededBy,
      total: totalRows,
    })
    .from(wblRequests)
    .innerJoin(programs, eq(programs.id, wblRequests.programId))
    .innerJoin(campuses, eq(campuses.id, programs.campusId))
    .where(
      and(
        eq(wblRequests.partnershipId, partnershipId),
        inArray(wblRequests.status, ['open', 'sent']),
      ),
    )
    .orderBy(sql`${wblRequests.neededBy} asc nulls last`, asc(wblRequests.createdAt))
    .limit(DIGEST_LIST_MAX);

  return toListed(rows, ({ total: _total, ...row }) => row);
}

const requesters = alias(people, 'role_requester');
const requestedOrganizations = alias(organizations, 'role_organization');

/** Reads what waits for a convener: role requests, stories to approve and blocked tasks. */
export async function readPendingDecisions(
  db: Database,
  partnershipId: string,
): Promise<PendingDecisions> {
  const [roleRows, storyRows, taskRows] = await Promise.all([
    db
      .select({
        id: roleRequests.id,
        personName: requesters.displayName,
        organizationName: requestedOrganizations.name,
        role: roleRequests.requestedRole,
        total: totalRows,
      })
      .from(roleRequests)
      .innerJoin(requesters, eq(requesters.id, roleRequests.personId))
      .innerJoin(requestedOrganizations, eq(requestedOrganizations.id, roleRequests.organizationId))
      .where(and(eq(roleRequests.partnershipId, partnershipId), eq(roleRequests.status, 'pending')))
      .orderBy(asc(roleRequests.createdAt), asc(roleRequests.id))
      .limit(DIGEST_LIST_MAX),
    db
      .select({ id: successStories.id, title: successStories.title, total: totalRows })
      .from(successStories)
      .where(
        and(eq(successStories.partnershipId, partnershipId), eq(successStories.status, 'pending')),
      )
      .orderBy(asc(successStories.createdAt), asc(successStories.id))
      .limit(DIGEST_LIST_MAX),
    db
      .select({
        id: planTasks.id,
        title: planTasks.title,
        personId: people.id,
        personName: people.displayName,
        personSlackUserId: people.slackUserId,
        total: totalRows,
      })
      .from(planTasks)
      .leftJoin(people, eq(people.id, planTasks.ownerPersonId))
      .where(and(eq(planTasks.partnershipId, partnershipId), eq(planTasks.status, 'blocked')))
      .orderBy(asc(planTasks.position), asc(planTasks.id))
      .limit(DIGEST_LIST_MAX),
  ]);

  return {
    roleRequests: toListed(roleRows, ({ total: _total, ...row }) => row),
    stories: toListed(storyRows, ({ total: _total, ...row }) => row),
    blockedTasks: toListed(taskRows, (row) => ({
      id: row.id,
      title: row.title,
      owner: personRef(row),
    })),
  };
}
