import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganizationKind, PersonRole } from '../../src/db/schema/index.js';
import {
  auditLog,
  organizations,
  partnerships,
  people,
  roleRequests,
} from '../../src/db/schema/index.js';
import { ValidationError } from '../../src/domain/errors.js';
import { searchOrganizations } from '../../src/domain/organization-search.js';
import type { RequestableRole } from '../../src/domain/roles.js';
import {
  approveRoleRequest,
  getMembership,
  listConveners,
  listPendingRoleRequests,
  rejectRoleRequest,
  requestRole,
} from '../../src/domain/roles.js';
import type { TestDatabase } from '../support/database.js';
import { createTestDatabase, drivers } from '../support/database.js';

const now = new Date('2027-01-11T15:00:00Z');
let joins = 0;

describe.each(drivers)('role requests on %s', (driver) => {
  let database: TestDatabase;
  let partnershipId: string;
  let otherPartnershipId: string;
  let convenerId: string;
  let secondConvenerId: string;
  let otherConvenerId: string;
  let educatorId: string;
  const orgs: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    partnershipId = await addPartnership('Gulf Bend');
    otherPartnershipId = await addPartnership('Elsewhere');

    for (const [name, kind] of [
      ['Gulf Bend Workforce Solutions', 'workforce_board'],
      ['Coastline Welding', 'employer'],
      ['Harbor Point Refining', 'employer'],
      ['Port Alder ISD', 'school_district'],
      ['Port Alder Chamber', 'chamber'],
      ['100% Tooling', 'employer'],
      ['A_B Logistics', 'employer'],
      ['AxB Logistics', 'employer'],
    ] as const) {
      orgs[name] = await addOrganization(partnershipId, name, kind);
    }

    orgs.Elsewhere = await addOrganization(otherPartnershipId, 'Elsewhere Employer', 'employer');
    convenerId = await addPerson(partnershipId, 'Dana Reyes', 'convener');
    secondConvenerId = await addPerson(partnershipId, 'Lee Park', 'convener');
    educatorId = await addPerson(partnershipId, 'Sam Ortiz', 'educator');
    otherConvenerId = await addPerson(otherPartnershipId, 'Other Convener', 'convener');
  });

  afterAll(async () => {
    await database?.close();
  });

  async function addPartnership(name: string): Promise<string> {
    const [row] = await database.db.insert(partnerships).values({ name }).returning();

    return row?.id ?? '';
  }

  async function addOrganization(
    partnership: string,
    name: string,
    kind: OrganizationKind,
  ): Promise<string> {
    const [row] = await database.db
      .insert(organizations)
      .values({ partnershipId: partnership, name, kind })
      .returning();

    return row?.id ?? '';
  }

  async function addPerson(partnership: string, name: string, role: PersonRole = 'viewer') {
    const [row] = await database.db
      .insert(people)
      .values({ partnershipId: partnership, displayName: name, role, slackUserId: `U${name}` })
      .returning();

    return row?.id ?? '';
  }

  async function personRow(personId: string) {
    const [row] = await database.db.select().from(people).where(eq(people.id, personId));

    return row;
  }

  async function auditRows(entityType: string, entityId: string) {
    return database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)));
  }

  function join(personId: string, organization: string, role: RequestableRole | undefined) {
    return requestRole(database.db, {
      partnershipId,
      personId,
      organizationId: orgs[organization] ?? organization,
      role,
      // Each join is a second later than the one before, so requests sort in the order made.
      now: new Date(now.getTime() + 1000 * ++joins),
    });
  }

  async function pendingRequestOf(personId: string) {
    const result = await join(personId, 'Coastline Welding', 'employer');

    if (result.outcome !== 'pending') throw new Error(`expected pending, got ${result.outcome}`);

    return result.request;
  }

  it('keeps an editing role pending', async () => {
    const viewerId = await addPerson(partnershipId, 'Alicia Gomez');
    const result = await join(viewerId, 'Coastline Welding', 'employer');

    expect(result.outcome).toBe('pending');
    if (result.outcome !== 'pending') return;
    expect(result.request.organization.name).toBe('Coastline Welding');
    expect(result.request.requestedRole).toBe('employer');
    expect((await personRow(viewerId))?.role).toBe('viewer');
    expect(await auditRows('role_request', result.request.id)).toHaveLength(1);
  });

  it('approves a request once', async () => {
    const viewerId = await addPerson(partnershipId, 'Marcus Lee');
    const request = await pendingRequestOf(viewerId);
    const approved = await approveRoleRequest(database.db, {
      partnershipId,
      requestId: request.id,
      deciderPersonId: convenerId,
      now,
    });
    const again = await approveRoleRequest(database.db, {
      partnershipId,
      requestId: request.id,
      deciderPersonId: secondConvenerId,
      now,
    });
    const person = await personRow(viewerId);

    expect(approved.outcome).toBe('decided');
    expect(person?.role).toBe('employer');
    expect(person?.organizationId).toBe(orgs['Coastline Welding']);
    expect(again.outcome).toBe('already_decided');
    if (again.outcome !== 'already_decided') return;
    expect(again.request.decidedBy?.name).toBe('Dana Reyes');
    expect(again.request.decidedAt).toEqual(now);
    expect(await auditRows('person', viewerId)).toHaveLength(1);
    expect(await auditRows('role_request', request.id)).toHaveLength(2);
  });

  it('decides concurrent approvals once', async () => {
    const viewerId = await addPerson(partnershipId, 'Concurrent Viewer');
    const request = await pendingRequestOf(viewerId);
    const results = await Promise.all(
      [convenerId, secondConvenerId, convenerId].map((deciderPersonId) =>
        approveRoleRequest(database.db, {
          partnershipId,
          requestId: request.id,
          deciderPersonId,
          now,
        }),
      ),
    );
    const outcomes = results.map((result) => result.outcome).sort();

    expect(outcomes).toEqual(['already_decided', 'already_decided', 'decided']);
    expect(await auditRows('person', viewerId)).toHaveLength(1);
    expect(await auditRows('role_request', request.id)).toHaveLength(2);
  });

  it('rejects a request without changing the person', async () => {
    const viewerId = await addPerson(partnershipId, 'Rejected Viewer');
    const request = await pendingRequestOf(viewerId);
    const rejected = await rejectRoleRequest(database.db, {
      partnershipId,
      requestId: request.id,
      deciderPersonId: convenerId,
      now,
    });
    const person = await personRow(viewerId);

    expect(rejected.outcome).toBe('decided');
    if (rejected.outcome !== 'decided') return;
    expect(rejected.request.status).toBe('rejected');
    expect(person?.role).toBe('viewer');
    expect(person?.organizationId).toBeNull();
    expect(await auditRows('person', viewerId)).toHaveLength(0);
  });

  it('refuses a decision by a non-convener', async () => {
    const viewerId = await addPerson(partnershipId, 'Refused Viewer');
    const request = await pendingRequestOf(viewerId);
    const result = await approveRoleRequest(database.db, {
      partnershipId,
      requestId: request.id,
      deciderPersonId: educatorId,
      now,
    });
    const [stored] = await database.db
      .select()
      .from(roleRequests)
      .where(eq(roleRequests.id, request.id));

    expect(result.outcome).toBe('not_allowed');
    if (result.outcome !== 'not_allowed') return;
    expect(result.reason).toContain('Only a convener');
    expect(result.reason).toContain('Your role is educator');
    expect(stored?.status).toBe('pending');
    expect((await personRow(viewerId))?.role).toBe('viewer');
  });

  it('keeps partnerships apart', async () => {
    const viewerId = await addPerson(partnershipId, 'Isolated Viewer');
    const request = await pendingRequestOf(viewerId);
    const fromOwnPartnership = await approveRoleRequest(database.db, {
      partnershipId: otherPartnershipId,
      requestId: request.id,
      deciderPersonId: otherConvenerId,
      now,
    });
    const claimingThisPartnership = await approveRoleRequest(database.db, {
      partnershipId,
      requestId: request.id,
      deciderPersonId: otherConvenerId,
      now,
    });
    const otherPending = await listPendingRoleRequests(database.db, {
      partnershipId: otherPartnershipId,
      limit: 10,
    });

    expect(fromOwnPartnership.outcome).toBe('not_found');
    expect(claimingThisPartnership.outcome).toBe('not_allowed');
    expect(otherPending.total).toBe(0);
    expect((await personRow(viewerId))?.role).toBe('viewer');
  });

  it('rejects an organization of another partnership', async () => {
    const viewerId = await addPerson(partnershipId, 'Wandering Viewer');
    const error = await join(viewerId, 'Elsewhere', 'employer').catch((caught) => caught);

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.organizationId).toContain(
      'not in this partnership',
    );
  });

  it('rejects a role that does not fit the kind', async () => {
    const viewerId = await addPerson(partnershipId, 'Mismatched Viewer');
    const error = await join(viewerId, 'Port Alder ISD', 'employer').catch((caught) => caught);
    const message = (error as ValidationError).fieldErrors.role;

    expect(error).toBeInstanceOf(ValidationError);
    expect(message).toContain('Employer staff must belong to an employer');
    expect(message).toContain('Port Alder ISD is a school district');
  });

  it('applies a reading role at once', async () => {
    const viewerId = await addPerson(partnershipId, 'New Educator');
    const result = await join(viewerId, 'Port Alder ISD', 'educator');
    const person = await personRow(viewerId);
    const [audit] = await auditRows('person', viewerId);

    expect(result.outcome).toBe('applied');
    expect(person?.role).toBe('educator');
    expect(person?.organizationId).toBe(orgs['Port Alder ISD']);
    expect(audit?.before).toEqual({ role: 'viewer', organizationId: null });
    expect(audit?.after).toEqual({ role: 'educator', organizationId: orgs['Port Alder ISD'] });
  });

  it('replaces a pending request with a new one', async () => {
    const viewerId = await addPerson(partnershipId, 'Changing Mind');
    const first = await pendingRequestOf(viewerId);
    const repeated = await join(viewerId, 'Coastline Welding', 'employer');
    const second = await join(viewerId, 'Port Alder Chamber', 'chamber');
    const [stored] = await database.db
      .select()
      .from(roleRequests)
      .where(eq(roleRequests.id, first.id));
    const membership = await getMembership(database.db, { partnershipId, personId: viewerId });

    expect(repeated.outcome).toBe('pending');
    expect(repeated.outcome === 'pending' ? repeated.repeated : undefined).toBe(true);
    expect(second.outcome).toBe('pending');
    expect(second.withdrawn?.id).toBe(first.id);
    expect(stored?.status).toBe('rejected');
    expect(stored?.decidedBy).toBe(viewerId);
    expect(membership?.pending?.organization.name).toBe('Port Alder Chamber');
  });

  it('lets a join and a decision for one person take turns', async () => {
    const viewerId = await addPerson(partnershipId, 'Racing Viewer');
    const request = await pendingRequestOf(viewerId);
    const [joined, decided] = await Promise.all([
      join(viewerId, 'Port Alder Chamber', 'chamber'),
      approveRoleRequest(database.db, {
        partnershipId,
        requestId: request.id,
        deciderPersonId: convenerId,
        now,
      }),
    ]);
    const pending = await database.db
      .select()
      .from(roleRequests)
      .where(and(eq(roleRequests.personId, viewerId), eq(roleRequests.status, 'pending')));

    expect(joined.outcome).toBe('pending');
    expect(['decided', 'already_decided']).toContain(decided.outcome);
    expect(pending).toHaveLength(1);
    expect(pending[0]?.requestedRole).toBe('chamber');
  });

  it('keeps a convener a convener', async () => {
    const result = await join(convenerId, 'Gulf Bend Workforce Solutions', 'viewer');
    const person = await personRow(convenerId);

    expect(result.outcome).toBe('applied');
    expect(person?.role).toBe('convener');
    expect(person?.organizationId).toBe(orgs['Gulf Bend Workforce Solutions']);
  });

  it('lists pending requests oldest first', async () => {
    const pending = await listPendingRoleRequests(database.db, { partnershipId, limit: 2 });

    expect(pending.total).toBeGreaterThan(2);
    expect(pending.requests).toHaveLength(2);
    expect(pending.requests.every((request) => request.status === 'pending')).toBe(true);
    expect(pending.requests[0]?.personName).toBe('Alicia Gomez');
  });

  it('lists the conveners to ask', async () => {
    const conveners = await listConveners(database.db, partnershipId);

    expect(conveners.map((convener) => convener.displayName)).toEqual(['Dana Reyes', 'Lee Park']);
  });

  it('searches organization names literally', async () => {
    const search = (text: string) =>
      searchOrganizations(database.db, { partnershipId, text, limit: 100 });
    const names = async (text: string) =>
      (await search(text)).organizations.map((organization) => organization.name);

    expect(await names('%')).toEqual(['100% Tooling']);
    expect(await names('a_b')).toEqual(['A_B Logistics']);
    expect(await names('po')).toEqual([
      'Port Alder Chamber',
      'Port Alder ISD',
      'Harbor Point Refining',
    ]);
    expect((await search('')).total).toBe(8);
    expect(await names('elsewhere')).toEqual([]);
  });

  it('limits search results and counts the rest', async () => {
    const result = await searchOrganizations(database.db, { partnershipId, text: 'o', limit: 3 });

    expect(result.organizations).toHaveLength(3);
    expect(result.total).toBeGreaterThan(3);
  });
});
