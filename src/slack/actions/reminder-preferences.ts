import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { ReminderChange, ReminderSetting } from '../../domain/reminders/preferences.js';
import { changeReminderSetting, isReminderKind } from '../../domain/reminders/preferences.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import { reminderSettingsMessage } from '../commands/reminders-command.js';
import type { SlackDependencies } from '../dependencies.js';
import { actionIds, SLASH_COMMAND } from '../ids.js';
import {
  describeReminderSetting,
  REMINDER_SETTINGS_BLOCK,
  reminderKindLabels,
} from '../messages/reminder-settings.js';
import { textMessage } from '../notify.js';

const changeByAction: Record<string, ReminderChange> = {
  [actionIds.reminderOn]: 'on',
  [actionIds.reminderOff]: 'off',
  [actionIds.reminderSnooze]: 'snooze',
};

/**
 * Handles "Turn on", "Turn off" and "Snooze a week" for one kind of reminder, from a reminder
 * or from `/bridge reminders`. Each button's value is the kind, and the clicker changes only
 * their own setting. A click on the settings replaces them with the new ones, and a click on a
 * reminder gets an ephemeral confirmation.
 */
export function registerReminderPreferenceActions(app: App, deps: SlackDependencies): void {
  for (const [actionId, change] of Object.entries(changeByAction)) {
    app.action<BlockAction<ButtonAction>>(
      actionId,
      async ({ ack, body, action, client, respond }) => {
        await ack();

        const kind = action.value ?? '';

        if (!isReminderKind(kind)) {
          const text = `That button names no kind of reminder Bridge sends. Type \`${SLASH_COMMAND} reminders\` to change your reminders.`;
          await respond({
            response_type: 'ephemeral',
            replace_original: false,
            ...textMessage(text),
          });
          return;
        }

        const actor = await resolveActor(deps, client, identityOfInteraction(body));
        const setting = await changeReminderSetting(deps.db, {
          partnershipId: actor.partnership.id,
          personId: actor.person.id,
          kind,
          change,
          now: deps.now(),
        });
        const notice = describeChange(setting, actor.partnership.timeZone);

        if (action.block_id.startsWith(REMINDER_SETTINGS_BLOCK)) {
          await respond({
            response_type: 'ephemeral',
            replace_original: true,
            ...(await reminderSettingsMessage(deps, actor, notice)),
          });
          return;
        }

        const hint = `Type \`${SLASH_COMMAND} reminders\` to change it again.`;
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          ...textMessage(`${notice} ${hint}`),
        });
      },
    );
  }
}

/** Says what a change did: "Event reminders are now off." */
function describeChange(setting: ReminderSetting, timeZone: string): string {
  const name = reminderKindLabels[setting.kind].name;
  const status = describeReminderSetting(setting, timeZone);

  return `${name} are now ${status.charAt(0).toLowerCase()}${status.slice(1)}.`;
}
