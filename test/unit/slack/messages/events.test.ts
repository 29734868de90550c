import { describe, expect, it } from 'vitest';
import { actionIds } from '../../../../src/slack/ids.js';
import { renderEventAnnouncement, renderEventList } from '../../../../src/slack/messages/events.js';
import { renderCheckInModal } from '../../../../src/slack/views/event-tool-modals.js';
import { eventSummary, manyEvents } from '../../fixtures.js';

const timeZone = 'America/Chicago';
const when = 'Tue, Mar 16, 2027, 9:00 AM – 12:00 PM CDT';
/** A description of the maximum length the event form accepts, each character escaping to five. */
const longDescription = '&'.repeat(3000);

interface Button {
  action_id?: string;
  value?: string;
  style?: string;
  text: { text: string };
}

/** Collects the buttons of every actions block in a message. */
function buttonsOf(blocks: ReadonlyArray<{ type: string }>): Button[] {
  return blocks.flatMap((block) =>
    block.type === 'actions' ? ((block as unknown as { elements: Button[] }).elements ?? []) : [],
  );
}

describe('renderEventAnnouncement', () => {
  const event = eventSummary();
  const message = renderEventAnnouncement(event, timeZone);

  it('renders the announcement', () => {
    expect(message).toEqual({
      text: `Spring WBL showcase: ${when}. Going: 3 of 120 · Maybe: 1 · Can't go: 2`,
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Spring WBL showcase', emoji: true } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            verbatim: true,
            text: `*You are invited*\nWBL showcase · ${when}\nVenue: Lakeview High School gym`,
          },
        },
        {
          type: 'context',
          elements: [
            { type: 'mrkdwn', verbatim: true, text: "Going: 3 of 120 · Maybe: 1 · Can't go: 2" },
          ],
        },
        {
          type: 'actions',
          block_id: `rsvp:${event.id}`,
          elements: [
            {
              type: 'button',
              action_id: actionIds.rsvpGoing,
              value: event.id,
              text: { type: 'plain_text', text: 'Going', emoji: true },
            },
            {
              type: 'button',
              action_id: actionIds.rsvpMaybe,
              value: event.id,
              text: { type: 'plain_text', text: 'Maybe', emoji: true },
            },
            {
              type: 'button',
              action_id: actionIds.rsvpNotGoing,
              value: event.id,
              text: { type: 'plain_text', text: "Can't go", emoji: true },
            },
          ],
        },
      ],
    });
  });

  it('uses the RSVP action ids', () => {
    expect(buttonsOf(message.blocks).map((button) => button.action_id)).toEqual([
      actionIds.rsvpGoing,
      actionIds.rsvpMaybe,
      actionIds.rsvpNotGoing,
    ]);
  });

  it('carries the event id', () => {
    expect(buttonsOf(message.blocks).map((button) => button.value)).toEqual([
      event.id,
      event.id,
      event.id,
    ]);
  });

  it('highlights no answer in a channel', () => {
    const mine = renderEventAnnouncement(eventSummary({ myRsvp: 'going' }), timeZone);

    expect(buttonsOf(mine.blocks).some((button) => button.style !== undefined)).toBe(false);
  });

  it('counts without a capacity', () => {
    const open = renderEventAnnouncement(eventSummary({ capacity: null }), timeZone);

    expect(open.blocks[2]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', verbatim: true, text: "Going: 3 · Maybe: 1 · Can't go: 2" }],
    });
  });

  it('escapes the title in text', () => {
    const hostile = renderEventAnnouncement(eventSummary({ title: '<!channel> & co' }), timeZone);

    expect(hostile.text.startsWith('&lt;!channel&gt; &amp; co: ')).toBe(true);
  });

  it('keeps a plain-text header unescaped', () => {
    const hostile = renderEventAnnouncement(eventSummary({ title: '<!channel> & co' }), timeZone);

    expect(hostile.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: '<!channel> & co', emoji: true },
    });
  });

  it('escapes a hostile venue', () => {
    const hostile = renderEventAnnouncement(eventSummary({ venue: '<@U0BOSS>' }), timeZone);

    expect(JSON.stringify(hostile.blocks[1])).toContain('Venue: &lt;@U0BOSS&gt;');
  });

  it('gives the description its own section', () => {
    const described = renderEventAnnouncement(
      eventSummary({ description: 'Bring a resume & questions.' }),
      timeZone,
    );

    expect(described.blocks[2]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: 'Bring a resume &amp; questions.', verbatim: true },
    });
  });

  describe('with 3000 ampersands', () => {
    const long = renderEventAnnouncement(
      eventSummary({ description: longDescription, venue: '&'.repeat(200) }),
      timeZone,
    );
    const sectionTexts = long.blocks.flatMap((block) =>
      block.type === 'section' && block.text ? [block.text.text] : [],
    );

    it('keeps each section within 3000 characters', () => {
      for (const text of sectionTexts) expect(Array.from(text).length).toBeLessThanOrEqual(3000);
    });

    it('keeps the title, time and venue whole', () => {
      expect(sectionTexts[0]).toBe(
        `*You are invited*\nWBL showcase · ${when}\nVenue: ${'&amp;'.repeat(200)}`,
      );
    });

    it('ends the description on a whole entity', () => {
      expect(sectionTexts[1]).toBe(`${'&amp;'.repeat(599)}…`);
    });
  });

  it('cuts a long header', () => {
    const long = renderEventAnnouncement(eventSummary({ title: 'x'.repeat(200) }), timeZone);

    expect(long.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: `${'x'.repeat(149)}…`, emoji: true },
    });
  });
});

describe('renderEventList', () => {
  it('renders the empty state', () => {
    const text = 'No upcoming events. Create one with `/bridge event new`.';

    expect(renderEventList({ events: [], timeZone })).toEqual({
      text,
      blocks: [{ type: 'section', text: { type: 'mrkdwn', verbatim: true, text } }],
    });
  });

  it('renders one event', () => {
    const event = eventSummary({ myRsvp: 'maybe', venue: null });
    const message = renderEventList({ events: [event], timeZone });

    expect(message.blocks.slice(0, 3)).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Upcoming events', emoji: true } },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          verbatim: true,
          text: `*Spring WBL showcase*\nWBL showcase · ${when}`,
        },
      },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            verbatim: true,
            text: "Going: 3 of 120 · Maybe: 1 · Can't go: 2 · Your RSVP: *Maybe*",
          },
        ],
      },
    ]);
  });

  it('lists events in the text', () => {
    const message = renderEventList({ events: [eventSummary({ myRsvp: 'going' })], timeZone });

    expect(message.text).toBe(
      `Upcoming events:\n• Spring WBL showcase, ${when} (your RSVP: Going)`,
    );
  });

  it('notes a missing RSVP', () => {
    const message = renderEventList({ events: [eventSummary()], timeZone });

    expect(JSON.stringify(message.blocks[2])).toContain('You have not answered yet');
  });

  it.each([
    ['going', actionIds.rsvpGoing],
    ['maybe', actionIds.rsvpMaybe],
    ['not_going', actionIds.rsvpNotGoing],
  ] as const)('highlights the %s answer', (myRsvp, actionId) => {
    const message = renderEventList({ events: [eventSummary({ myRsvp })], timeZone });
    const primary = buttonsOf(message.blocks).filter((button) => button.style === 'primary');

    expect(primary.map((button) => button.action_id)).toEqual([actionId]);
  });

  it('highlights nothing without an answer', () => {
    const message = renderEventList({ events: [eventSummary()], timeZone });

    expect(buttonsOf(message.blocks).some((button) => button.style !== undefined)).toBe(false);
  });

  it('escapes a hostile title', () => {
    const title = '<!channel> <https://evil.example|click>';
    const message = renderEventList({ events: [eventSummary({ title })], timeZone });

    expect(JSON.stringify(message.blocks)).not.toMatch(/[<>]/);
  });

  it('escapes the title in text', () => {
    const title = '<!channel> <https://evil.example|click>';
    const message = renderEventList({ events: [eventSummary({ title })], timeZone });

    expect(message.text).not.toMatch(/[<>]/);
  });

  describe('with 10 events', () => {
    const message = renderEventList({ events: manyEvents(10), timeZone });

    it('shows the next 9 with their RSVP buttons', () => {
      expect(buttonsOf(message.blocks)).toHaveLength(28);
    });

    it('says which ones show and offers the next page', () => {
      expect(message.blocks.slice(-2)).toEqual([
        {
          type: 'context',
          elements: [{ type: 'mrkdwn', verbatim: true, text: 'Showing 1–9; press Next for more.' }],
        },
        {
          type: 'actions',
          block_id: 'events_page',
          elements: [
            {
              type: 'button',
              action_id: 'list_page_next',
              text: { type: 'plain_text', text: 'Next', emoji: true },
              value: '{"offset":9}',
            },
          ],
        },
      ]);
    });

    it('lists 9 in the text', () => {
      expect(message.text.split('\n').slice(1)).toHaveLength(9);
    });
  });

  it.each([0, 1, 9, 10, 50])('fits 50 blocks with %i events', (count) => {
    expect(
      renderEventList({ events: manyEvents(count), timeZone }).blocks.length,
    ).toBeLessThanOrEqual(50);
  });

  it.each([1, 9, 10, 50])('fits 50 blocks with %i described events', (count) => {
    const events = manyEvents(count).map((event) => ({ ...event, description: longDescription }));

    expect(renderEventList({ events, timeZone }).blocks.length).toBeLessThanOrEqual(50);
  });

  it.each([0, 1, 11])('has text with %i events', (count) => {
    expect(renderEventList({ events: manyEvents(count), timeZone }).text).not.toBe('');
  });
});

describe('renderEventAnnouncement with details', () => {
  const event = eventSummary();
  const booths = Array.from({ length: 30 }, (_, index) =>
    index % 2 === 0
      ? {
          kind: 'program' as const,
          id: `p${index}`,
          name: `Welding ${index}`,
          campusName: 'Port Alder HS',
        }
      : { kind: 'organization' as const, id: `o${index}`, name: `Employer ${index} & Co` },
  );
  const details = {
    booths,
    feedback: { average: 4.25, count: 8 },
    calendarUrl: 'http://127.0.0.1:3000/calendar/events/e1.ics?token=abc',
    now: new Date('2027-03-16T15:00:00Z'),
    timeZone,
  };
  const rendered = (changes: Partial<typeof details> = {}) =>
    JSON.stringify(renderEventAnnouncement(event, timeZone, { ...details, ...changes }).blocks);

  it('lists booths as program — campus and organization', () => {
    expect(rendered()).toContain('• Welding 0 — Port Alder HS');
    expect(rendered()).toContain('• Employer 1 &amp; Co');
  });

  it('caps the booths with and N more', () => {
    expect(rendered()).toContain('*Booths (30)*');
    expect(rendered()).toContain('and 5 more');
    expect(rendered()).not.toContain('Welding 26');
  });

  it('keeps the booth section within 3000 characters', () => {
    const long = booths.map((booth) => ({ ...booth, name: '&'.repeat(500) }));
    const message = renderEventAnnouncement(event, timeZone, { ...details, booths: long });
    const section = message.blocks.find((block) =>
      JSON.stringify(block).includes('Booths (30)'),
    ) as { text: { text: string } };

    expect(section.text.text.length).toBeLessThanOrEqual(3000);
  });

  it('shows Check in only on the event day', () => {
    const dayBefore = new Date('2027-03-15T15:00:00Z');

    expect(rendered()).toContain(actionIds.eventCheckIn);
    expect(rendered({ now: dayBefore })).not.toContain(actionIds.eventCheckIn);
    expect(rendered({ now: dayBefore })).toContain(actionIds.eventBooths);
  });

  it('links the calendar file', () => {
    expect(rendered()).toContain('"url":"http://127.0.0.1:3000/calendar/events/e1.ics?token=abc"');
    expect(rendered({ calendarUrl: undefined })).not.toContain('Add to calendar');
  });

  it('shows feedback only after the end', () => {
    const after = new Date('2027-03-16T18:00:00Z');
    const message = renderEventAnnouncement(event, timeZone, { ...details, now: after });

    expect(rendered()).not.toContain('Feedback:');
    expect(message.text).toContain('Feedback: 4.3 of 5 from 8 attendees');
  });

  it('counts the waitlist while someone is on it', () => {
    const full = eventSummary({ counts: { going: 120, maybe: 0, notGoing: 0, waitlisted: 4 } });

    expect(renderEventAnnouncement(full, timeZone).text).toContain('Waitlist: 4');
    expect(renderEventAnnouncement(event, timeZone).text).not.toContain('Waitlist');
  });

  it('stays within 50 blocks', () => {
    const message = renderEventAnnouncement(event, timeZone, details);

    expect(message.blocks.length).toBeLessThanOrEqual(50);
  });
});

describe('renderCheckInModal', () => {
  const event = eventSummary();
  const attendees = (count: number) =>
    Array.from({ length: count }, (_, index) => ({
      personId: `person-${index}`,
      displayName: `Person ${index}`,
    }));
  const elementOf = (total: number) => {
    const view = renderCheckInModal({
      event,
      attendees: attendees(Math.min(total, 100)),
      total,
      checkedIn: 0,
      metadata: { timeZone },
    });
    const block = view.blocks.find((candidate) => candidate.block_id === 'checkInAttendees');

    return (block as { element?: { type: string; options?: unknown[] } } | undefined)?.element;
  };

  it('lists up to 100 Going people', () => {
    expect(elementOf(100)?.type).toBe('multi_static_select');
    expect(elementOf(100)?.options).toHaveLength(100);
  });

  it('searches when more than 100 are Going', () => {
    expect(elementOf(101)?.type).toBe('multi_external_select');
  });

  it('leaves out the picker when nobody is expected', () => {
    expect(elementOf(0)).toBeUndefined();
  });
});
