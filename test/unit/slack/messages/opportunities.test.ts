import { describe, expect, it } from 'vitest';
import {
  renderOpportunityBlocks,
  renderOpportunityList,
} from '../../../../src/slack/messages/opportunities.js';
import { manyOpportunities, opportunitySummary } from '../../fixtures.js';

const hostileTitle = '<!channel> <https://evil.example|click>';
const escapedTitle = '&lt;!channel&gt; &lt;https://evil.example|click&gt;';
/** A description of the maximum length the opportunity form accepts, each character escaping to five. */
const longDescription = '&'.repeat(3000);

describe('renderOpportunityBlocks', () => {
  it('renders a section and details', () => {
    expect(renderOpportunityBlocks(opportunitySummary())).toEqual([
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          verbatim: true,
          text: '*Summer welding internship*\nInternship at Prairie Steel Works',
        },
      },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            verbatim: true,
            text: 'Advanced Manufacturing · 4 slots · Paid · Jun 7, 2027 to Aug 13, 2027',
          },
        ],
      },
    ]);
  });

  it('adds description and location', () => {
    const opportunity = opportunitySummary({
      description: 'Ten weeks in the <fabrication> shop.',
      location: '400 Mill Road & Main',
      slots: 1,
      paid: false,
      startsOn: '2027-06-07',
      endsOn: null,
    });

    expect(renderOpportunityBlocks(opportunity)).toEqual([
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          verbatim: true,
          text: '*Summer welding internship*\nInternship at Prairie Steel Works',
        },
      },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          verbatim: true,
          text: 'Ten weeks in the &lt;fabrication&gt; shop.',
        },
      },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            verbatim: true,
            text: 'Advanced Manufacturing · 1 slot · Unpaid · From Jun 7, 2027 · 400 Mill Road &amp; Main',
          },
        ],
      },
    ]);
  });

  it('writes a lone end as "Until"', () => {
    const [, context] = renderOpportunityBlocks(
      opportunitySummary({ startsOn: null, endsOn: '2027-08-13' }),
    );

    expect(context).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          verbatim: true,
          text: 'Advanced Manufacturing · 4 slots · Paid · Until Aug 13, 2027',
        },
      ],
    });
  });

  it('cuts a long description', () => {
    const [, description] = renderOpportunityBlocks(
      opportunitySummary({ description: 'x'.repeat(5000) }),
    );
    const text = description?.type === 'section' ? (description.text?.text ?? '') : '';

    expect(text).toBe(`${'x'.repeat(2999)}…`);
  });

  describe('with 3000 ampersands', () => {
    const blocks = renderOpportunityBlocks(
      opportunitySummary({ description: longDescription, location: '&'.repeat(200) }),
    );
    const texts = blocks.flatMap((block) => {
      if (block.type === 'section') return block.text ? [block.text.text] : [];
      if (block.type === 'context') {
        return block.elements.map((element) => ('text' in element ? element.text : ''));
      }
      return [];
    });

    it('keeps each text within 3000 characters', () => {
      for (const text of texts) expect(Array.from(text).length).toBeLessThanOrEqual(3000);
    });

    it('keeps the title and employer whole', () => {
      expect(texts[0]).toBe('*Summer welding internship*\nInternship at Prairie Steel Works');
    });

    it('ends the description on a whole entity', () => {
      expect(texts[1]).toBe(`${'&amp;'.repeat(599)}…`);
    });

    it('keeps the location whole', () => {
      expect(texts[2]?.endsWith(` · ${'&amp;'.repeat(200)}`)).toBe(true);
    });
  });
});

describe('renderOpportunityList', () => {
  it('renders the empty state', () => {
    const text = 'No open opportunities yet. Register one with `/bridge opportunity new`.';

    expect(renderOpportunityList({ opportunities: [] })).toEqual({
      text,
      blocks: [{ type: 'section', text: { type: 'mrkdwn', verbatim: true, text } }],
    });
  });

  it('names the type when empty', () => {
    expect(renderOpportunityList({ opportunities: [], type: 'job_shadow' }).text).toBe(
      'No open job shadow opportunities yet. Register one with `/bridge opportunity new`.',
    );
  });

  describe('with one opportunity', () => {
    const opportunity = opportunitySummary();
    const message = renderOpportunityList({ opportunities: [opportunity] });

    it('starts with header and opportunity', () => {
      expect(message.blocks.slice(0, 3)).toEqual([
        { type: 'header', text: { type: 'plain_text', text: 'Open opportunities', emoji: true } },
        ...renderOpportunityBlocks(opportunity),
      ]);
    });

    it('adds no page controls', () => {
      expect(JSON.stringify(message.blocks)).not.toContain('Showing');
    });

    it('lists the opportunity in the text', () => {
      expect(message.text).toBe(
        'Open opportunities:\n• Summer welding internship (Internship, Prairie Steel Works)',
      );
    });
  });

  it('names the type in the header', () => {
    const message = renderOpportunityList({
      opportunities: [opportunitySummary()],
      type: 'internship',
    });

    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Open internship opportunities', emoji: true },
    });
  });

  describe('with 16 opportunities', () => {
    const message = renderOpportunityList({ opportunities: manyOpportunities(16) });
    const shownTitles = JSON.stringify(message.blocks).match(/Opportunity \d+/g) ?? [];

    it('shows the first 15', () => {
      expect(new Set(shownTitles)).toEqual(
        new Set(Array.from({ length: 15 }, (_, index) => `Opportunity ${index}`)),
      );
    });

    it('lists 15 in the text', () => {
      expect(message.text.split('\n').slice(1)).toHaveLength(15);
    });

    it('says which ones show and offers the next page', () => {
      expect(message.blocks.slice(-2)).toEqual([
        {
          type: 'context',
          elements: [
            { type: 'mrkdwn', verbatim: true, text: 'Showing 1–15; press Next for more.' },
          ],
        },
        {
          type: 'actions',
          block_id: 'opportunities_page',
          elements: [
            {
              type: 'button',
              action_id: 'list_page_next',
              text: { type: 'plain_text', text: 'Next', emoji: true },
              value: '{"offset":15}',
            },
          ],
        },
      ]);
    });
  });

  describe('on the second page of internships', () => {
    const message = renderOpportunityList({
      opportunities: manyOpportunities(3),
      type: 'internship',
      offset: 15,
    });

    it('offers the previous page only', () => {
      expect(message.blocks.slice(-2)).toEqual([
        {
          type: 'context',
          elements: [{ type: 'mrkdwn', verbatim: true, text: 'Showing 16–18.' }],
        },
        {
          type: 'actions',
          block_id: 'opportunities_page',
          elements: [
            {
              type: 'button',
              action_id: 'list_page_previous',
              text: { type: 'plain_text', text: 'Previous', emoji: true },
              value: '{"offset":0,"type":"internship"}',
            },
          ],
        },
      ]);
    });
  });

  it('says when a later page is empty', () => {
    expect(renderOpportunityList({ opportunities: [], offset: 15 }).text).toBe(
      'No more open opportunities. Type `/bridge opportunities` to start again.',
    );
  });

  it.each([0, 1, 16, 17, 20, 21, 100])('has text with %i opportunities', (count) => {
    expect(renderOpportunityList({ opportunities: manyOpportunities(count) }).text).not.toBe('');
  });

  it.each([0, 1, 16, 21, 100])('fits 50 blocks with %i opportunities', (count) => {
    const message = renderOpportunityList({ opportunities: manyOpportunities(count) });

    expect(message.blocks.length).toBeLessThanOrEqual(50);
  });

  it.each([1, 16, 17, 100])('fits 50 blocks with %i described opportunities', (count) => {
    const opportunities = manyOpportunities(count).map((opportunity) => ({
      ...opportunity,
      description: longDescription,
    }));

    expect(renderOpportunityList({ opportunities }).blocks.length).toBeLessThanOrEqual(50);
  });

  describe('with a hostile title', () => {
    const message = renderOpportunityList({
      opportunities: [opportunitySummary({ title: hostileTitle, employerName: '<@U0BOSS>' })],
    });
    const blockText = JSON.stringify(message.blocks);

    it('escapes the title in blocks', () => {
      expect(blockText).toContain(`*${escapedTitle}*`);
    });

    it('escapes the employer in blocks', () => {
      expect(blockText).toContain('at &lt;@U0BOSS&gt;');
    });

    it('leaves no angle brackets', () => {
      expect(blockText).not.toMatch(/[<>]/);
    });

    it('escapes the text fallback', () => {
      expect(message.text).toBe(
        `Open opportunities:\n• ${escapedTitle} (Internship, &lt;@U0BOSS&gt;)`,
      );
    });
  });
});
