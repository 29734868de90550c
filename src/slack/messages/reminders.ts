import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import { DateTime } from 'luxon';
import { rsvpStatusLabels } from '../../domain/labels.js';
import { outreachStageLabels } from '../../domain/outreach/labels.js';
import type { RemindedActionItem } from '../../domain/reminders/action-item-reminders.js';
import type { DueEventReminder } from '../../domain/reminders/event-reminders.js';
import type { OverdueFollowUp } from '../../domain/reminders/follow-up-nudges.js';
import type { ReminderKind } from '../../domain/reminders/preferences.js';
import { formatDate, formatEventSpan } from '../../domain/time.js';
import { actionIds, SLASH_COMMAND } from '../ids.js';
import { blockKitLimits, truncate } from '../limits.js';
import { escapeMrkdwn, escapeMrkdwnWithin, mrkdwn, plainText } from '../text.js';
import type { SlackMessage } from './help.js';

/**
 * Action items or employers one reminder lists, each in its own section. With the header, the
 * closing note and the buttons, 40 of them stay well inside 50 blocks per message.
 */
export const REMINDER_ROWS_LISTED = 40;

/** Block id of the "Snooze a week" and "Turn off these reminders" buttons under a reminder. */
export const REMINDER_PREFERENCE_BLOCK = 'reminder_preferences';

/** Renders "Snooze a week" and "Turn off these reminders" for one kind of reminder. */
export function renderReminderPreferenceButtons(kind: ReminderKind): ActionsBlock {
  return {
    type: 'actions',
    block_id: REMINDER_PREFERENCE_BLOCK,
    elements: [
      {
        type: 'button',
        action_id: actionIds.reminderSnooze,
        value: kind,
        text: plainText('Snooze a week'),
      },
      {
        type: 'button',
        action_id: actionIds.reminderOff,
        value: kind,
        text: plainText('Turn off these reminders'),
      },
    ],
  };
}

const settingsHint = `Type \`${SLASH_COMMAND} reminders\` to see and change all your reminders.`;

/**
 * Renders the reminder sent the day before an event to someone who RSVPed Going or Maybe,
 * with the event's calendar file when Bridge has a public address to link it at.
 */
export function renderEventReminder(
  reminder: Pick<DueEventReminder, 'event' | 'rsvp' | 'timeZone'>,
  calendarUrl: string | undefined,
): SlackMessage {
  const { event, rsvp, timeZone } = reminder;
  const when = formatEventSpan(event.startsAt, event.endsAt, timeZone);
  const lines = [
    `*${escapeMrkdwnWithin(event.title, 500)}*`,
    when,
    event.venue ? `Venue: ${escapeMrkdwnWithin(event.venue, 500)}` : undefined,
    `Your RSVP: *${rsvpStatusLabels[rsvp]}*`,
  ].filter(Boolean);
  const announcement = event.channelId
    ? `its announcement in <#${event.channelId}>`
    : 'its announcement';
  const blocks: KnownBlock[] = [
    {
      type: 'header',
      text: plainText(truncate(`Coming up: ${event.title}`, blockKitLimits.headerText)),
    },
    { type: 'section', text: mrkdwn(lines.join('\n')) },
  ];

  if (calendarUrl) {
    const button: Button = {
      type: 'button',
      action_id: actionIds.eventCalendar,
      value: event.id,
      text: plainText('Add to calendar'),
      url: calendarUrl,
    };
    blocks.push({ type: 'actions', block_id: `event_reminder:${event.id}`, elements: [button] });
  } else {
    const text = `Bridge has no public address set, so there is no calendar file to link. Add the event to your calendar by hand from the time above, or with *Add to calendar* on ${announcement} once Bridge has one.`;
    blocks.push({ type: 'context', elements: [mrkdwn(text)] });
  }

  blocks.push(
    {
      type: 'context',
      elements: [mrkdwn(`To change your RSVP, use the buttons on ${announcement}.`)],
    },
    renderReminderPreferenceButtons('event_reminder'),
  );

  return {
    text: `Reminder: ${escapeMrkdwn(event.title)}, ${when}. Your RSVP: ${rsvpStatusLabels[rsvp]}.`,
    blocks,
  };
}

/** Describes a due date against today: "overdue since Mar 9, 2027", "due today", "due Mar 12, 2027". */
export function describeDue(dueOn: string, today: string): string {
  if (dueOn < today) return `overdue since ${formatDate(dueOn)}`;
  if (dueOn === today) return 'due today';
  if (dueOn === DateTime.fromISO(today).plus({ days: 1 }).toISODate()) return 'due tomorrow';

  return `due ${formatDate(dueOn)}`;
}

/**
 * Renders an owner's daily reminder of open action items due soon or overdue, each with the
 * Done button the Home tab uses.
 */
export function renderActionItemReminder(reminder: {
  today: string;
  items: RemindedActionItem[];
}): SlackMessage {
  const shown = reminder.items.slice(0, REMINDER_ROWS_LISTED);
  const more = reminder.items.length - shown.length;
  const overdue = reminder.items.filter((item) => item.dueOn < reminder.today).length;
  const count = plural(reminder.items.length, 'action item');
  const summary =
    overdue > 0 ? `${count} due soon or overdue (${overdue} overdue)` : `${count} due soon`;
  const blocks: KnownBlock[] = [
    { type: 'header', text: plainText('Your action items') },
    ...shown.map((item): KnownBlock => {
      const meeting = item.meetingTitle
        ? `\nFrom ${escapeMrkdwnWithin(item.meetingTitle, 200)}`
        : '';
      const due = describeDue(item.dueOn, reminder.today);

      return {
        type: 'section',
        text: mrkdwn(`${escapeMrkdwnWithin(item.description, 600)} · ${due}${meeting}`),
        accessory: {
          type: 'button',
          action_id: actionIds.actionItemDone,
          text: plainText('Done'),
          value: item.id,
          style: 'primary',
        },
      };
    }),
    {
      type: 'context',
      elements: [
        mrkdwn(
          `${more > 0 ? `${more} more not shown here; the Home tab lists them. ` : ''}Press Done when one is finished. ${settingsHint}`,
        ),
      ],
    },
    renderReminderPreferenceButtons('action_item_reminder'),
  ];
  const listed = shown.map(
    (item) => `${item.description} (${describeDue(item.dueOn, reminder.today)})`,
  );

  return {
    text: truncate(
      `You have ${summary}: ${escapeMrkdwn(listed.join('; '))}`,
      blockKitLimits.sectionText,
    ),
    blocks,
  };
}

/**
 * Renders an outreach owner's daily nudge of employers whose next follow-up date has passed,
 * each with the "Log a contact" button of the employer's card.
 */
export function renderFollowUpNudge(nudge: { employers: OverdueFollowUp[] }): SlackMessage {
  const shown = nudge.employers.slice(0, REMINDER_ROWS_LISTED);
  const more = nudge.employers.length - shown.length;
  const moreText =
    more > 0
      ? `${more} more not shown here; type \`${SLASH_COMMAND} outreach mine\` for all. `
      : '';
  const blocks: KnownBlock[] = [
    { type: 'header', text: plainText('Follow-ups to make') },
    ...shown.map(
      (employer): KnownBlock => ({
        type: 'section',
        text: mrkdwn(
          `*${escapeMrkdwnWithin(employer.employerName, 200)}* · ${outreachStageLabels[employer.stage]} · follow-up was due ${formatDate(employer.nextFollowUpOn)}`,
        ),
        accessory: {
          type: 'button',
          action_id: actionIds.outreachLogContact,
          text: plainText('Log a contact'),
          value: employer.employerId,
        },
      }),
    ),
    {
      type: 'context',
      elements: [
        mrkdwn(
          `${moreText}Log a contact to set the next follow-up date, or type \`${SLASH_COMMAND} employer <name>\` for the employer's card. ${settingsHint}`,
        ),
      ],
    },
    renderReminderPreferenceButtons('follow_up_nudge'),
  ];
  const names = shown.map((employer) => employer.employerName).join(', ');
  const count = plural(nudge.employers.length, 'employer');

  return {
    text: truncate(
      `Follow-up due for ${count}: ${escapeMrkdwn(names)}`,
      blockKitLimits.sectionText,
    ),
    blocks,
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
