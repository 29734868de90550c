import { and, eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  industryNeeds,
  organizations,
  partnerships,
  people,
  programs,
} from '../../src/db/schema/index.js';
import type { EnteredValue, EnteredValues } from '../../src/local/slack-sender.js';
import type { SlackView } from '../../src/local/slack-shapes.js';
import { issueTriggerId } from '../../src/local/trigger-ids.js';
import type { DirectoryRecord } from '../../src/slack/ids.js';
import { actionIds, directoryRecordValue } from '../../src/slack/ids.js';
import { openDirectoryModal } from '../../src/slack/open-directory-modal.js';
import type { TestBridge } from '../support/bridge.js';
import { eventually, openForm, startTestBridge } from '../support/bridge.js';
import { drivers } from '../support/database.js';

const start = new Date('2027-01-11T15:00:00Z').getTime();
let ticks = 0;
const now = () => new Date(start + 1000 * ticks++);

const convener = 'U0LOCAL01';
const marcus = 'U0LOCAL02';
const priya = 'U0LOCAL03';
const sam = 'U0LOCAL04';
const alicia = 'U0LOCAL05';
const channelId = 'C0LOCALWBL';

const callbacks: Record<DirectoryRecord, string> = {
  employer: 'employer_form',
  program: 'program_form',
  contact: 'contact_form',
  need: 'need_form',
};

type FieldValues = Record<string, EnteredValue>;

/** Entered values keyed by block id, for inputs whose element has the `value` action id. */
function entered(fields: FieldValues): EnteredValues {
  return Object.fromEntries(Object.entries(fields).map(([blockId, value]) => [blockId, { value }]));
}

/** Builds an option as an external select reports it, since its options come from Bridge. */
function picked(text: string, value: string) {
  return { text: { type: 'plain_text', text, emoji: true }, value };
}

describe.each(drivers)('directory forms through Slack on %s', (driver) => {
  let bridge: TestBridge;
  const ids = new Map<string, string>();

  const id = (name: string) => {
    const found = ids.get(name);

    if (!found) throw new Error(`No id for ${name}`);

    return found;
  };

  beforeAll(async () => {
    bridge = await startTestBridge({ driver, now });
    const { db } = bridge.database;
    const [partnership] = await db.select({ id: partnerships.id }).from(partnerships);
    const partnershipId = partnership?.id ?? '';
    const rows = await db
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations);

    for (const row of rows) ids.set(row.name, row.id);

    const [portAlderCampus, mesquiteCampus] = await db
      .insert(organizations)
      .values([
        {
          partnershipId,
          kind: 'campus',
          name: 'Test Seawall Early College High',
          parentId: id('Port Alder ISD'),
        },
        {
          partnershipId,
          kind: 'campus',
          name: 'Test Mesquite Ridge Middle',
          parentId: id('Mesquite Flats ISD'),
        },
      ])
      .returning();
    ids.set('seawall', portAlderCampus?.id ?? '');
    ids.set('ridge', mesquiteCampus?.id ?? '');

    const [program] = await db
      .insert(programs)
      .values({
        partnershipId,
        campusId: id('seawall'),
        name: 'Test Pipefitting',
        careerCluster: 'Construction',
        wblOffered: ['job_shadow'],
      })
      .returning();
    ids.set('program', program?.id ?? '');

    const [harborNeed] = await db
      .insert(industryNeeds)
      .values({
        partnershipId,
        employerId: id('Harbor Point Refining'),
        occupationTitle: 'Test Process Operator',
      })
      .returning();
    ids.set('harbor need', harborNeed?.id ?? '');

    const [harborContact] = await db
      .insert(people)
      .values({
        partnershipId,
        organizationId: id('Harbor Point Refining'),
        displayName: 'Test Renee Dubois',
        email: 'test.renee@harborpoint.example.com',
      })
      .returning();
    ids.set('renee', harborContact?.id ?? '');

    for (const userId of [convener, marcus, priya, sam, alicia]) {
      const [person] = await db
        .select({ id: people.id })
        .from(people)
        .where(eq(people.slackUserId, userId));
      ids.set(userId, person?.id ?? '');
    }
  });

  afterAll(async () => {
    await bridge?.stop();
  });

  async function openAdd(userId: string, record: DirectoryRecord) {
    return openForm(bridge, userId, callbacks[record], async () => {
      const sent = await bridge.local.sender.command({
        userId,
        channelId,
        text: `/bridge ${record} add`,
      });
      expect(sent.status).toBe(200);
    });
  }

  /** Clicks "Edit" on a card that names the record, as a card's button sends it. */
  async function clickEdit(userId: string, record: DirectoryRecord, recordId: string) {
    const sent = await bridge.local.sender.blockAction({
      userId,
      source: {
        kind: 'ephemeral',
        channelId,
        ephemeral: {
          channel: channelId,
          user: userId,
          message_ts: `${Math.floor(start / 1000)}.${String(ticks).padStart(6, '0')}`,
          text: 'card',
          blocks: [
            {
              type: 'actions',
              block_id: 'card_actions',
              elements: [
                {
                  type: 'button',
                  action_id: actionIds.directoryEdit,
                  text: { type: 'plain_text', text: 'Edit' },
                  value: directoryRecordValue(record, recordId),
                },
              ],
            },
          ],
        },
      },
      blockId: 'card_actions',
      actionId: actionIds.directoryEdit,
    });
    expect(sent.status).toBe(200);
  }

  async function openEdit(userId: string, record: DirectoryRecord, recordId: string) {
    return openForm(bridge, userId, callbacks[record], () => clickEdit(userId, record, recordId));
  }

  async function submit(userId: string, view: SlackView, fields: FieldValues = {}) {
    const sent = await bridge.local.sender.viewSubmission({
      userId,
      view,
      values: entered(fields),
    });
    expect(sent.status).toBe(200);

    return sent.body as { response_action?: string; errors?: Record<string, string> } | undefined;
  }

  async function ephemeral(userId: string, includes: string) {
    return eventually(() =>
      bridge.local.store
        .ephemerals(userId, channelId)
        .find((message) => message.text.includes(includes)),
    );
  }

  async function auditRows(entityId: string) {
    return bridge.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, entityId))
      .orderBy(auditLog.createdAt);
  }

  async function employerNamed(name: string) {
    const [row] = await bridge.database.db
      .select()
      .from(organizations)
      .where(and(eq(organizations.kind, 'employer'), eq(organizations.name, name)));
    return row;
  }

  /** Returns the open views of a person, to show that a refusal opened none. */
  function openViewCount(userId: string) {
    return bridge.local.store.openViews(userId).length;
  }

  describe('employer form', () => {
    it('adds an employer with sector and map position', async () => {
      const view = await openAdd(convener, 'employer');
      const body = await submit(convener, view, {
        name: 'Test Gulf Anchor Marine',
        naicsCode: '336611',
        size: '50-249',
        address: '12 Dock Rd',
        zip: '78374',
      });

      expect(body).toBeUndefined();

      const confirmation = await ephemeral(convener, 'Test Gulf Anchor Marine');
      const stored = await employerNamed('Test Gulf Anchor Marine');
      const [audit] = await auditRows(stored?.id ?? '');

      expect(confirmation.text).toContain('Added the employer');
      expect(confirmation.text).toContain('336611 (Manufacturing)');
      expect(stored?.size).toBe('50-249');
      expect(stored?.latitude).not.toBeNull();
      expect(audit?.action).toBe('create');
      expect(audit?.entityType).toBe('organization');
      expect(audit?.before).toBeNull();
      expect(audit?.after).toMatchObject({ name: 'Test Gulf Anchor Marine', zip: '78374' });
      expect(audit?.actorPersonId).toBe(id(convener));
    });

    it('shows the sector in the NAICS hint', async () => {
      const view = await openAdd(convener, 'employer');

      expect(JSON.stringify(view.blocks)).toContain('332312 is in Manufacturing');
    });

    it.each([
      ['missing name', { name: '' }, 'name', 'Enter a name.'],
      ['short NAICS code', { naicsCode: '3' }, 'naicsCode', 'not a NAICS code of 2 to 6 digits'],
      ['NAICS code of no sector', { naicsCode: '191' }, 'naicsCode', '2022 NAICS sector'],
      ['four-digit ZIP', { zip: '7837' }, 'zip', 'must look like 78374'],
      [
        'name of another employer in other case',
        { name: 'HARBOR POINT REFINING' },
        'name',
        'already has an employer named "Harbor Point Refining"',
      ],
    ])('rejects a %s under its field', async (_case, changes, blockId, message) => {
      const view = await openAdd(convener, 'employer');
      const before = await auditCount();
      const body = await submit(convener, view, { name: 'Test Unsaved Employer', ...changes });

      expect(body?.response_action).toBe('errors');
      expect(body?.errors?.[blockId]).toContain(message);
      expect(await employerNamed('Test Unsaved Employer')).toBeUndefined();
      expect(await auditCount()).toBe(before);
    });

    it('lets employer staff edit their own employer', async () => {
      const employerId = id('Coastline Welding & Fabrication');
      const view = await openEdit(marcus, 'employer', employerId);
      const nameInput = view.blocks.find((block) => block.block_id === 'name');

      expect(JSON.stringify(nameInput)).toContain('Coastline Welding & Fabrication');

      const before = await employerNamed('Coastline Welding & Fabrication');
      const body = await submit(marcus, view, { size: '250-999' });
      await ephemeral(marcus, 'Saved your changes to the employer');
      const after = await employerNamed('Coastline Welding & Fabrication');
      const audit = (await auditRows(employerId)).at(-1);

      expect(body).toBeUndefined();
      expect(after?.size).toBe('250-999');
      expect(audit?.action).toBe('update');
      expect(audit?.before).toMatchObject({ size: before?.size ?? null });
      expect(audit?.after).toMatchObject({ size: '250-999' });
      expect(audit?.actorPersonId).toBe(id(marcus));
    });

    it("refuses to open another employer's edit form for employer staff", async () => {
      const viewsBefore = openViewCount(marcus);
      await clickEdit(marcus, 'employer', id('Harbor Point Refining'));
      const refusal = await ephemeral(marcus, 'Harbor Point Refining belongs to another');

      expect(refusal.text).toContain('only its own staff or the convener');
      expect(openViewCount(marcus)).toBe(viewsBefore);
    });

    it('checks access again when an edit form is submitted', async () => {
      const view = await openEdit(marcus, 'employer', id('Coastline Welding & Fabrication'));
      const tampered = {
        ...view,
        private_metadata: withRecordId(view, id('Harbor Point Refining')),
      };
      const before = await employerNamed('Harbor Point Refining');
      const auditBefore = await auditRows(id('Harbor Point Refining'));
      const body = await submit(marcus, tampered, { name: 'Test Taken Over' });

      expect(body?.errors?.name).toContain('Harbor Point Refining belongs to another organization');
      expect(await employerNamed('Harbor Point Refining')).toEqual(before);
      expect(await auditRows(id('Harbor Point Refining'))).toEqual(auditBefore);
    });

    it('rejects a save after the role was taken away', async () => {
      const employerId = id('Coastline Welding & Fabrication');
      const view = await openEdit(marcus, 'employer', employerId);
      await setRole(marcus, 'viewer');

      try {
        const before = await auditCount();
        const body = await submit(marcus, view, { address: '9 Changed Ave' });

        expect(body?.errors?.name).toContain('Your role (viewer) can read the directory');
        expect((await employerNamed('Coastline Welding & Fabrication'))?.address).not.toBe(
          '9 Changed Ave',
        );
        expect(await auditCount()).toBe(before);
      } finally {
        await setRole(marcus, 'employer');
      }
    });

    it('refuses educators both forms', async () => {
      const viewsBefore = openViewCount(sam);
      await bridge.local.sender.command({ userId: sam, channelId, text: '/bridge employer add' });
      const addRefusal = await ephemeral(sam, 'can add employers');
      await clickEdit(sam, 'employer', id('Coastline Welding & Fabrication'));
      const editRefusal = await ephemeral(sam, 'Your role (educator)');

      expect(addRefusal.text).toContain('Only the convener and chamber staff can add employers');
      expect(editRefusal.text).toContain('can read the directory but not change it');
      expect(openViewCount(sam)).toBe(viewsBefore);
    });

    it('lets chamber staff add an employer', async () => {
      const view = await openAdd(alicia, 'employer');
      const body = await submit(alicia, view, { name: 'Test Chamber Member Bakery' });

      expect(body).toBeUndefined();
      expect(await employerNamed('Test Chamber Member Bakery')).toBeDefined();
    });

    it('reports an employer deleted while its form was open', async () => {
      const view = await openAdd(convener, 'employer');
      await submit(convener, view, { name: 'Test Short Lived Co' });
      const created = await eventually(() => employerNamed('Test Short Lived Co'));
      const edit = await openEdit(convener, 'employer', created.id);
      await bridge.database.db.delete(organizations).where(eq(organizations.id, created.id));
      const body = await submit(convener, edit, { name: 'Test Short Lived Renamed' });

      expect(body?.errors?.name).toContain('not in this partnership');
      expect(await employerNamed('Test Short Lived Renamed')).toBeUndefined();
    });

    it("refuses another partnership's employer as not found", async () => {
      const { db } = bridge.database;
      const [other] = await db
        .insert(partnerships)
        .values({ name: 'Test Other Partnership' })
        .returning();
      const [foreign] = await db
        .insert(organizations)
        .values({ partnershipId: other?.id ?? '', kind: 'employer', name: 'Test Foreign Works' })
        .returning();
      const foreignId = foreign?.id ?? '';

      await clickEdit(convener, 'employer', foreignId);
      const refusal = await ephemeral(convener, 'not in this partnership');
      const view = await openEdit(convener, 'employer', id('Coastline Welding & Fabrication'));
      const tampered = { ...view, private_metadata: withRecordId(view, foreignId) };
      const body = await submit(convener, tampered, { name: 'Test Foreign Renamed' });
      const [stored] = await db.select().from(organizations).where(eq(organizations.id, foreignId));

      expect(refusal.text).toContain('may have been deleted');
      expect(body?.errors?.name).toContain('not in this partnership');
      expect(stored?.name).toBe('Test Foreign Works');
      expect(await auditRows(foreignId)).toEqual([]);
    });
  });

  describe('program form', () => {
    const programFields = (changes: FieldValues = {}): FieldValues => ({
      programCampus: id('seawall'),
      name: 'Test Marine Electrical',
      careerCluster: 'Energy & Natural Resources',
      cipCode: '47.0101',
      socCodes: '47-2111, 49-2094',
      lowestGrade: '10',
      highestGrade: '12',
      enrollment: '24',
      certifications: 'NCCER Core\nOSHA 10-Hour, Construction',
      wblOffered: ['job_shadow', 'internship'],
      wblMissing: ['apprenticeship'],
      ...changes,
    });

    it("lets district staff add a program at their district's campus", async () => {
      const view = await openAdd(priya, 'program');
      const body = await submit(priya, view, programFields());
      await ephemeral(priya, 'Added the program');
      const [stored] = await bridge.database.db
        .select()
        .from(programs)
        .where(eq(programs.name, 'Test Marine Electrical'));
      const [audit] = await auditRows(stored?.id ?? '');

      expect(body).toBeUndefined();
      expect(stored?.socCodes).toEqual(['47-2111', '49-2094']);
      expect(stored?.certifications).toEqual(['NCCER Core', 'OSHA 10-Hour, Construction']);
      expect(stored?.wblOffered).toEqual(['job_shadow', 'internship']);
      expect(stored?.lowestGrade).toBe(10);
      expect(audit?.entityType).toBe('program');
      expect(audit?.after).toMatchObject({ name: 'Test Marine Electrical', enrollment: 24 });
    });

    it('refuses district staff a campus of another district', async () => {
      const view = await openAdd(priya, 'program');
      const before = await auditCount();
      const body = await submit(
        priya,
        view,
        programFields({ programCampus: id('ridge'), name: 'Test Elsewhere' }),
      );

      expect(body?.errors?.programCampus).toContain(
        'The campus Test Mesquite Ridge Middle belongs to another organization',
      );
      expect(await auditCount()).toBe(before);
    });

    it.each([
      ['grades out of order', { lowestGrade: '12', highestGrade: '9' }, 'highestGrade', 'below'],
      [
        'a type both offered and missing',
        { wblMissing: ['job_shadow'] },
        'wblMissing',
        'Job shadow',
      ],
      ['a malformed SOC code', { socCodes: '47-21' }, 'socCodes', '"47-21" must look like'],
      ['a malformed CIP code', { cipCode: '47.1' }, 'cipCode', 'must look like 48.0508'],
      ['negative enrollment', { enrollment: '-1' }, 'enrollment', 'at least 0'],
      ['a taken name', { name: 'test pipefitting' }, 'name', 'already has a program named'],
    ])('rejects %s under its field', async (_case, changes, blockId, message) => {
      const view = await openAdd(convener, 'program');
      const body = await submit(
        convener,
        view,
        programFields({ name: 'Test Invalid', ...changes }),
      );

      expect(body?.response_action).toBe('errors');
      expect(body?.errors?.[blockId]).toContain(message);
    });

    it('prefills and saves the edit form', async () => {
      const programId = id('program');
      const view = await openEdit(convener, 'program', programId);
      const offered = view.blocks.find((block) => block.block_id === 'wblOffered');

      expect(JSON.stringify(offered)).toContain('"initial_options"');

      const body = await submit(convener, view, { enrollment: '31' });
      await ephemeral(convener, 'Saved your changes to the program');
      const audit = (await auditRows(programId)).at(-1);

      expect(body).toBeUndefined();
      expect(audit?.before).toMatchObject({ enrollment: null, wblOffered: ['job_shadow'] });
      expect(audit?.after).toMatchObject({ enrollment: 31, wblOffered: ['job_shadow'] });
    });

    it('refuses employer staff the add form', async () => {
      await bridge.local.sender.command({ userId: marcus, channelId, text: '/bridge program add' });
      const refusal = await ephemeral(marcus, 'can add programs');

      expect(refusal.text).toContain('Only the convener and school district staff');
    });

    it('offers only campuses when searched', async () => {
      const view = await openAdd(convener, 'program');
      const options = await suggest(convener, view, 'programCampus', 'test');

      expect(options.map((option) => option.text.text)).toEqual([
        'Test Mesquite Ridge Middle',
        'Test Seawall Early College High',
      ]);
    });
  });

  describe('contact form', () => {
    const coastline = () =>
      picked('Coastline Welding & Fabrication (employer)', id('Coastline Welding & Fabrication'));

    it('starts employer staff at their own organization and saves a contact', async () => {
      const view = await openAdd(marcus, 'contact');

      expect(JSON.stringify(view.blocks)).toContain('Coastline Welding & Fabrication (employer)');

      const body = await submit(marcus, view, {
        name: 'Test Jordan Pike',
        title: 'Shop Foreman',
        email: 'Test.Jordan@Coastline.example.com',
        phone: '361-555-0190',
        role: 'viewer',
      });
      await ephemeral(marcus, 'Added the contact');
      const [stored] = await bridge.database.db
        .select()
        .from(people)
        .where(eq(people.displayName, 'Test Jordan Pike'));
      const [audit] = await auditRows(stored?.id ?? '');

      expect(body).toBeUndefined();
      expect(stored?.organizationId).toBe(id('Coastline Welding & Fabrication'));
      expect(stored?.confirmedAt).not.toBeNull();
      expect(audit?.entityType).toBe('person');
      expect(audit?.after).toMatchObject({ displayName: 'Test Jordan Pike', role: 'viewer' });
    });

    it.each([
      ['an invalid email', { email: 'not-an-email' }, 'email', 'an address such as'],
      ['a taken email', { email: 'TEST.RENEE@harborpoint.example.com' }, 'email', 'Test Renee'],
      ['a bad phone', { phone: '555' }, 'phone', 'not a phone number'],
      [
        'an editing role from staff',
        { role: picked('Employer staff', 'employer') },
        'role',
        'Only the convener can give a contact an editing role',
      ],
    ])('rejects %s under its field', async (_case, changes, blockId, message) => {
      const view = await openAdd(marcus, 'contact');
      const body = await submit(marcus, view, {
        name: 'Test Rejected Contact',
        contactOrganization: coastline(),
        ...changes,
      });

      expect(body?.errors?.[blockId]).toContain(message);
    });

    it('refuses staff a contact at another organization', async () => {
      const view = await openAdd(marcus, 'contact');
      const before = await auditCount();
      const body = await submit(marcus, view, {
        name: 'Test Rejected Contact',
        contactOrganization: picked(
          'Harbor Point Refining (employer)',
          id('Harbor Point Refining'),
        ),
      });

      expect(body?.errors?.contactOrganization).toContain(
        'Harbor Point Refining belongs to another organization',
      );
      expect(await auditCount()).toBe(before);
    });

    it('lets the convener give an editing role that fits', async () => {
      const view = await openAdd(convener, 'contact');
      const harbor = picked('Harbor Point Refining (employer)', id('Harbor Point Refining'));
      const misfit = await submit(convener, view, {
        name: 'Test Lena Ortiz',
        contactOrganization: harbor,
        role: 'district',
      });
      const body = await submit(convener, view, {
        name: 'Test Lena Ortiz',
        contactOrganization: harbor,
        role: 'employer',
      });
      const [stored] = await bridge.database.db
        .select()
        .from(people)
        .where(eq(people.displayName, 'Test Lena Ortiz'));

      expect(misfit?.errors?.role).toContain('but Harbor Point Refining is an employer');
      expect(body).toBeUndefined();
      expect(stored?.role).toBe('employer');
    });

    it("refuses employer staff another employer's contact", async () => {
      await clickEdit(marcus, 'contact', id('renee'));
      const refusal = await ephemeral(marcus, "Test Renee Dubois's contact details");

      expect(refusal.text).toContain('belongs to another organization');
    });

    it('lets a person edit their own row but not raise their role', async () => {
      const view = await openEdit(sam, 'contact', id(sam));
      const raised = await submit(sam, view, { role: picked('School district staff', 'district') });
      const body = await submit(sam, view, { title: 'Welding Teacher and Coach' });
      const [stored] = await bridge.database.db
        .select()
        .from(people)
        .where(eq(people.id, id(sam)));

      expect(raised?.errors?.role).toContain('Only the convener can change your own role');
      expect(body).toBeUndefined();
      expect(stored?.title).toBe('Welding Teacher and Coach');
      expect(stored?.role).toBe('educator');
    });

    it('stamps the confirmation when ticked', async () => {
      const view = await openEdit(convener, 'contact', id('renee'));
      await submit(convener, view, { confirmed: ['confirmed'] });
      await ephemeral(convener, 'the contact *Test Renee Dubois*');
      const [stored] = await bridge.database.db
        .select()
        .from(people)
        .where(eq(people.id, id('renee')));
      const audit = (await auditRows(id('renee'))).at(-1);

      expect(stored?.confirmedAt).not.toBeNull();
      expect(audit?.before).toMatchObject({ confirmedAt: null });
    });

    it('searches organizations by name with wildcards taken literally', async () => {
      const view = await openAdd(convener, 'contact');
      const harbor = await suggest(convener, view, 'contactOrganization', 'harbor');
      const wildcard = await suggest(convener, view, 'contactOrganization', '%');
      const everything = await suggest(convener, view, 'contactOrganization', '');

      expect(harbor.map((option) => option.text.text)).toContain(
        'Harbor Point Refining (employer)',
      );
      expect(wildcard).toEqual([]);
      expect(everything.length).toBeGreaterThan(10);
      expect(everything.length).toBeLessThanOrEqual(100);
    });
  });

  describe('industry need form', () => {
    it('starts employer staff at their employer and saves a need', async () => {
      const view = await openAdd(marcus, 'need');
      const employerBlock = view.blocks.find((block) => block.block_id === 'needEmployer');

      expect(JSON.stringify(employerBlock)).toContain('"initial_option"');

      const body = await submit(marcus, view, {
        occupationTitle: 'Test Structural Welder',
        socCode: '51-4121',
        skills: 'Blueprint reading, MIG welding',
        openingsPerYear: '6',
        timeFrame: 'next 12 months',
      });
      await ephemeral(marcus, 'Test Structural Welder');
      const [stored] = await bridge.database.db
        .select()
        .from(industryNeeds)
        .where(eq(industryNeeds.occupationTitle, 'Test Structural Welder'));
      const [audit] = await auditRows(stored?.id ?? '');

      expect(body).toBeUndefined();
      expect(stored?.employerId).toBe(id('Coastline Welding & Fabrication'));
      expect(stored?.skills).toEqual(['Blueprint reading', 'MIG welding']);
      expect(audit?.entityType).toBe('industry_need');
    });

    it('refuses employer staff a need of another employer', async () => {
      const view = await openAdd(marcus, 'need');
      const before = await auditCount();
      const body = await submit(marcus, view, {
        needEmployer: pickedEmployer(view, id('Harbor Point Refining')),
        occupationTitle: 'Test Not Theirs',
      });

      expect(body?.errors?.needEmployer).toContain('Harbor Point Refining belongs to another');
      expect(await auditCount()).toBe(before);
      await clickEdit(marcus, 'need', id('harbor need'));
      await ephemeral(marcus, "Harbor Point Refining's need for Test Process Operator");
    });

    it('rejects a repeated occupation', async () => {
      const view = await openAdd(marcus, 'need');
      const body = await submit(marcus, view, { occupationTitle: 'test structural welder' });

      expect(body?.errors?.occupationTitle).toContain('already has a need for');
    });

    it('refuses chamber staff the add form', async () => {
      await bridge.local.sender.command({ userId: alicia, channelId, text: '/bridge need add' });
      const refusal = await ephemeral(alicia, 'can add industry needs');

      expect(refusal.text).toContain('Only the convener and employer staff');
    });

    it('lets the convener edit any need', async () => {
      const view = await openEdit(convener, 'need', id('harbor need'));
      const body = await submit(convener, view, { openingsPerYear: '14' });
      const audit = (await auditRows(id('harbor need'))).at(-1);

      expect(body).toBeUndefined();
      expect(audit?.before).toMatchObject({ openingsPerYear: null });
      expect(audit?.after).toMatchObject({ openingsPerYear: 14 });
    });
  });

  /** Calls openDirectoryModal as a button handler does, and returns the last two views calls. */
  async function openDirectly(
    userId: string,
    target: Parameters<typeof openDirectoryModal>[3],
    options: Parameters<typeof openDirectoryModal>[4] = {},
  ) {
    const { bridge: running } = bridge;
    const deps = {
      db: bridge.database.db,
      logger: pino({ level: 'silent' }),
      now,
      announcements: running.announcements,
    };
    const request = {
      triggerId: issueTriggerId(userId, Date.now()),
      identity: { teamId: 'T0LOCAL', userId },
      channelId,
    };

    await openDirectoryModal(deps, running.slackApp.client, request, target, options);

    return bridge.local.store.calls.filter((call) => call.method.startsWith('views.')).slice(-2);
  }

  describe('an add form for a chosen organization', () => {
    it('starts a need at the given employer', async () => {
      const harbor = id('Harbor Point Refining');
      await openDirectly(convener, { record: 'need', organizationId: harbor });
      const view = bridge.local.store.openViews(convener).at(-1);
      const employerBlock = view?.blocks.find((block) => block.block_id === 'needEmployer');

      expect(view?.callback_id).toBe('need_form');
      expect(JSON.stringify(employerBlock)).toContain(
        `"initial_option":{"text":{"type":"plain_text","text":"Harbor Point Refining","emoji":true},"value":"${harbor}"}`,
      );
    });
  });

  describe('a slow form', () => {
    const openSlowly = (userId: string, record: DirectoryRecord, recordId: string) =>
      openDirectly(userId, { record, id: recordId }, { prepareBudgetMs: 0 });

    it('fills a loading modal with the form', async () => {
      const [opened, updated] = await openSlowly(convener, 'employer', id('Harbor Point Refining'));
      const form = bridge.local.store.openViews(convener).at(-1);

      expect(opened?.method).toBe('views.open');
      expect(JSON.stringify(opened?.arguments)).toContain('Loading');
      expect(updated?.method).toBe('views.update');
      expect(form?.callback_id).toBe('employer_form');
    });

    it('replaces a loading modal with the reason for a refusal', async () => {
      const [, updated] = await openSlowly(sam, 'employer', id('Harbor Point Refining'));
      const notice = bridge.local.store.openViews(sam).at(-1);
      const refusal = await ephemeral(sam, 'Your role (educator)');

      expect(updated?.method).toBe('views.update');
      expect(JSON.stringify(notice?.blocks)).toContain('Your role (educator)');
      expect(notice?.submit ?? undefined).toBeUndefined();
      expect(refusal.text).toContain('can read the directory');
    });
  });

  describe('a new person', () => {
    it('joins as a viewer who cannot edit', async () => {
      // Renaming Alicia's Slack id makes her next request come from a person Bridge has not seen.
      await bridge.database.db
        .update(people)
        .set({ slackUserId: 'U0GONE05' })
        .where(eq(people.slackUserId, alicia));
      const before = await auditCount();

      await clickEdit(alicia, 'employer', id('Harbor Point Refining'));
      const refusal = await ephemeral(alicia, 'Your role (viewer)');
      const [person] = await bridge.database.db
        .select()
        .from(people)
        .where(eq(people.slackUserId, alicia));

      expect(person?.role).toBe('viewer');
      expect(refusal.text).toContain('can read the directory but not change it');
      // The only change is the new person, audited as a create.
      expect(await auditCount()).toBe(before + 1);
    });
  });

  async function auditCount() {
    const [row] = await bridge.database.db
      .select({ value: sql<number>`count(*)::int` })
      .from(auditLog);
    return row?.value ?? 0;
  }

  async function setRole(userId: string, role: 'viewer' | 'employer') {
    await bridge.database.db.update(people).set({ role }).where(eq(people.slackUserId, userId));
  }

  async function suggest(userId: string, view: SlackView, blockId: string, value: string) {
    const sent = await bridge.local.sender.blockSuggestion({
      userId,
      source: { kind: 'view', view },
      blockId,
      actionId: 'value',
      value,
    });
    const body = sent.body as {
      options?: Array<{ text: { text: string }; value: string }>;
      option_groups?: Array<{ options: Array<{ text: { text: string }; value: string }> }>;
    };

    return body.options ?? body.option_groups?.flatMap((group) => group.options) ?? [];
  }
});

function withRecordId(view: SlackView, recordId: string): string {
  return JSON.stringify({ ...JSON.parse(view.private_metadata), recordId });
}

/** Picks an employer in the need form, whichever kind of select it shows. */
function pickedEmployer(view: SlackView, employerId: string): EnteredValue {
  const block = view.blocks.find((candidate) => candidate.block_id === 'needEmployer');
  const element = (block as { element?: { type?: string } } | undefined)?.element;

  return element?.type === 'external_select' ? picked('Employer', employerId) : employerId;
}
