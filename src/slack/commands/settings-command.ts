import { UserFacingError } from '../../domain/errors.js';
import {
  getPartnershipSettings,
  parseStaleAfterDays,
  setContactStaleAfterDays,
} from '../../domain/partnership-settings.js';
import type { SlackDependencies } from '../dependencies.js';
import { renderSettings } from '../messages/settings.js';
import { escapeMrkdwn } from '../text.js';
import type { CommandContext } from './command-context.js';

/**
 * Shows the partnership's settings, or changes after how many days a contact is stale when
 * `typedDays` is given.
 */
export async function runSettingsCommand(
  deps: SlackDependencies,
  context: CommandContext,
  typedDays: string | undefined,
): Promise<void> {
  const { actor, respond } = context;
  const isConvener = actor.person.role === 'convener';

  if (typedDays !== undefined) {
    const parsed = parseStaleAfterDays(typedDays);

    if (!parsed.ok) {
      await respond({ response_type: 'ephemeral', text: `:warning: ${parsed.problem}` });
      return;
    }

    try {
      const change = await setContactStaleAfterDays(deps.db, {
        partnershipId: actor.partnership.id,
        actor: {
          personId: actor.person.id,
          role: actor.person.role,
          organizationId: actor.person.organizationId,
        },
        days: parsed.days,
      });
      const text =
        change.before === change.after
          ? `Contacts already show as stale after ${change.after} days; nothing changed.`
          : `Contacts now show as stale after ${change.after} days without confirmation (was ${change.before}).`;

      await respond({ response_type: 'ephemeral', text });
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;

      await respond({
        response_type: 'ephemeral',
        text: `:no_entry: ${escapeMrkdwn(error.message)}`,
      });
    }

    return;
  }

  const settings = await getPartnershipSettings(deps.db, actor.partnership.id);

  if (!settings) throw new Error(`Partnership ${actor.partnership.id} has no settings row`);

  await respond({ response_type: 'ephemeral', ...renderSettings(settings, isConvener) });
}
