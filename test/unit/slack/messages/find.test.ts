import { describe, expect, it } from 'vitest';
import type {
  NeedResult,
  OpportunityResult,
  OrganizationResult,
  PersonResult,
  ProgramResult,
  SearchPage,
  SearchResult,
} from '../../../../src/domain/search.js';
import {
  encodeFindPage,
  FIND_PAGE_BLOCK,
  FIND_RESULTS_PER_MESSAGE,
  parseFindPage,
  renderFindResults,
} from '../../../../src/slack/messages/find.js';
import { renderResultText } from '../../../../src/slack/messages/find-result.js';

interface Button {
  action_id: string;
  value: string;
  text: { text: string };
}

function employer(overrides: Partial<OrganizationResult> = {}): OrganizationResult {
  return {
    kind: 'organization',
    id: '0b6f3c5e-8d1a-4c1e-9f0a-2b3c4d5e6f70',
    title: 'Coastline Welding & Fabrication',
    score: 5,
    organizationKind: 'employer',
    naicsCode: '332312',
    zip: '78401',
    place: 'Corpus Christi, TX',
    address: null,
    parentName: null,
    ...overrides,
  };
}

function person(overrides: Partial<PersonResult> = {}): PersonResult {
  return {
    kind: 'person',
    id: '1c7f4d6e-9e2b-4d2f-8a1b-3c4d5e6f7081',
    title: 'Marcus Lee',
    score: 1.5,
    personTitle: 'Shop foreman',
    organizationName: 'Coastline Welding & Fabrication',
    organizationKind: 'employer',
    confirmedOn: '2026-11-02',
    stale: false,
    ...overrides,
  };
}

function program(overrides: Partial<ProgramResult> = {}): ProgramResult {
  return {
    kind: 'program',
    id: '2d8a5e7f-af3c-4e3a-9b2c-4d5e6f708192',
    title: 'Welding',
    score: 1.5,
    campusName: 'Port Alder High School',
    campusZip: '78401',
    campusPlace: 'Corpus Christi, TX',
    districtName: 'Port Alder ISD',
    careerCluster: 'Advanced Manufacturing',
    ...overrides,
  };
}

function opportunity(overrides: Partial<OpportunityResult> = {}): OpportunityResult {
  return {
    kind: 'opportunity',
    id: '3e9b6f80-b04d-4f4b-8c3d-5e6f708192a3',
    title: 'Summer welding internship',
    score: 1.4,
    opportunityType: 'internship',
    employerName: 'Coastline Welding & Fabrication',
    status: 'open',
    careerCluster: 'Advanced Manufacturing',
    ...overrides,
  };
}

function need(overrides: Partial<NeedResult> = {}): NeedResult {
  return {
    kind: 'need',
    id: '4fa07091-c15e-4a5c-9d4e-6f708192a3b4',
    title: 'Structural welder',
    score: 0.95,
    employerName: 'Coastline Welding & Fabrication',
    socCode: '51-4121',
    openingsPerYear: 12,
    timeFrame: '12 months',
    skills: ['SMAW', 'FCAW', 'blueprint reading'],
    ...overrides,
  };
}

function page(results: SearchResult[], total = results.length, offset = 0): SearchPage {
  return { results, total, offset };
}

function buttonsOf(blocks: ReadonlyArray<{ type: string }>): Button[] {
  return blocks.flatMap((block) =>
    block.type === 'actions' ? (block as unknown as { elements: Button[] }).elements : [],
  );
}

function numbered(count: number): OrganizationResult[] {
  return Array.from({ length: count }, (_, index) =>
    employer({ id: `id-${index}`, title: `Employer ${index}` }),
  );
}

describe('renderResultText', () => {
  it('renders an employer with sector, place and card', () => {
    expect(renderResultText(employer())).toBe(
      [
        '*Coastline Welding &amp; Fabrication* · Employer',
        'Manufacturing · Corpus Christi, TX 78401',
        'Card: `/bridge employer Coastline Welding &amp; Fabrication`',
      ].join('\n'),
    );
  });

  it('renders a campus with its district card', () => {
    const campus = employer({
      title: 'Port Alder High School',
      organizationKind: 'campus',
      naicsCode: null,
      parentName: 'Port Alder ISD',
    });

    expect(renderResultText(campus)).toBe(
      [
        '*Port Alder High School* · Campus',
        'Campus of Port Alder ISD · Corpus Christi, TX 78401',
        'Card: `/bridge district Port Alder ISD`',
      ].join('\n'),
    );
  });

  it('renders a chamber without a card', () => {
    const chamber = employer({
      title: 'Port Alder Chamber of Commerce',
      organizationKind: 'chamber',
      naicsCode: null,
      zip: null,
      place: null,
    });

    expect(renderResultText(chamber)).toBe(
      '*Port Alder Chamber of Commerce* · Chamber of commerce',
    );
  });

  it('renders a current contact', () => {
    expect(renderResultText(person())).toBe(
      [
        '*Marcus Lee* · Contact',
        'Shop foreman at Coastline Welding &amp; Fabrication',
        'Card: `/bridge employer Coastline Welding &amp; Fabrication`',
      ].join('\n'),
    );
  });

  it('flags a stale contact with its date', () => {
    const text = renderResultText(person({ stale: true, confirmedOn: '2025-03-03' }));

    expect(text).toContain('Shop foreman at Coastline Welding &amp; Fabrication');
    expect(text).toContain('⚠ Stale: last confirmed Mar 3, 2025');
  });

  it('flags a contact never confirmed', () => {
    const text = renderResultText(person({ stale: true, confirmedOn: null }));

    expect(text).toContain('⚠ Not confirmed yet');
  });

  it('renders a contact without organization', () => {
    const loner = person({ organizationName: null, organizationKind: null, personTitle: null });

    expect(renderResultText(loner)).toBe('*Marcus Lee* · Contact');
  });

  it('renders a program with campus and cluster', () => {
    expect(renderResultText(program())).toBe(
      [
        '*Welding* · Program',
        'Port Alder High School (Port Alder ISD) · Advanced Manufacturing · Corpus Christi, TX 78401',
        'Card: `/bridge program Welding`',
      ].join('\n'),
    );
  });

  it('renders an opportunity with type and employer', () => {
    expect(renderResultText(opportunity())).toBe(
      [
        '*Summer welding internship* · Internship opportunity',
        'Coastline Welding &amp; Fabrication · Advanced Manufacturing',
        'Card: `/bridge employer Coastline Welding &amp; Fabrication`',
      ].join('\n'),
    );
  });

  it('shows a filled opportunity', () => {
    expect(renderResultText(opportunity({ status: 'filled' }))).toContain(
      'Coastline Welding &amp; Fabrication · Advanced Manufacturing · Filled',
    );
  });

  it('renders an industry need with employer and openings', () => {
    expect(renderResultText(need())).toBe(
      [
        '*Structural welder* · Industry need',
        'Coastline Welding &amp; Fabrication · SOC 51-4121 · 12 openings a year · 12 months · Skills: SMAW, FCAW, blueprint reading',
        'Card: `/bridge employer Coastline Welding &amp; Fabrication`',
      ].join('\n'),
    );
  });

  it('renders a need without optional fields', () => {
    const bare = need({ socCode: null, openingsPerYear: 1, timeFrame: null, skills: [] });

    expect(renderResultText(bare)).toBe(
      [
        '*Structural welder* · Industry need',
        'Coastline Welding &amp; Fabrication · 1 opening a year',
        'Card: `/bridge employer Coastline Welding &amp; Fabrication`',
      ].join('\n'),
    );
  });

  it('escapes the skills of a need', () => {
    const text = renderResultText(need({ skills: ['<!here>', 'P&IDs'] }));

    expect(text).toContain('Skills: &lt;!here&gt;, P&amp;IDs');
    expect(text).not.toContain('<!here>');
  });

  it('escapes hostile names', () => {
    const text = renderResultText(employer({ title: '<!channel> `ping` & <@U123>' }));

    expect(text).toContain('*&lt;!channel&gt; `ping` &amp; &lt;@U123&gt;*');
    expect(text).toContain("`/bridge employer &lt;!channel&gt; 'ping' &amp; &lt;@U123&gt;`");
    expect(text).not.toContain('<!channel>');
  });
});

describe('renderFindResults', () => {
  it('lists one page without page controls', () => {
    const message = renderFindResults({
      query: 'weldng',
      page: page([program(), opportunity(), employer()]),
    });

    expect(message.blocks).toHaveLength(4);
    expect(message.blocks[0]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', verbatim: true, text: '*3 matches* for `weldng`, best first' },
    });
    expect(buttonsOf(message.blocks)).toEqual([]);
    expect(message.text).toBe(
      [
        '*3 matches* for `weldng`, best first:',
        '• Welding (Program): Port Alder High School (Port Alder ISD) · Advanced Manufacturing · Corpus Christi, TX 78401',
        '• Summer welding internship (Internship opportunity): Coastline Welding &amp; Fabrication · Advanced Manufacturing',
        '• Coastline Welding &amp; Fabrication (Employer): Manufacturing · Corpus Christi, TX 78401',
      ].join('\n'),
    );
  });

  it('lists a result without details', () => {
    const chamber = employer({
      title: 'Port Alder Chamber of Commerce',
      organizationKind: 'chamber',
      naicsCode: null,
      zip: null,
      place: null,
    });
    const message = renderFindResults({ query: 'chamber', page: page([chamber]) });

    expect(message.text).toBe(
      '*1 match* for `chamber`, best first:\n• Port Alder Chamber of Commerce (Chamber of commerce)',
    );
  });

  it('says when nothing matches and what to try', () => {
    const message = renderFindResults({ query: 'zzqx', page: page([]) });

    expect(message.text).toBe(
      'No matches for `zzqx`. Check the spelling, or search with fewer words: one word of a name, a career cluster, a sector such as `health care`, or a ZIP code.',
    );
    expect(message.blocks).toHaveLength(1);
  });

  it('says when a page lies past the end', () => {
    const message = renderFindResults({ query: 'welding', page: page([], 12, 40) });

    expect(message.text).toBe(
      'No more matches for `welding`. Type `/bridge find` again to start over.',
    );
  });

  it('pages with Next from the first page', () => {
    const results = numbered(FIND_RESULTS_PER_MESSAGE);
    const message = renderFindResults({ query: 'employer', page: page(results, 45) });
    const buttons = buttonsOf(message.blocks);
    const actions = message.blocks.find((block) => block.type === 'actions');

    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(message.blocks)).toContain('Showing 1–20 of 45.');
    expect(actions).toMatchObject({ block_id: FIND_PAGE_BLOCK });
    expect(buttons.map((button) => button.action_id)).toEqual(['list_page_next']);
    expect(JSON.parse(buttons[0]?.value ?? '')).toEqual({
      list: 'find',
      query: 'employer',
      offset: 20,
    });
  });

  it('pages with Previous and Next in the middle', () => {
    const results = numbered(FIND_RESULTS_PER_MESSAGE);
    const message = renderFindResults({ query: 'employer', page: page(results, 45, 20) });
    const buttons = buttonsOf(message.blocks);

    expect(JSON.stringify(message.blocks)).toContain('Showing 21–40 of 45.');
    expect(buttons.map((button) => button.action_id)).toEqual([
      'list_page_previous',
      'list_page_next',
    ]);
    expect(parseFindPage(buttons[0]?.value)).toEqual({ query: 'employer', offset: 0 });
    expect(parseFindPage(buttons[1]?.value)).toEqual({ query: 'employer', offset: 40 });
  });

  it('pages with Previous only on the last page', () => {
    const message = renderFindResults({ query: 'employer', page: page(numbered(5), 45, 40) });
    const buttons = buttonsOf(message.blocks);

    expect(JSON.stringify(message.blocks)).toContain('Showing 41–45 of 45.');
    expect(buttons.map((button) => button.action_id)).toEqual(['list_page_previous']);
    expect(parseFindPage(buttons[0]?.value)).toEqual({ query: 'employer', offset: 20 });
  });

  it('escapes a hostile query', () => {
    const message = renderFindResults({ query: '<!channel> *bold* `x`', page: page([]) });

    expect(message.text).toContain("`&lt;!channel&gt; *bold* 'x'`");
    expect(message.text).not.toContain('<!channel>');
  });

  it('shortens a 200-character query in the heading', () => {
    const query = `${'ab&'.repeat(66)}zz`;
    const message = renderFindResults({ query, page: page([employer()], 21) });
    const heading = (message.blocks[0] as { text: { text: string } }).text.text;
    const next = buttonsOf(message.blocks)[0];

    expect(heading.length).toBeLessThan(600);
    expect(heading).toContain('…`');
    expect(parseFindPage(next?.value)).toEqual({ query, offset: 1 });
  });
});

describe('parseFindPage', () => {
  it('reads an encoded page', () => {
    const value = encodeFindPage({ query: 'port "aldr" \\ 🔥', offset: 20 });

    expect(parseFindPage(value)).toEqual({ query: 'port "aldr" \\ 🔥', offset: 20 });
  });

  it.each([
    ['another list', JSON.stringify({ offset: 20 })],
    ['another list name', JSON.stringify({ list: 'events', query: 'x', offset: 20 })],
    ['negative offset', JSON.stringify({ list: 'find', query: 'x', offset: -1 })],
    ['fractional offset', JSON.stringify({ list: 'find', query: 'x', offset: 1.5 })],
    ['empty query', JSON.stringify({ list: 'find', query: '', offset: 0 })],
    ['long query', JSON.stringify({ list: 'find', query: 'x'.repeat(201), offset: 0 })],
    ['not JSON', 'find:20'],
    ['no value', undefined],
  ])('rejects %s', (_case, value) => {
    expect(parseFindPage(value)).toBeUndefined();
  });
});
