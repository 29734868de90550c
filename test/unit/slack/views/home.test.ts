import { describe, expect, it } from 'vitest';
import { actionIds } from '../../../../src/slack/ids.js';
import { renderEventSections } from '../../../../src/slack/messages/events.js';
import { renderOpportunityBlocks } from '../../../../src/slack/messages/opportunities.js';
import { renderHome } from '../../../../src/slack/views/home.js';
import { eventSummary, manyEvents, manyOpportunities, opportunitySummary } from '../../fixtures.js';

const newPerson = {
  displayName: 'Dana Ortiz',
  partnershipName: 'Peoria Area Partnership',
  timeZone: 'America/Chicago',
  events: [],
  opportunities: [],
};

describe('renderHome', () => {
  it('renders empty states for newcomers', () => {
    expect(renderHome(newPerson)).toEqual({
      type: 'home',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Bridge', emoji: true } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            verbatim: true,
            text: 'Welcome, Dana Ortiz. This is *Peoria Area Partnership* on Bridge.',
          },
        },
        {
          type: 'actions',
          block_id: 'home_actions',
          elements: [
            {
              type: 'button',
              action_id: actionIds.homeNewOpportunity,
              text: { type: 'plain_text', text: 'New opportunity', emoji: true },
              style: 'primary',
            },
            {
              type: 'button',
              action_id: actionIds.homeNewEvent,
              text: { type: 'plain_text', text: 'New event', emoji: true },
            },
          ],
        },
        { type: 'divider' },
        { type: 'header', text: { type: 'plain_text', text: 'Your upcoming events', emoji: true } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            verbatim: true,
            text: 'No upcoming events yet. When someone creates one with `/bridge event new`, it shows here with buttons to RSVP.',
          },
        },
        { type: 'divider' },
        { type: 'header', text: { type: 'plain_text', text: 'Open opportunities', emoji: true } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            verbatim: true,
            text: 'No open opportunities yet. Employers and staff can register one with *New opportunity* above.',
          },
        },
      ],
    });
  });

  it('escapes the person and partnership names', () => {
    const home = renderHome({ ...newPerson, displayName: '<!here>', partnershipName: 'A & B' });

    expect(home.blocks[1]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        verbatim: true,
        text: 'Welcome, &lt;!here&gt;. This is *A &amp; B* on Bridge.',
      },
    });
  });

  it('shows an event with its RSVP', () => {
    const event = eventSummary({ myRsvp: 'going' });
    const home = renderHome({ ...newPerson, events: [event] });

    expect(home.blocks.slice(5, 7)).toEqual([
      ...renderEventSections(event, 'America/Chicago'),
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            verbatim: true,
            text: "Going: 3 of 120 · Maybe: 1 · Can't go: 2 · Your RSVP: *Going*",
          },
        ],
      },
    ]);
  });

  it('shows an event description in its own section', () => {
    const event = eventSummary({ description: '&'.repeat(3000) });
    const home = renderHome({ ...newPerson, events: [event] });

    expect(home.blocks[6]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', verbatim: true, text: `${'&amp;'.repeat(599)}…` },
    });
  });

  it('shows an opportunity after the events', () => {
    const opportunity = opportunitySummary();
    const home = renderHome({ ...newPerson, opportunities: [opportunity] });

    expect(home.blocks.slice(-2)).toEqual(renderOpportunityBlocks(opportunity));
  });

  it('stays within 100 blocks with long descriptions', () => {
    const description = '&'.repeat(3000);
    const home = renderHome({
      ...newPerson,
      events: manyEvents(50).map((event) => ({ ...event, description })),
      opportunities: manyOpportunities(50).map((opportunity) => ({ ...opportunity, description })),
    });

    expect(home.blocks.length).toBeLessThanOrEqual(100);
  });

  describe('with 50 events and 50 opportunities', () => {
    const home = renderHome({
      ...newPerson,
      events: manyEvents(50),
      opportunities: manyOpportunities(50),
    });

    it('stays within 100 blocks', () => {
      expect(home.blocks.length).toBeLessThanOrEqual(100);
    });

    it('notes that more opportunities exist', () => {
      expect(home.blocks.at(-1)).toEqual({
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            verbatim: true,
            text: 'Showing the 10 newest. Type `/bridge opportunities` for more.',
          },
        ],
      });
    });
  });

  describe('with 9 events', () => {
    const home = renderHome({ ...newPerson, events: manyEvents(9) });

    it('notes that more events exist', () => {
      expect(JSON.stringify(home.blocks)).toContain(
        'Showing the next 8 events. Type `/bridge events` for the rest.',
      );
    });
  });

  it('stays within 100 blocks with role requests, events and opportunities', () => {
    const requests = Array.from({ length: 30 }, (_, index) => ({
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      partnershipId: 'p',
      personId: `person-${index}`,
      personName: `Person ${index}`,
      personSlackUserId: null,
      organization: { id: 'o', name: 'Harbor Point Refining', kind: 'employer' as const },
      requestedRole: 'employer' as const,
      status: 'pending' as const,
      decidedBy: null,
      decidedAt: null,
      createdAt: new Date('2027-01-11T15:00:00Z'),
    }));
    const home = renderHome({
      ...newPerson,
      events: manyEvents(50),
      opportunities: manyOpportunities(50),
      roleRequests: { requests, total: 30 },
    });

    expect(home.blocks.length).toBeLessThanOrEqual(100);
  });
});
