import type { Button, KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { ContactSummary } from '../../../../src/domain/cards/contacts.js';
import type { DistrictCard } from '../../../../src/domain/cards/district-card.js';
import type { EmployerCard } from '../../../../src/domain/cards/employer-card.js';
import type { ProgramCard } from '../../../../src/domain/cards/program-card.js';
import { checkBlocks } from '../../../../src/local/web-api/block-kit-blocks.js';
import { parseBridgeCommand } from '../../../../src/slack/commands/parse-command.js';
import type { CardPermissions } from '../../../../src/slack/messages/cards.js';
import {
  findCommand,
  renderCardCandidates,
  renderNoCardMatch,
} from '../../../../src/slack/messages/cards.js';
import { renderDistrictCard } from '../../../../src/slack/messages/district-card.js';
import { renderEmployerCard } from '../../../../src/slack/messages/employer-card.js';
import { renderProgramCard } from '../../../../src/slack/messages/program-card.js';

const timeZone = 'America/Chicago';
const hostile = '<!channel> *bold* & <https://evil.example|click>';
const escapedHostile = '&lt;!channel&gt; *bold* &amp; &lt;https://evil.example|click&gt;';
const readOnly: CardPermissions = { editRecord: false, editableContactIds: new Set() };

function uuid(index: number): string {
  return `00000000-0000-4000-8000-${index.toString().padStart(12, '0')}`;
}

function contact(index: number, overrides: Partial<ContactSummary> = {}): ContactSummary {
  return {
    id: uuid(index),
    name: `Contact ${index}`,
    title: 'Shop foreman',
    email: `contact${index}@coastline.example`,
    phone: '361-555-0100',
    organizationName: 'Coastline Welding & Fabrication',
    confirmedAt: new Date('2027-01-04T15:00:00Z'),
    stale: false,
    ...overrides,
  };
}

function employerCard(overrides: Partial<EmployerCard> = {}): EmployerCard {
  return {
    id: uuid(1),
    name: 'Coastline Welding & Fabrication',
    naicsCode: '332312',
    size: '50-249',
    address: '1200 Shipyard Rd, Port Alder, TX',
    zip: '78374',
    contacts: { contacts: [contact(2)], total: 1 },
    needs: {
      rows: [
        {
          id: uuid(3),
          occupationTitle: 'Welders, Cutters, Solderers, and Brazers',
          socCode: '51-4121',
          openingsPerYear: 6,
          timeFrame: 'within 6 months',
          skills: ['MIG', 'TIG', 'blueprint reading'],
        },
      ],
      total: 1,
    },
    opportunities: {
      rows: [
        {
          id: uuid(4),
          title: 'Summer welding internship',
          type: 'internship',
          startsOn: '2027-06-07',
          endsOn: '2027-08-13',
          slots: 4,
        },
      ],
      total: 1,
    },
    outreach: {
      stage: 'not_contacted',
      owner: null,
      lastContactOn: null,
      nextFollowUpOn: null,
      followUpOverdue: false,
      contacts: { rows: [], total: 0 },
    },
    capacity: null,
    ...overrides,
  };
}

function programCard(overrides: Partial<ProgramCard> = {}): ProgramCard {
  return {
    id: uuid(10),
    name: 'Welding',
    campus: { id: uuid(11), name: 'Port Alder High School' },
    district: { id: uuid(12), name: 'Port Alder ISD' },
    careerCluster: 'Advanced Manufacturing',
    cipCode: '48.0508',
    socCodes: ['51-4121'],
    lowestGrade: 10,
    highestGrade: 12,
    enrollment: 84,
    certifications: ['AWS D1.1', 'OSHA 10'],
    wblOffered: ['job_shadow'],
    wblMissing: ['internship', 'apprenticeship'],
    possiblePartners: {
      rows: [
        {
          id: uuid(1),
          name: 'Coastline Welding & Fabrication',
          matchingNeeds: [{ occupationTitle: 'Welders', socCode: '51-4121' }],
          openOpportunities: 1,
        },
      ],
      total: 1,
    },
    ...overrides,
  };
}

function districtCard(overrides: Partial<DistrictCard> = {}): DistrictCard {
  return {
    id: uuid(12),
    name: 'Port Alder ISD',
    campuses: {
      rows: [
        {
          id: uuid(11),
          name: 'Port Alder High School',
          zip: '78374',
          programNames: ['Culinary Arts', 'Welding'],
          programTotal: 2,
        },
      ],
      total: 1,
    },
    contacts: { contacts: [contact(20, { organizationName: 'Port Alder ISD' })], total: 1 },
    careerClusters: ['Advanced Manufacturing', 'Hospitality, Events, & Tourism'],
    openOpportunities: 3,
    ...overrides,
  };
}

/** Returns the problems Slack would report for these blocks, such as a text over its limit. */
function blockKitProblems(blocks: KnownBlock[]): string[] {
  return checkBlocks(blocks, '/blocks', 50).messages;
}

function sectionTexts(blocks: KnownBlock[]): string[] {
  return blocks.flatMap((block) =>
    block.type === 'section' && block.text ? [block.text.text] : [],
  );
}

function contextTexts(blocks: KnownBlock[]): string[] {
  return blocks.flatMap((block) =>
    block.type === 'context'
      ? block.elements.flatMap((element) => ('text' in element ? [element.text] : []))
      : [],
  );
}

/** Lists every button of a message with its text, action id and value. */
function buttons(blocks: KnownBlock[]): Array<{ text: string; actionId: string; value: string }> {
  const elements = blocks.flatMap((block): Array<{ type: string }> => {
    if (block.type === 'actions') return block.elements;
    if (block.type === 'section' && block.accessory) return [block.accessory];
    return [];
  });

  return elements.flatMap((element) => {
    if (element.type !== 'button') return [];

    const button = element as Button;

    return [
      { text: button.text.text, actionId: button.action_id ?? '', value: button.value ?? '' },
    ];
  });
}

describe('renderEmployerCard', () => {
  it('shows every section', () => {
    const message = renderEmployerCard({ card: employerCard(), permissions: readOnly, timeZone });
    const texts = sectionTexts(message.blocks).join('\n');

    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Coastline Welding & Fabrication', emoji: true },
    });
    expect(texts).toContain('*Industry:* NAICS 332312, Manufacturing');
    expect(texts).toContain('*Size:* 50-249 employees');
    expect(texts).toContain('*Address:* 1200 Shipyard Rd, Port Alder, TX 78374');
    expect(texts).toContain('*Contact 2*, Shop foreman\ncontact2@coastline.example · 361-555-0100');
    expect(texts).toContain(
      '• *Welders, Cutters, Solderers, and Brazers* · SOC 51-4121 · 6 openings a year · within 6 months\n   Skills: MIG, TIG, blueprint reading',
    );
    expect(texts).toContain(
      '• *Summer welding internship* · Internship · Jun 7, 2027 to Aug 13, 2027 · 4 slots',
    );
    expect(contextTexts(message.blocks)).toContain(
      'Register an opportunity for this employer with `/bridge opportunity new`.',
    );
    expect(message.text).toBe(
      'Coastline Welding &amp; Fabrication: 1 contact, 1 industry need, 1 open opportunity.',
    );
  });

  it('shows no buttons to a reader who may not edit', () => {
    const message = renderEmployerCard({ card: employerCard(), permissions: readOnly, timeZone });

    expect(buttons(message.blocks)).toEqual([]);
  });

  it('shows Edit, Add a need and Add a contact to an editor', () => {
    const permissions = { editRecord: true, editableContactIds: new Set([uuid(2)]) };
    const message = renderEmployerCard({ card: employerCard(), permissions, timeZone });

    expect(buttons(message.blocks)).toEqual([
      { text: 'Edit', actionId: 'directory_edit', value: `contact:${uuid(2)}` },
      { text: 'Edit', actionId: 'directory_edit', value: `employer:${uuid(1)}` },
      { text: 'Add a need', actionId: 'directory_add_need', value: uuid(1) },
      { text: 'Add a contact', actionId: 'directory_add_contact', value: uuid(1) },
    ]);
  });

  it('marks stale and never confirmed contacts', () => {
    const contacts = [
      contact(2, { stale: true, confirmedAt: new Date('2025-03-03T18:00:00Z') }),
      contact(3, { stale: true, confirmedAt: null }),
    ];
    const card = employerCard({ contacts: { contacts, total: 2 } });
    const texts = sectionTexts(
      renderEmployerCard({ card, permissions: readOnly, timeZone }).blocks,
    );

    expect(texts).toContainEqual(
      expect.stringContaining(':warning: Stale: last confirmed Mar 3, 2025'),
    );
    expect(texts).toContainEqual(expect.stringContaining(':warning: Stale: never confirmed'));
  });

  it('names the sector of a NAICS code and says what is missing', () => {
    const card = employerCard({ naicsCode: '621512', size: null, address: null, zip: null });
    const [details] = sectionTexts(
      renderEmployerCard({ card, permissions: readOnly, timeZone }).blocks,
    );

    expect(details).toBe(
      '*Industry:* NAICS 621512, Health Care and Social Assistance\n*Size:* not recorded\n*Address:* not recorded',
    );
  });

  it('shows a ZIP code without a street address', () => {
    const card = employerCard({ address: null });
    const [details] = sectionTexts(
      renderEmployerCard({ card, permissions: readOnly, timeZone }).blocks,
    );

    expect(details).toContain('*Address:* ZIP 78374');
  });

  it('says when lists are empty', () => {
    const card = employerCard({
      contacts: { contacts: [], total: 0 },
      needs: { rows: [], total: 0 },
      opportunities: { rows: [], total: 0 },
    });
    const message = renderEmployerCard({ card, permissions: readOnly, timeZone });

    expect(contextTexts(message.blocks)).toContain('No contacts yet.');
    expect(sectionTexts(message.blocks)).toContain('*Industry needs*\nNone recorded yet.');
    expect(sectionTexts(message.blocks)).toContain('*Open opportunities*\nNone open right now.');
  });

  it('fits 200 contacts within limits', () => {
    const contacts = Array.from({ length: 200 }, (_, index) => contact(100 + index));
    const card = employerCard({ contacts: { contacts, total: 200 } });
    const permissions = {
      editRecord: true,
      editableContactIds: new Set(contacts.map((row) => row.id)),
    };
    const message = renderEmployerCard({ card, permissions, timeZone });

    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(blockKitProblems(message.blocks)).toEqual([]);
    expect(
      sectionTexts(message.blocks).filter((text) => text.startsWith('*Contact ')),
    ).toHaveLength(10);
    expect(contextTexts(message.blocks)).toContain(
      '190 more contacts not shown. See them with `/bridge find Coastline Welding &amp; Fabrication`.',
    );
    expect(message.text).toContain('200 contacts');
  });

  it('counts needs and opportunities beyond the card', () => {
    const base = employerCard();
    const need = base.needs.rows[0];
    const opportunity = base.opportunities.rows[0];

    if (!need || !opportunity) throw new Error('fixture has no need or opportunity');

    const card = employerCard({
      needs: { rows: Array.from({ length: 12 }, () => need), total: 12 },
      opportunities: { rows: Array.from({ length: 30 }, () => opportunity), total: 30 },
    });
    const notes = contextTexts(
      renderEmployerCard({ card, permissions: readOnly, timeZone }).blocks,
    );

    expect(notes).toContain(
      '4 more industry needs not shown. See them with `/bridge find Coastline Welding &amp; Fabrication`.',
    );
    expect(notes).toContain(
      '22 more open opportunities not shown. See them with `/bridge find Coastline Welding &amp; Fabrication`.',
    );
  });

  it('escapes stored text everywhere', () => {
    const card = employerCard({
      name: hostile,
      address: hostile,
      contacts: {
        contacts: [contact(2, { name: hostile, title: hostile, email: hostile })],
        total: 1,
      },
      needs: {
        rows: [
          {
            id: uuid(3),
            occupationTitle: hostile,
            socCode: null,
            openingsPerYear: null,
            timeFrame: hostile,
            skills: [hostile],
          },
        ],
        total: 1,
      },
      opportunities: {
        rows: [
          { id: uuid(4), title: hostile, type: 'other', startsOn: null, endsOn: null, slots: 1 },
        ],
        total: 1,
      },
    });
    const message = renderEmployerCard({ card, permissions: readOnly, timeZone });
    const texts = [...sectionTexts(message.blocks), ...contextTexts(message.blocks), message.text];

    for (const text of texts) expect(text).not.toMatch(/<[!@#h]/);

    expect(sectionTexts(message.blocks).join('\n')).toContain(escapedHostile);
  });

  it('fits the longest values within limits', () => {
    const long = '&'.repeat(3000);
    const need = {
      id: uuid(3),
      occupationTitle: long,
      socCode: '51-4121',
      openingsPerYear: 2_147_483_647,
      timeFrame: long,
      skills: Array.from({ length: 50 }, () => long),
    };
    const opportunity = {
      id: uuid(4),
      title: long,
      type: 'equipment_donation' as const,
      startsOn: '2027-06-07',
      endsOn: '2027-08-13',
      slots: 2_147_483_647,
    };
    const contacts = Array.from({ length: 40 }, (_, index) =>
      contact(index, { name: long, title: long, email: long, phone: long, stale: true }),
    );
    const card = employerCard({
      name: long,
      address: long,
      contacts: { contacts, total: 40 },
      needs: { rows: Array.from({ length: 40 }, () => need), total: 40 },
      opportunities: { rows: Array.from({ length: 40 }, () => opportunity), total: 40 },
    });
    const permissions = { editRecord: true, editableContactIds: new Set([uuid(1)]) };
    const message = renderEmployerCard({ card, permissions, timeZone });

    expect(blockKitProblems(message.blocks)).toEqual([]);
    for (const text of sectionTexts(message.blocks)) expect(text.length).toBeLessThanOrEqual(3000);
  });
});

describe('renderProgramCard', () => {
  it('shows program details', () => {
    const message = renderProgramCard({ card: programCard(), permissions: readOnly });
    const [details, wbl, partners] = sectionTexts(message.blocks);

    expect(details).toBe(
      [
        '*Campus:* Port Alder High School (Port Alder ISD)',
        '*Career cluster:* Advanced Manufacturing',
        '*CIP code:* 48.0508',
        '*SOC codes:* 51-4121',
        '*Grades:* 10 to 12',
        '*Enrollment:* 84 students',
        '*Certifications:* AWS D1.1, OSHA 10',
      ].join('\n'),
    );
    expect(wbl).toBe(
      '*Work-based learning offered:* Job shadow\n*Work-based learning it lacks:* Internship, Apprenticeship',
    );
    expect(partners).toBe(
      '*Possible partners* (1)\n• *Coastline Welding &amp; Fabrication*: needs Welders (51-4121); 1 open opportunity in Advanced Manufacturing',
    );
    expect(buttons(message.blocks)).toEqual([]);
  });

  it('shows Edit to an editor', () => {
    const permissions = { editRecord: true, editableContactIds: new Set<string>() };
    const message = renderProgramCard({ card: programCard(), permissions });

    expect(buttons(message.blocks)).toEqual([
      { text: 'Edit', actionId: 'directory_edit', value: `program:${uuid(10)}` },
    ]);
  });

  it('shows five partners and counts the rest', () => {
    const rows = Array.from({ length: 5 }, (_, index) => ({
      id: uuid(30 + index),
      name: `Employer ${index}`,
      matchingNeeds: [],
      openOpportunities: 2,
    }));
    const card = programCard({ possiblePartners: { rows, total: 9 } });
    const message = renderProgramCard({ card, permissions: readOnly });
    const partners = sectionTexts(message.blocks)[2] ?? '';

    expect(partners.split('\n')).toHaveLength(6);
    expect(partners).toContain('• *Employer 4*: 2 open opportunities in Advanced Manufacturing');
    expect(contextTexts(message.blocks)).toContain(
      '4 more possible partners not shown. See them with `/bridge find Advanced Manufacturing 51-4121`.',
    );
  });

  it('says what is not recorded', () => {
    const card = programCard({
      district: null,
      cipCode: null,
      socCodes: [],
      lowestGrade: null,
      highestGrade: null,
      enrollment: null,
      certifications: [],
      wblOffered: [],
      wblMissing: [],
      possiblePartners: { rows: [], total: 0 },
    });
    const [details, wbl, partners] = sectionTexts(
      renderProgramCard({ card, permissions: readOnly }).blocks,
    );

    expect(details).toContain('*Campus:* Port Alder High School\n');
    expect(details).toContain('*CIP code:* not recorded');
    expect(details).toContain('*Grades:* not recorded');
    expect(wbl).toContain('*Work-based learning offered:* none recorded');
    expect(partners).toContain('No employer has a need with these SOC codes');
  });

  it('escapes stored text', () => {
    const card = programCard({
      name: hostile,
      campus: { id: uuid(11), name: hostile },
      certifications: [hostile],
    });
    const message = renderProgramCard({ card, permissions: readOnly });

    for (const text of [...sectionTexts(message.blocks), message.text]) {
      expect(text).not.toMatch(/<[!@#h]/);
    }
  });
});

describe('renderDistrictCard', () => {
  it('shows campuses and contacts', () => {
    const message = renderDistrictCard({ card: districtCard(), permissions: readOnly, timeZone });
    const texts = sectionTexts(message.blocks);

    expect(texts).toContain(
      '*Career clusters its programs cover:* Advanced Manufacturing, Hospitality, Events, &amp; Tourism\n*3 open opportunities* in those clusters; list open opportunities with `/bridge opportunities`.',
    );
    expect(texts).toContain('*Campuses* (1)');
    expect(texts).toContain(
      '*Port Alder High School* · ZIP 78374\n2 programs: Culinary Arts, Welding',
    );
    expect(texts).toContainEqual(
      expect.stringContaining('*Contact 20*, Shop foreman · Port Alder ISD'),
    );
    expect(message.text).toBe('Port Alder ISD: 1 campus, 1 contact.');
  });

  it('caps programs per campus', () => {
    const names = Array.from({ length: 6 }, (_, index) => `Program ${index}`);
    const card = districtCard({
      campuses: {
        rows: [
          {
            id: uuid(11),
            name: 'Port Alder High School',
            zip: null,
            programNames: names,
            programTotal: 9,
          },
        ],
        total: 1,
      },
    });
    const texts = sectionTexts(
      renderDistrictCard({ card, permissions: readOnly, timeZone }).blocks,
    );

    expect(texts).toContain(
      '*Port Alder High School*\n9 programs: Program 0, Program 1, Program 2, Program 3, Program 4, Program 5, and 3 more: `/bridge find Port Alder High School`',
    );
  });

  it('fits 40 campuses and 200 contacts', () => {
    const campuses = Array.from({ length: 40 }, (_, index) => ({
      id: uuid(200 + index),
      name: `Campus ${index} ${'&'.repeat(200)}`,
      zip: '78374',
      programNames: Array.from({ length: 6 }, () => '<'.repeat(200)),
      programTotal: 60,
    }));
    const contacts = Array.from({ length: 200 }, (_, index) => contact(300 + index));
    const card = districtCard({
      campuses: { rows: campuses, total: 40 },
      contacts: { contacts, total: 200 },
    });
    const permissions = { editRecord: false, editableContactIds: new Set([uuid(300)]) };
    const message = renderDistrictCard({ card, permissions, timeZone });

    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(blockKitProblems(message.blocks)).toEqual([]);
    expect(contextTexts(message.blocks)).toContain(
      '28 more campuses not shown. See them with `/bridge find Port Alder ISD`.',
    );
    expect(contextTexts(message.blocks)).toContain(
      '190 more contacts not shown. See them with `/bridge find Port Alder ISD`.',
    );
    expect(buttons(message.blocks)).toEqual([
      { text: 'Edit', actionId: 'directory_edit', value: `contact:${uuid(300)}` },
    ]);
  });

  it('says when no program covers a cluster', () => {
    const card = districtCard({
      campuses: { rows: [], total: 0 },
      careerClusters: [],
      openOpportunities: 0,
    });
    const texts = sectionTexts(
      renderDistrictCard({ card, permissions: readOnly, timeZone }).blocks,
    );

    expect(texts).toContain(
      '*Career clusters:* none yet, because no program is recorded for its campuses.',
    );
    expect(texts).toContain('*Campuses*\nNo campuses recorded yet.');
  });
});

describe('renderCardCandidates', () => {
  const candidates = [
    { id: uuid(1), name: 'Welding', campusName: 'Port Alder High School' },
    { id: uuid(2), name: 'Welding', campusName: 'Mesquite Flats High School' },
  ];

  it('offers Show for each candidate', () => {
    const message = renderCardCandidates({
      record: 'program',
      typed: 'welding',
      candidates,
      total: 2,
      kind: 'exact',
    });

    expect(sectionTexts(message.blocks)).toEqual([
      '2 programs match “welding”; choose one:',
      '*Welding* at Port Alder High School',
      '*Welding* at Mesquite Flats High School',
    ]);
    expect(buttons(message.blocks)).toEqual([
      { text: 'Show', actionId: 'directory_card', value: `program:${uuid(1)}` },
      { text: 'Show', actionId: 'directory_card', value: `program:${uuid(2)}` },
    ]);
    expect(message.text).toContain('• *Welding* at Port Alder High School\n');
    expect(message.text).not.toContain('`/bridge program Welding`');
  });

  it('says when names are only similar', () => {
    const message = renderCardCandidates({
      record: 'employer',
      typed: 'coastl',
      candidates: [{ id: uuid(1), name: 'Coastal Staffing', campusName: null }],
      total: 1,
      kind: 'similar',
    });

    expect(sectionTexts(message.blocks)[0]).toBe(
      'No employer is named “coastl”. These names are close; choose one:',
    );
  });

  it('counts candidates beyond ten', () => {
    const many = Array.from({ length: 10 }, (_, index) => ({
      id: uuid(index),
      name: `Gulf ${index}`,
      campusName: null,
    }));
    const message = renderCardCandidates({
      record: 'employer',
      typed: 'gulf',
      candidates: many,
      total: 14,
      kind: 'words',
    });

    expect(buttons(message.blocks)).toHaveLength(10);
    expect(message.text).toContain('• *Gulf 0*: `/bridge employer Gulf 0`');
    expect(contextTexts(message.blocks)).toEqual([
      '4 more employers match. Type more of the name, or list them all with `/bridge find gulf`.',
    ]);
  });

  it('escapes the typed name', () => {
    const message = renderCardCandidates({
      record: 'employer',
      typed: hostile,
      candidates,
      total: 2,
      kind: 'words',
    });

    expect(sectionTexts(message.blocks)[0]).toContain(escapedHostile);
  });
});

describe('renderNoCardMatch', () => {
  it('suggests a search with the typed words', () => {
    expect(renderNoCardMatch('district', 'lakeview <isd>').text).toBe(
      'No district matches “lakeview &lt;isd&gt;”. Check the spelling, or search the whole directory with `/bridge find lakeview &lt;isd&gt;`.',
    );
  });
});

describe('findCommand', () => {
  /** Reads the command out of its code span and encodes it as Slack sends typed text. */
  function asSent(rendered: string): string {
    const spanText = rendered.replace(/^`\/bridge /, '').replace(/`$/, '');
    const typed = spanText.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

    return typed.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  it('keeps a short name whole', () => {
    expect(findCommand('Coastline Welding & Fabrication')).toBe(
      '`/bridge find Coastline Welding &amp; Fabrication`',
    );
  });

  it('cuts a long name after a whole word', () => {
    const name = Array.from({ length: 40 }, (_, index) => `Bay&Gulf${index}`).join(' ');
    const sent = asSent(findCommand(name));
    const parsed = parseBridgeCommand(sent);

    expect(parsed.kind).toBe('find');
    expect(sent.length).toBeLessThanOrEqual('find '.length + 200);
    expect(name.startsWith(`${sent.slice('find '.length).replace(/&amp;/g, '&')} `)).toBe(true);
  });

  it('cuts a single word longer than a command', () => {
    const sent = asSent(findCommand('<'.repeat(300)));

    expect(parseBridgeCommand(sent).kind).toBe('find');
    expect(sent).toBe(`find ${'&lt;'.repeat(50)}`);
  });
});
