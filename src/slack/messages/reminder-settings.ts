import type { Button, KnownBlock } from '@slack/types';
import { DateTime } from 'luxon';
import type { ReminderKind, ReminderSetting } from '../../domain/reminders/preferences.js';
import { actionIds } from '../ids.js';
import { mrkdwn, plainText } from '../text.js';
import type { SlackMessage } from './help.js';

/** Each reminder kind's name and when it is sent. */
export const reminderKindLabels: Record<ReminderKind, { name: string; description: string }> = {
  event_reminder: {
    name: 'Event reminders',
    description: 'The day before an event you RSVPed Going or Maybe to.',
  },
  action_item_reminder: {
    name: 'Action item reminders',
    description:
      'Once a day from 8:00 AM while action items you own are due within two days or overdue.',
  },
  follow_up_nudge: {
    name: 'Follow-up nudges',
    description:
      'Once a day from 8:00 AM while employers you own have a follow-up date that passed.',
  },
};

/** Block ids of the settings' button rows start with this, followed by `:<kind>`. */
export const REMINDER_SETTINGS_BLOCK = 'reminder_settings';

/** Describes a setting: "On", "Off" or "Snoozed until Mar 16, 2027, 9:00 AM CDT". */
export function describeReminderSetting(setting: ReminderSetting, timeZone: string): string {
  if (setting.off) return 'Off';
  if (!setting.snoozedUntil) return 'On';

  const until = DateTime.fromJSDate(setting.snoozedUntil, { zone: timeZone });

  return `Snoozed until ${until.toFormat('LLL d, yyyy, h:mm a ZZZZ')}`;
}

/**
 * Renders a person's reminder settings, one section per kind with the buttons that change it:
 * "Turn on" while a kind is off or snoozed, "Snooze a week" while it is on, and "Turn off"
 * while it is not off.
 */
export function renderReminderSettings(
  settings: ReminderSetting[],
  timeZone: string,
  notice?: string,
): SlackMessage {
  const blocks: KnownBlock[] = [];

  if (notice) blocks.push({ type: 'section', text: mrkdwn(notice) });

  blocks.push({ type: 'header', text: plainText('Your reminders') });

  for (const setting of settings) {
    const label = reminderKindLabels[setting.kind];
    const status = describeReminderSetting(setting, timeZone);

    blocks.push(
      { type: 'section', text: mrkdwn(`*${label.name}:* ${status}\n${label.description}`) },
      {
        type: 'actions',
        block_id: `${REMINDER_SETTINGS_BLOCK}:${setting.kind}`,
        elements: settingButtons(setting),
      },
    );
  }

  blocks.push({
    type: 'context',
    elements: [mrkdwn('Reminders come as direct messages from Bridge. A snooze lasts seven days.')],
  });

  const summary = settings
    .map(
      (setting) =>
        `${reminderKindLabels[setting.kind].name}: ${describeReminderSetting(setting, timeZone)}`,
    )
    .join('. ');

  return { text: notice ? `${notice} ${summary}.` : `Your reminders. ${summary}.`, blocks };
}

function settingButtons(setting: ReminderSetting): Button[] {
  const button = (actionId: string, text: string): Button => ({
    type: 'button',
    action_id: actionId,
    value: setting.kind,
    text: plainText(text),
  });
  const buttons: Button[] = [];

  if (setting.off || setting.snoozedUntil) buttons.push(button(actionIds.reminderOn, 'Turn on'));
  if (!setting.off && !setting.snoozedUntil) {
    buttons.push(button(actionIds.reminderSnooze, 'Snooze a week'));
  }
  if (!setting.off) buttons.push(button(actionIds.reminderOff, 'Turn off'));

  return buttons;
}
