import { describe, expect, it } from 'vitest';
import type { RemindedActionItem } from '../../../../src/domain/reminders/action-item-reminders.js';
import type { ReminderSetting } from '../../../../src/domain/reminders/preferences.js';
import { blockKitLimits } from '../../../../src/slack/limits.js';
import {
  describeReminderSetting,
  renderReminderSettings,
} from '../../../../src/slack/messages/reminder-settings.js';
import {
  describeDue,
  REMINDER_ROWS_LISTED,
  renderActionItemReminder,
  renderEventReminder,
  renderFollowUpNudge,
} from '../../../../src/slack/messages/reminders.js';

const timeZone = 'America/Chicago';

const reminder = {
  timeZone,
  rsvp: 'maybe' as const,
  event: {
    id: 'f3b1c1de-0000-4000-8000-000000000001',
    title: 'Tour <Harbor> & lab',
    startsAt: new Date('2027-01-13T16:00:00Z'),
    endsAt: new Date('2027-01-13T18:00:00Z'),
    venue: 'Main gate',
    channelId: 'C0LOCALWBL',
  },
};

function buttonsOf(blocks: unknown[]): Array<Record<string, unknown>> {
  return blocks.flatMap((block) => {
    const { elements, accessory } = block as { elements?: unknown[]; accessory?: unknown };
    const candidates = [...(elements ?? []), ...(accessory ? [accessory] : [])];

    return candidates.filter(
      (element): element is Record<string, unknown> =>
        (element as { type?: string }).type === 'button',
    );
  });
}

describe('renderEventReminder', () => {
  it('links the calendar file when there is a URL', () => {
    const message = renderEventReminder(reminder, 'https://bridge.example.org/calendar/x.ics');

    expect(message.text).toBe(
      'Reminder: Tour &lt;Harbor&gt; &amp; lab, Wed, Jan 13, 2027, 10:00 AM – 12:00 PM CST. Your RSVP: Maybe.',
    );
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Coming up: Tour <Harbor> & lab', emoji: true },
    });
    expect(message.blocks[1]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        verbatim: true,
        text: '*Tour &lt;Harbor&gt; &amp; lab*\nWed, Jan 13, 2027, 10:00 AM – 12:00 PM CST\nVenue: Main gate\nYour RSVP: *Maybe*',
      },
    });
    expect(buttonsOf(message.blocks).map((button) => [button.action_id, button.value])).toEqual([
      ['event_calendar', reminder.event.id],
      ['reminder_snooze', 'event_reminder'],
      ['reminder_off', 'event_reminder'],
    ]);
    expect(buttonsOf(message.blocks)[0]?.url).toBe('https://bridge.example.org/calendar/x.ics');
  });

  it('points to the announcement without a URL', () => {
    const message = renderEventReminder(reminder, undefined);
    const text = JSON.stringify(message.blocks);

    expect(buttonsOf(message.blocks).map((button) => button.action_id)).toEqual([
      'reminder_snooze',
      'reminder_off',
    ]);
    expect(text).toContain('Bridge has no public address set, so there is no calendar file');
    expect(text).toContain('*Add to calendar* on its announcement in <#C0LOCALWBL>');
  });
});

describe('describeDue', () => {
  it.each([
    ['2027-01-10', 'overdue since Jan 10, 2027'],
    ['2027-01-12', 'due today'],
    ['2027-01-13', 'due tomorrow'],
    ['2027-01-14', 'due Jan 14, 2027'],
  ])('describes %s', (dueOn, expected) => {
    expect(describeDue(dueOn, '2027-01-12')).toBe(expected);
  });
});

describe('renderActionItemReminder', () => {
  const item = (index: number, dueOn: string): RemindedActionItem => ({
    id: `item-${index}`,
    description: `Task ${index}`,
    dueOn,
    meetingTitle: index === 1 ? 'Kickoff' : null,
  });

  it('lists each item with a Done button', () => {
    const message = renderActionItemReminder({
      today: '2027-01-12',
      items: [item(1, '2027-01-11'), item(2, '2027-01-13')],
    });

    expect(message.text).toBe(
      'You have 2 action items due soon or overdue (1 overdue): Task 1 (overdue since Jan 11, 2027); Task 2 (due tomorrow)',
    );
    expect(message.blocks[1]).toMatchObject({
      type: 'section',
      text: { text: 'Task 1 · overdue since Jan 11, 2027\nFrom Kickoff' },
      accessory: { action_id: 'action_item_done', value: 'item-1' },
    });
    expect(buttonsOf(message.blocks).map((button) => button.action_id)).toEqual([
      'action_item_done',
      'action_item_done',
      'reminder_snooze',
      'reminder_off',
    ]);
  });

  it('counts the items that do not fit', () => {
    const items = Array.from({ length: REMINDER_ROWS_LISTED + 5 }, (_, index) =>
      item(index, '2027-01-13'),
    );
    const message = renderActionItemReminder({ today: '2027-01-12', items });

    expect(message.blocks.length).toBeLessThanOrEqual(blockKitLimits.blocksPerMessage);
    expect(JSON.stringify(message.blocks)).toContain('5 more not shown here');
    expect(message.text.length).toBeLessThanOrEqual(blockKitLimits.sectionText);
  });
});

describe('renderFollowUpNudge', () => {
  it('lists employers with Log a contact', () => {
    const message = renderFollowUpNudge({
      employers: [
        {
          employerId: 'employer-1',
          employerName: 'Coastline Welding & Fabrication',
          stage: 'contacted',
          nextFollowUpOn: '2027-01-10',
        },
      ],
    });

    expect(message.text).toBe('Follow-up due for 1 employer: Coastline Welding &amp; Fabrication');
    expect(message.blocks[1]).toMatchObject({
      text: {
        text: '*Coastline Welding &amp; Fabrication* · Contacted · follow-up was due Jan 10, 2027',
      },
      accessory: { action_id: 'outreach_log_contact', value: 'employer-1' },
    });
    expect(JSON.stringify(message.blocks)).toContain('/bridge employer <name>');
    expect(buttonsOf(message.blocks).map((button) => button.value)).toEqual([
      'employer-1',
      'follow_up_nudge',
      'follow_up_nudge',
    ]);
  });
});

describe('renderReminderSettings', () => {
  const settings: ReminderSetting[] = [
    { kind: 'event_reminder', off: false, snoozedUntil: undefined },
    { kind: 'action_item_reminder', off: true, snoozedUntil: undefined },
    {
      kind: 'follow_up_nudge',
      off: false,
      snoozedUntil: new Date('2027-01-19T15:00:00Z'),
    },
  ];

  it('describes each setting', () => {
    expect(settings.map((setting) => describeReminderSetting(setting, timeZone))).toEqual([
      'On',
      'Off',
      'Snoozed until Jan 19, 2027, 9:00 AM CST',
    ]);
  });

  it('offers the buttons that change each setting', () => {
    const message = renderReminderSettings(settings, timeZone);
    const rows = message.blocks
      .filter((block) => block.type === 'actions')
      .map((block) => [
        block.block_id,
        buttonsOf([block]).map((button) => [button.action_id, button.value]),
      ]);

    expect(rows).toEqual([
      [
        'reminder_settings:event_reminder',
        [
          ['reminder_snooze', 'event_reminder'],
          ['reminder_off', 'event_reminder'],
        ],
      ],
      ['reminder_settings:action_item_reminder', [['reminder_on', 'action_item_reminder']]],
      [
        'reminder_settings:follow_up_nudge',
        [
          ['reminder_on', 'follow_up_nudge'],
          ['reminder_off', 'follow_up_nudge'],
        ],
      ],
    ]);
    expect(message.text).toBe(
      'Your reminders. Event reminders: On. Action item reminders: Off. Follow-up nudges: Snoozed until Jan 19, 2027, 9:00 AM CST.',
    );
  });

  it('puts a notice first', () => {
    const message = renderReminderSettings(settings, timeZone, 'Event reminders are now on.');

    expect(message.blocks[0]).toMatchObject({ text: { text: 'Event reminders are now on.' } });
    expect(message.text.startsWith('Event reminders are now on. Event reminders: On.')).toBe(true);
  });
});
