import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganizationKind, PersonRole } from '../../src/db/schema/index.js';
import {
  auditLog,
  organizations,
  partnerships,
  people,
  programs,
} from '../../src/db/schema/index.js';
import type { AccessActor } from '../../src/domain/access.js';
import { mayAddRecord } from '../../src/domain/directory-records/add-rules.js';
import type { ContactInput } from '../../src/domain/directory-records/contacts.js';
import {
  createContact,
  parseContactForm,
  updateContact,
} from '../../src/domain/directory-records/contacts.js';
import type { EmployerInput } from '../../src/domain/directory-records/employers.js';
import {
  createEmployer,
  parseEmployerForm,
  updateEmployer,
} from '../../src/domain/directory-records/employers.js';
import { createNeed, parseNeedForm, updateNeed } from '../../src/domain/directory-records/needs.js';
import { searchOrganizationChoices } from '../../src/domain/directory-records/organization-choices.js';
import type { ProgramInput } from '../../src/domain/directory-records/programs.js';
import {
  createProgram,
  parseProgramForm,
  updateProgram,
} from '../../src/domain/directory-records/programs.js';
import { UserFacingError, ValidationError } from '../../src/domain/errors.js';
import type { TestDatabase } from '../support/database.js';
import { createTestDatabase, drivers } from '../support/database.js';

const now = new Date('2027-02-01T16:00:00Z');

function parsed<T>(result: { ok: true; value: T } | { ok: false; errors: unknown }): T {
  if (!result.ok) throw new Error(`form did not parse: ${JSON.stringify(result.errors)}`);

  return result.value;
}

const employerInput = (changes: Record<string, unknown> = {}): EmployerInput =>
  parsed(parseEmployerForm({ name: 'Anchor Fabricators', naicsCode: '332312', ...changes }));

describe.each(drivers)('directory records on %s', (driver) => {
  let database: TestDatabase;
  let partnershipId: string;
  let otherPartnershipId: string;
  const orgs = new Map<string, string>();
  const actors = new Map<string, AccessActor>();

  const org = (name: string) => orgs.get(name) ?? '';
  const actor = (name: string) => {
    const found = actors.get(name);

    if (!found) throw new Error(`No actor ${name}`);

    return found;
  };

  async function addOrganization(
    name: string,
    kind: OrganizationKind,
    options: { parent?: string; partnership?: string } = {},
  ) {
    const [row] = await database.db
      .insert(organizations)
      .values({
        partnershipId: options.partnership ?? partnershipId,
        kind,
        name,
        parentId: options.parent ? org(options.parent) : null,
      })
      .returning();
    orgs.set(name, row?.id ?? '');
  }

  async function addPerson(name: string, role: PersonRole, organization?: string) {
    const [row] = await database.db
      .insert(people)
      .values({
        partnershipId,
        displayName: name,
        role,
        organizationId: organization ? org(organization) : null,
        email: `${name.toLowerCase().replace(/\s/g, '.')}@example.org`,
      })
      .returning();
    const personId = row?.id ?? '';
    actors.set(name, {
      personId,
      role,
      organizationId: organization ? org(organization) : null,
    });
  }

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const [partnership, other] = await database.db
      .insert(partnerships)
      .values([{ name: 'Coastal Partnership' }, { name: 'Inland Partnership' }])
      .returning();
    partnershipId = partnership?.id ?? '';
    otherPartnershipId = other?.id ?? '';

    await addOrganization('Workforce Board', 'workforce_board');
    await addOrganization('Harbor Chamber', 'chamber');
    await addOrganization('Harbor ISD', 'school_district');
    await addOrganization('Valley ISD', 'school_district');
    await addOrganization('Harbor High', 'campus', { parent: 'Harbor ISD' });
    await addOrganization('Valley High', 'campus', { parent: 'Valley ISD' });
    await addOrganization('Dockside Welding', 'employer');
    await addOrganization('Refinery_100% Co', 'employer');
    await addOrganization('Inland Works', 'employer', { partnership: otherPartnershipId });

    await addPerson('Cora Convener', 'convener', 'Workforce Board');
    await addPerson('Chet Chamber', 'chamber', 'Harbor Chamber');
    await addPerson('Dee District', 'district', 'Harbor ISD');
    await addPerson('Ed Employer', 'employer', 'Dockside Welding');
    await addPerson('Eva Educator', 'educator', 'Harbor High');
    await addPerson('Vic Viewer', 'viewer');
  });

  afterAll(async () => {
    await database?.close();
  });

  async function auditOf(entityId: string) {
    return database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, entityId))
      .orderBy(auditLog.createdAt);
  }

  async function rejection(save: Promise<unknown>): Promise<Error> {
    try {
      await save;
    } catch (error) {
      if (error instanceof Error) return error;
    }

    throw new Error('expected the save to be rejected');
  }

  describe('employers', () => {
    it('stores a new employer with ZIP coordinates and a create audit row', async () => {
      const employer = await createEmployer(database.db, {
        partnershipId,
        actor: actor('Chet Chamber'),
        input: employerInput({ zip: '78374' }),
        now,
      });
      const [audit] = await auditOf(employer.id);

      expect(employer.latitude).not.toBeNull();
      expect(audit?.action).toBe('create');
      expect(audit?.before).toBeNull();
      expect(audit?.after).toMatchObject({ name: 'Anchor Fabricators', kind: 'employer' });
      expect(audit?.actorPersonId).toBe(actor('Chet Chamber').personId);
    });

    it('keeps coordinates while the ZIP stays and moves them with a new ZIP', async () => {
      const [stored] = await database.db
        .select()
        .from(organizations)
        .where(eq(organizations.name, 'Anchor Fabricators'));
      const id = stored?.id ?? '';
      await database.db
        .update(organizations)
        .set({ latitude: '27.000001', longitude: '-97.000001' })
        .where(eq(organizations.id, id));
      const write = { partnershipId, actor: actor('Cora Convener'), id, now };

      const kept = await updateEmployer(database.db, {
        ...write,
        input: employerInput({ zip: '78374', address: '1 Pier Rd' }),
      });
      const moved = await updateEmployer(database.db, {
        ...write,
        input: employerInput({ zip: '78401', address: '1 Pier Rd' }),
      });
      const cleared = await updateEmployer(database.db, {
        ...write,
        input: employerInput({ address: '1 Pier Rd' }),
      });

      expect(kept.record.latitude).toBe('27.000001');
      expect(moved.record.latitude).not.toBe('27.000001');
      expect(moved.record.latitude).not.toBeNull();
      expect(cleared.record.latitude).toBeNull();
    });

    it('writes nothing when nothing changed', async () => {
      const [stored] = await database.db
        .select()
        .from(organizations)
        .where(eq(organizations.name, 'Anchor Fabricators'));
      const id = stored?.id ?? '';
      const before = await auditOf(id);
      const saved = await updateEmployer(database.db, {
        partnershipId,
        actor: actor('Cora Convener'),
        id,
        input: employerInput({ address: '1 Pier Rd' }),
        now,
      });

      expect(saved.changed).toBe(false);
      expect(await auditOf(id)).toEqual(before);
    });

    it('rejects a name another employer has in any case', async () => {
      const error = await rejection(
        createEmployer(database.db, {
          partnershipId,
          actor: actor('Cora Convener'),
          input: employerInput({ name: 'DOCKSIDE welding' }),
          now,
        }),
      );

      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors.name).toContain('"Dockside Welding"');
    });

    it("leaves another employer's row and audit log alone for employer staff", async () => {
      const id = org('Refinery_100% Co');
      const [before] = await database.db
        .select()
        .from(organizations)
        .where(eq(organizations.id, id));
      const error = await rejection(
        updateEmployer(database.db, {
          partnershipId,
          actor: actor('Ed Employer'),
          id,
          input: employerInput({ name: 'Taken Over' }),
          now,
        }),
      );
      const [after] = await database.db
        .select()
        .from(organizations)
        .where(eq(organizations.id, id));

      expect(error).toBeInstanceOf(UserFacingError);
      expect(error.message).toContain('Refinery_100% Co belongs to another organization');
      expect(after).toEqual(before);
      expect(await auditOf(id)).toEqual([]);
    });

    it("reports another partnership's employer as not found", async () => {
      const error = await rejection(
        updateEmployer(database.db, {
          partnershipId,
          actor: actor('Cora Convener'),
          id: org('Inland Works'),
          input: employerInput({ name: 'Inland Renamed' }),
          now,
        }),
      );

      expect((error as UserFacingError).code).toBe('bridge_record_not_found');
    });

    it.each(['Eva Educator', 'Vic Viewer', 'Dee District'])(
      'refuses %s a new employer',
      async (name) => {
        const error = await rejection(
          createEmployer(database.db, {
            partnershipId,
            actor: actor(name),
            input: employerInput({ name: `Refused ${name}` }),
            now,
          }),
        );

        expect(error.message).toContain('Only the convener and chamber staff can add employers');
        expect(mayAddRecord(actor(name), 'employer')).toMatchObject({ allowed: false });
      },
    );
  });

  describe('programs', () => {
    const programInput = (changes: Record<string, unknown> = {}): ProgramInput =>
      parsed(
        parseProgramForm({
          campusId: org('Harbor High'),
          name: 'Maritime Welding',
          careerCluster: 'Advanced Manufacturing',
          socCodes: '51-4121',
          wblOffered: ['internship'],
          ...changes,
        }),
      );

    it('lets district staff add and edit programs of their campuses only', async () => {
      const write = { partnershipId, actor: actor('Dee District'), now };
      const program = await createProgram(database.db, { ...write, input: programInput() });
      const moved = await rejection(
        updateProgram(database.db, {
          ...write,
          id: program.id,
          input: programInput({ campusId: org('Valley High') }),
        }),
      );
      const [stored] = await database.db.select().from(programs).where(eq(programs.id, program.id));
      const audit = await auditOf(program.id);

      expect(program.campusName).toBe('Harbor High');
      expect(moved.message).toContain('The campus Valley High belongs to another organization');
      expect(stored?.campusId).toBe(org('Harbor High'));
      expect(audit).toHaveLength(1);
    });

    it('rejects a program name the campus has', async () => {
      const error = await rejection(
        createProgram(database.db, {
          partnershipId,
          actor: actor('Cora Convener'),
          input: programInput({ name: 'MARITIME welding' }),
          now,
        }),
      );

      expect((error as ValidationError).fieldErrors.name).toContain('Harbor High already has');
    });

    it.each([
      [{ lowestGrade: '11', highestGrade: '9' }, 'highestGrade'],
      [{ wblOffered: ['internship'], wblMissing: ['internship'] }, 'wblMissing'],
      [{ socCodes: '51-4121, 514122' }, 'socCodes'],
      [{ cipCode: '48-0508' }, 'cipCode'],
      [{ enrollment: '2.5' }, 'enrollment'],
      [{ campusId: 'not-a-uuid' }, 'campusId'],
      [{ careerCluster: 'Manufacturing' }, 'careerCluster'],
    ])('rejects %o under %s', (changes, field) => {
      const result = parseProgramForm({
        campusId: org('Harbor High'),
        name: 'Any',
        careerCluster: 'Construction',
        ...changes,
      });

      expect(result.ok).toBe(false);
      expect(result.ok ? {} : Object.keys(result.errors)).toEqual([field]);
    });
  });

  describe('contacts', () => {
    const contactInput = (changes: Record<string, unknown> = {}): ContactInput =>
      parsed(
        parseContactForm({
          name: 'Rosa Welder',
          organizationId: org('Dockside Welding'),
          email: 'rosa@dockside.example.com',
          ...changes,
        }),
      );

    it('confirms a new contact and lets staff lower but not raise roles', async () => {
      const write = { partnershipId, actor: actor('Ed Employer'), now };
      const contact = await createContact(database.db, { ...write, input: contactInput() });
      const raised = await rejection(
        updateContact(database.db, {
          ...write,
          id: contact.id,
          input: contactInput({ role: 'employer' }),
        }),
      );
      const promoted = await updateContact(database.db, {
        ...write,
        actor: actor('Cora Convener'),
        id: contact.id,
        input: contactInput({ role: 'employer' }),
      });
      const lowered = await updateContact(database.db, {
        ...write,
        id: contact.id,
        input: contactInput({ role: 'viewer' }),
      });

      expect(contact.confirmedAt).toEqual(now);
      expect(contact.role).toBe('viewer');
      expect((raised as ValidationError).fieldErrors.role).toContain('Only the convener');
      expect(promoted.record.role).toBe('employer');
      expect(lowered.record.role).toBe('viewer');
    });

    it('rejects an email another contact has in any case', async () => {
      const error = await rejection(
        createContact(database.db, {
          partnershipId,
          actor: actor('Cora Convener'),
          input: contactInput({ name: 'Rosa Twin', email: 'ROSA@dockside.example.com' }),
          now,
        }),
      );

      expect((error as ValidationError).fieldErrors.email).toContain('Rosa Welder already has');
    });

    it('keeps people from moving themselves to another organization', async () => {
      const self = actor('Ed Employer');
      const error = await rejection(
        updateContact(database.db, {
          partnershipId,
          actor: self,
          id: self.personId,
          input: contactInput({
            name: 'Ed Employer',
            email: 'ed.employer@example.org',
            organizationId: org('Refinery_100% Co'),
          }),
          now,
        }),
      );

      expect((error as ValidationError).fieldErrors.organizationId).toContain('/bridge join');
    });

    it('stamps confirmation and records the old time', async () => {
      const self = actor('Vic Viewer');
      const saved = await updateContact(database.db, {
        partnershipId,
        actor: self,
        id: self.personId,
        input: parsed(
          parseContactForm({
            name: 'Vic Viewer',
            email: 'vic.viewer@example.org',
            confirmed: true,
          }),
        ),
        now,
      });
      const [audit] = await auditOf(self.personId);

      expect(saved.changed).toBe(true);
      expect(saved.record.confirmedAt).toEqual(now);
      expect(audit?.before).toMatchObject({ confirmedAt: null });
      expect(audit?.after).toMatchObject({ confirmedAt: now.toISOString() });
    });

    it('requires an organization that fits an editing role', async () => {
      const error = await rejection(
        createContact(database.db, {
          partnershipId,
          actor: actor('Cora Convener'),
          input: contactInput({
            name: 'Misfiled',
            email: 'misfiled@example.org',
            organizationId: org('Harbor High'),
            role: 'employer',
          }),
          now,
        }),
      );

      expect((error as ValidationError).fieldErrors.role).toContain('Harbor High is a campus');
    });
  });

  describe('industry needs', () => {
    it('lets employer staff file needs for their own employer only', async () => {
      const write = { partnershipId, actor: actor('Ed Employer'), now };
      const input = parsed(
        parseNeedForm({
          employerId: org('Dockside Welding'),
          occupationTitle: 'Pipe Welder',
          skills: 'TIG welding\nCutting, grinding',
          openingsPerYear: '4',
        }),
      );
      const need = await createNeed(database.db, { ...write, input });
      const moved = await rejection(
        updateNeed(database.db, {
          ...write,
          id: need.id,
          input: { ...input, employerId: org('Refinery_100% Co') },
        }),
      );

      expect(need.skills).toEqual(['TIG welding', 'Cutting, grinding']);
      expect(moved.message).toContain('Refinery_100% Co belongs to another organization');
      expect(mayAddRecord(actor('Chet Chamber'), 'need')).toMatchObject({ allowed: false });
    });
  });

  describe('organization search', () => {
    it('matches % and _ literally and filters by kind', async () => {
      const search = (text: string, kinds: OrganizationKind[] = ['employer']) =>
        searchOrganizationChoices(database.db, { partnershipId, kinds, text, limit: 100 });

      const percent = await search('100%');
      const underscore = await search('y_1');
      const wildcard = await search('_');
      const campuses = await search('high', ['campus']);
      const none = await search('harbor high', ['employer']);

      expect(percent.choices.map((choice) => choice.name)).toEqual(['Refinery_100% Co']);
      expect(underscore.choices.map((choice) => choice.name)).toEqual(['Refinery_100% Co']);
      expect(wildcard.total).toBe(1);
      expect(campuses.choices.map((choice) => choice.name)).toEqual(['Harbor High', 'Valley High']);
      expect(none.total).toBe(0);
    });

    it('reports the total beyond the limit', async () => {
      const found = await searchOrganizationChoices(database.db, {
        partnershipId,
        kinds: ['employer', 'campus', 'school_district'],
        text: '',
        limit: 2,
      });

      expect(found.choices).toHaveLength(2);
      expect(found.total).toBeGreaterThan(2);
    });
  });
});
