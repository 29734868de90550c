import { listReminderSettings } from '../../domain/reminders/preferences.js';
import type { Actor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import type { SlackMessage } from '../messages/help.js';
import { renderReminderSettings } from '../messages/reminder-settings.js';
import type { CommandContext } from './command-context.js';

/** Reads the actor's reminder settings and renders them, with an optional notice on top. */
export async function reminderSettingsMessage(
  deps: SlackDependencies,
  actor: Actor,
  notice?: string,
): Promise<SlackMessage> {
  const settings = await listReminderSettings(deps.db, actor.person.id, deps.now());

  return renderReminderSettings(settings, actor.partnership.timeZone, notice);
}

/** Sends the person who typed `/bridge reminders` their reminder settings. */
export async function runRemindersCommand(
  deps: SlackDependencies,
  context: CommandContext,
): Promise<void> {
  await context.respond({
    response_type: 'ephemeral',
    ...(await reminderSettingsMessage(deps, context.actor)),
  });
}
