import { describe, expect, it } from 'vitest';
import {
  renderOpportunityBlocks,
  renderOpportunityList,
} from '../../../../src/slack/messages/opportunities.js';
import { manyOpportunities, opportunitySummary } from '../../fixtures.js';

const hostileTitle = '<!channel> <https://evil.example|click>';
const escapedTitle = '&lt;!channel&gt; &lt;https://evil.example|click&gt;';

describe('renderOpportunityBlocks', () => {
  it('renders a section and details', () => {
    expect(renderOpportunityBlocks(opportunitySummary())).toEqual([
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: '*Summer welding internship*\nInternship at Prairie Steel Works',
        },
      },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
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
          text: '*Summer welding internship*\nInternship at Prairie Steel Works\nTen weeks in the &lt;fabrication&gt; shop.',
        },
      },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
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
        { type: 'mrkdwn', text: 'Advanced Manufacturing · 4 slots · Paid · Until Aug 13, 2027' },
      ],
    });
  });

  it('cuts a long description', () => {
    const [section] = renderOpportunityBlocks(
      opportunitySummary({ description: 'x'.repeat(5000) }),
    );
    const text = section?.type === 'section' ? (section.text?.text ?? '') : '';

    expect(Array.from(text)).toHaveLength(3000);
  });
});

describe('renderOpportunityList', () => {
  it('renders the empty state', () => {
    const text = 'No open opportunities yet. Register one with `/bridge opportunity new`.';

    expect(renderOpportunityList({ opportunities: [] })).toEqual({
      text,
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
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

    it('adds no newest note', () => {
      expect(JSON.stringify(message.blocks)).not.toContain('Showing the');
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

  describe('with 21 opportunities', () => {
    const message = renderOpportunityList({ opportunities: manyOpportunities(21) });
    const shownTitles = JSON.stringify(message.blocks).match(/Opportunity \d+/g) ?? [];

    it('shows the first 20', () => {
      expect(new Set(shownTitles)).toEqual(
        new Set(Array.from({ length: 20 }, (_, index) => `Opportunity ${index}`)),
      );
    });

    it('lists 20 in the text', () => {
      expect(message.text.split('\n').slice(1)).toHaveLength(20);
    });

    it('ends with the newest note', () => {
      expect(message.blocks.at(-1)).toEqual({
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: 'Showing the 20 newest. Add a type to narrow the list, such as `/bridge opportunities internship`.',
          },
        ],
      });
    });
  });

  it.each([0, 1, 16, 17, 20, 21, 100])('has text with %i opportunities', (count) => {
    expect(renderOpportunityList({ opportunities: manyOpportunities(count) }).text).not.toBe('');
  });

  it.each([0, 1, 16, 21, 100])('fits 50 blocks with %i opportunities', (count) => {
    const message = renderOpportunityList({ opportunities: manyOpportunities(count) });

    expect(message.blocks.length).toBeLessThanOrEqual(50);
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
