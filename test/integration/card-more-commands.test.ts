import type { KnownBlock } from '@slack/types';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import {
  industryNeeds,
  opportunities,
  organizations,
  partnerships,
  people,
  programs,
} from '../../src/db/schema/index.js';
import { loadDemoData } from '../../src/demo/load-demo-data.js';
import { getDistrictCard } from '../../src/domain/cards/district-card.js';
import { getEmployerCard } from '../../src/domain/cards/employer-card.js';
import { getProgramCard } from '../../src/domain/cards/program-card.js';
import { type SearchResult, searchDirectory } from '../../src/domain/search.js';
import { parseBridgeCommand } from '../../src/slack/commands/parse-command.js';
import { type CardPermissions, cardLimits } from '../../src/slack/messages/cards.js';
import { renderDistrictCard } from '../../src/slack/messages/district-card.js';
import { renderEmployerCard } from '../../src/slack/messages/employer-card.js';
import { FIND_RESULTS_PER_MESSAGE } from '../../src/slack/messages/find.js';
import { renderProgramCard } from '../../src/slack/messages/program-card.js';
import type { TestDatabase } from '../support/database.js';
import { createTestDatabase, drivers } from '../support/database.js';

const now = new Date('2027-01-11T15:00:00Z');
const today = '2027-01-11';
const timeZone = 'America/Chicago';
const readOnly: CardPermissions = { editRecord: false, editableContactIds: new Set() };
/** Limits large enough that a card read with them lists every row. */
const everything = {
  contacts: 1000,
  needs: 1000,
  opportunities: 1000,
  campuses: 1000,
  programsPerCampus: 1000,
};

/** Returns the text of every section and context element of a message. */
function textsOf(blocks: KnownBlock[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'section' && block.text) return [block.text.text];
    if (block.type === 'context') {
      return block.elements.flatMap((element) => ('text' in element ? [element.text] : []));
    }
    return [];
  });
}

/** Returns the `/bridge find …` command named after "N more <noun>" in a card. */
function moreCommand(blocks: KnownBlock[], noun: string): string {
  const pattern = new RegExp(`\\d+ more ${noun} not shown\\. See them with (\`[^\`]+\`)`);

  for (const text of textsOf(blocks)) {
    const found = pattern.exec(text)?.[1];

    if (found) return found;
  }

  throw new Error(`the card names no command for more ${noun}`);
}

/** Returns the command named after "and N more:" in a campus's line of programs. */
function campusMoreCommand(blocks: KnownBlock[]): string {
  for (const text of textsOf(blocks)) {
    const found = /and \d+ more: (`[^`]+`)/.exec(text)?.[1];

    if (found) return found;
  }

  throw new Error('no campus names a command for more programs');
}

/**
 * Types a command span as a person would (Slack sends `&`, `<` and `>` as entities), checks that
 * `/bridge` reads it as a search, and returns every result of that search, page by page.
 */
async function followFind(db: Database, partnershipId: string, span: string) {
  const spanText = span.replace(/^`\/bridge /, '').replace(/`$/, '');
  const typed = spanText.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const sent = typed.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const command = parseBridgeCommand(sent);

  if (command.kind !== 'find') throw new Error(`${span} is not a search: ${command.kind}`);

  const query = command.query.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const results: SearchResult[] = [];
  let total = Number.POSITIVE_INFINITY;

  while (results.length < total) {
    const page = await searchDirectory(db, {
      partnershipId,
      query,
      limit: FIND_RESULTS_PER_MESSAGE,
      offset: results.length,
      now,
    });

    if (page.results.length === 0) break;

    results.push(...page.results);
    total = page.total;
  }

  return results;
}

describe.each(drivers)('cards name searches that list the rest on %s', (driver) => {
  let database: TestDatabase;
  let db: Database;
  let partnershipId: string;
  const ids: Record<string, string> = {};

  /** Returns the id of a demo organization by name. */
  async function organizationId(name: string): Promise<string> {
    const [row] = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(eq(organizations.partnershipId, partnershipId), eq(organizations.name, name)));

    if (!row) throw new Error(`no demo organization ${name}`);

    return row.id;
  }

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    db = database.db;
    await loadDemoData(db, { teamId: 'TDEMO', now, announcementChannelId: 'C0DEMO' });
    const [partnership] = await db.select({ id: partnerships.id }).from(partnerships);
    partnershipId = partnership?.id ?? '';
    ids.coastline = await organizationId('Coastline Welding & Fabrication');
    ids.portAlder = await organizationId('Port Alder ISD');
    ids.highSchool = await organizationId('Port Alder High School');

    // Enough rows past each card's limits that every list is cut.
    await db.insert(people).values(
      Array.from({ length: 13 }, (_, index) => ({
        partnershipId,
        organizationId: ids.coastline,
        displayName: `Welder Contact ${index}`,
        title: 'Welder',
      })),
    );
    await db.insert(industryNeeds).values(
      Array.from({ length: 10 }, (_, index) => ({
        partnershipId,
        employerId: ids.coastline ?? '',
        occupationTitle: `Fitter grade ${index}`,
        socCode: '51-2041',
        openingsPerYear: index,
      })),
    );
    await db.insert(opportunities).values(
      Array.from({ length: 10 }, (_, index) => ({
        partnershipId,
        employerId: ids.coastline ?? '',
        type: 'job_shadow' as const,
        title: `Shop floor shadow ${index}`,
        careerCluster: 'Advanced Manufacturing',
        slots: 1,
      })),
    );
    const campuses = await db
      .insert(organizations)
      .values(
        Array.from({ length: 11 }, (_, index) => ({
          partnershipId,
          kind: 'campus' as const,
          name: `Seaside Elementary ${index}`,
          parentId: ids.portAlder,
        })),
      )
      .returning({ id: organizations.id });
    await db.insert(people).values(
      campuses.map((campus, index) => ({
        partnershipId,
        organizationId: campus.id,
        displayName: `Campus Teacher ${index}`,
      })),
    );
    await db.insert(programs).values(
      Array.from({ length: 5 }, (_, index) => ({
        partnershipId,
        campusId: ids.highSchool ?? '',
        name: `Zoology ${index}`,
        careerCluster: 'Agriculture',
      })),
    );
    const partners = await db
      .insert(organizations)
      .values(
        Array.from({ length: 8 }, (_, index) => ({
          partnershipId,
          kind: 'employer' as const,
          name: `Gulfside Partner Shop ${index}`,
        })),
      )
      .returning({ id: organizations.id });
    await db.insert(industryNeeds).values(
      partners.slice(0, 6).map((partner) => ({
        partnershipId,
        employerId: partner.id,
        occupationTitle: 'Welder',
        socCode: '51-4121',
      })),
    );
    await db.insert(opportunities).values(
      partners.slice(6).map((partner) => ({
        partnershipId,
        employerId: partner.id,
        type: 'facility_tour' as const,
        title: 'Plant tour',
        careerCluster: 'Advanced Manufacturing',
        slots: 5,
      })),
    );
  });

  afterAll(async () => {
    await database?.close();
  });

  async function employerCard(limits: typeof cardLimits | typeof everything) {
    const card = await getEmployerCard(db, {
      partnershipId,
      employerId: ids.coastline ?? '',
      today,
      now,
      limits,
    });

    if (!card) throw new Error('no employer card');

    return card;
  }

  async function districtCard(limits: typeof cardLimits | typeof everything) {
    const card = await getDistrictCard(db, {
      partnershipId,
      districtId: ids.portAlder ?? '',
      today,
      now,
      limits,
    });

    if (!card) throw new Error('no district card');

    return card;
  }

  it('lists every contact, need and opportunity of an employer first', async () => {
    const card = await employerCard(cardLimits);
    const all = await employerCard(everything);
    const blocks = renderEmployerCard({ card, permissions: readOnly, timeZone }).blocks;
    const contactsCommand = moreCommand(blocks, 'contacts');
    const results = await followFind(db, partnershipId, contactsCommand);
    const found = results.map((result) => result.id);
    // The search lists filled and closed opportunities too, which the card leaves out.
    const employerOpportunities = await db
      .select({ id: opportunities.id })
      .from(opportunities)
      .where(eq(opportunities.employerId, ids.coastline ?? ''));
    const employerRows = new Set([
      all.id,
      ...all.contacts.contacts.map((contact) => contact.id),
      ...all.needs.rows.map((need) => need.id),
      ...employerOpportunities.map((opportunity) => opportunity.id),
    ]);

    expect(card.contacts.total).toBe(15);
    expect(contactsCommand).toBe('`/bridge find Coastline Welding &amp; Fabrication`');
    expect(moreCommand(blocks, 'industry needs')).toBe(contactsCommand);
    expect(moreCommand(blocks, 'open opportunities')).toBe(contactsCommand);
    expect(new Set(found.slice(0, employerRows.size))).toEqual(employerRows);
  });

  it('lists every campus and contact of a district first', async () => {
    const card = await districtCard(cardLimits);
    const all = await districtCard(everything);
    const blocks = renderDistrictCard({ card, permissions: readOnly, timeZone }).blocks;
    const campusesCommand = moreCommand(blocks, 'campuses');
    const found = (await followFind(db, partnershipId, campusesCommand)).map((result) => result.id);
    const campusIds = all.campuses.rows.map((campus) => campus.id);
    const contactIds = all.contacts.contacts.map((contact) => contact.id);
    const leading = new Set(found.slice(0, 1 + campusIds.length + contactIds.length));

    expect(card.campuses.total).toBeGreaterThan(cardLimits.campuses);
    expect(card.contacts.total).toBeGreaterThan(cardLimits.contacts);
    expect(moreCommand(blocks, 'contacts')).toBe(campusesCommand);
    expect(leading).toEqual(new Set([all.id, ...campusIds, ...contactIds]));
  });

  it('lists every program of a campus first', async () => {
    const card = await districtCard(cardLimits);
    const blocks = renderDistrictCard({ card, permissions: readOnly, timeZone }).blocks;
    const command = campusMoreCommand(blocks);
    const campusPrograms = await db
      .select({ id: programs.id })
      .from(programs)
      .where(eq(programs.campusId, ids.highSchool ?? ''));
    const results = await followFind(db, partnershipId, command);
    const programIds = results
      .filter((result) => result.kind === 'program')
      .map((result) => result.id);

    expect(command).toBe('`/bridge find Port Alder High School`');
    expect(campusPrograms.length).toBeGreaterThan(cardLimits.programsPerCampus);
    expect(results[0]?.id).toBe(ids.highSchool);
    expect(new Set(programIds)).toEqual(new Set(campusPrograms.map((program) => program.id)));
  });

  it('names every possible partner of a program', async () => {
    const [welding] = await db
      .select({ id: programs.id })
      .from(programs)
      .where(and(eq(programs.campusId, ids.highSchool ?? ''), eq(programs.name, 'Welding')));
    const read = (partnerLimit: number) =>
      getProgramCard(db, { partnershipId, programId: welding?.id ?? '', today, partnerLimit });
    const card = await read(cardLimits.possiblePartners);
    const all = await read(1000);

    if (!card || !all) throw new Error('no program card');

    const blocks = renderProgramCard({ card, permissions: readOnly }).blocks;
    const command = moreCommand(blocks, 'possible partners');
    const results = await followFind(db, partnershipId, command);
    const employers = new Set(
      results.flatMap((result) =>
        result.kind === 'need' || result.kind === 'opportunity' ? [result.employerName] : [],
      ),
    );

    expect(command).toBe('`/bridge find Advanced Manufacturing 51-4121`');
    expect(card.possiblePartners.total).toBeGreaterThan(cardLimits.possiblePartners);
    for (const partner of all.possiblePartners.rows) expect(employers).toContain(partner.name);
  });
});
