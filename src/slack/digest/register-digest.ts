import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { setRoleDigestOff } from '../../domain/digest/recipients.js';
import type { DigestSettingsField } from '../../domain/digest/settings.js';
import {
  parseDigestSettings,
  saveDigestSettings,
  weekdayNames,
} from '../../domain/digest/settings.js';
import type { FieldErrors } from '../../domain/errors.js';
import { ValidationError } from '../../domain/errors.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { actionIds, callbackIds, digestSettingsBlocks } from '../ids.js';
import { notifyPerson, textMessage } from '../notify.js';
import { saveBeforeAck } from '../save-before-ack.js';
import { readStateValues, textValue } from '../state-values.js';
import { decodeModalMetadata } from '../views/modal-metadata.js';

/** Registers the digest settings form and the "Turn off" button under role digests. */
export function registerDigestListeners(app: App, deps: SlackDependencies): void {
  registerDigestSettingsSubmission(app, deps);
  registerDigestTurnOff(app, deps);
}

const blockOfField: Record<DigestSettingsField, string> = {
  digestChannelId: digestSettingsBlocks.channelId,
  digestWeekday: digestSettingsBlocks.weekday,
  digestTime: digestSettingsBlocks.time,
  timeZone: digestSettingsBlocks.timeZone,
  weekStartsOn: digestSettingsBlocks.weekStartsOn,
};

function onBlocks(errors: Partial<Record<string, string>>): FieldErrors {
  const shown: FieldErrors = {};

  for (const [field, message] of Object.entries(errors)) {
    const blockId = blockOfField[field as DigestSettingsField] ?? digestSettingsBlocks.channelId;

    if (message) shown[blockId] = message;
  }

  return shown;
}

/** Validates and saves the convener's digest settings, then confirms them to the convener. */
function registerDigestSettingsSubmission(app: App, deps: SlackDependencies): void {
  app.view(callbackIds.digestSettings, async ({ ack, body, view, client }) => {
    const metadata = decodeModalMetadata(view.private_metadata);
    const form = readStateValues(view.state.values);
    const fields = Object.fromEntries(
      Object.entries(blockOfField).map(([field, blockId]) => [field, textValue(form, blockId)]),
    );
    const parsed = parseDigestSettings(fields, metadata.timeZone);

    if (!parsed.ok) {
      await ack({ response_action: 'errors', errors: onBlocks(parsed.errors) });
      return;
    }

    const target = { userId: body.user.id, channelId: metadata.channelId };
    const save = (async () => {
      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const result = await saveDigestSettings(deps.db, {
        partnershipId: actor.partnership.id,
        actor: {
          personId: actor.person.id,
          role: actor.person.role,
          organizationId: actor.person.organizationId,
        },
        settings: parsed.settings,
      });

      if (result.outcome === 'not_allowed') {
        throw new ValidationError({ digestChannelId: result.reason });
      }
    })();
    const outcome = await saveBeforeAck({
      ack,
      save,
      errorBlockId: digestSettingsBlocks.channelId,
      toBlockErrors: onBlocks,
      logger: deps.logger,
      onLateFailure: (error) =>
        notifyPerson(client, deps.logger, target, textMessage(lateFailure(error))),
    });

    if (!outcome.saved) return;

    const { settings } = parsed;
    const when = `every ${weekdayNames[settings.digestWeekday - 1]} at ${settings.digestTime} (${settings.timeZone})`;
    const where = settings.digestChannelId
      ? `The weekly digest now goes to <#${settings.digestChannelId}> ${when}.`
      : `No channel digest is posted now; role digests go out ${when}.`;
    const text = `${where} A digest week starts on ${weekdayNames[settings.weekStartsOn - 1]}.`;

    await notifyPerson(client, deps.logger, target, textMessage(text));
  });
}

function lateFailure(error: unknown): string {
  if (error instanceof ValidationError) {
    return `The digest settings were not saved: ${Object.values(error.fieldErrors).join(' ')}`;
  }

  return 'The digest settings were not saved because of an internal error. Try again in a minute with `/bridge digest settings`.';
}

/** Turns off the clicker's own role digest; the button sits under each role digest. */
function registerDigestTurnOff(app: App, deps: SlackDependencies): void {
  app.action<BlockAction<ButtonAction>>(
    actionIds.digestTurnOff,
    async ({ ack, body, client, respond }) => {
      await ack();

      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const changed = await setRoleDigestOff(deps.db, {
        partnershipId: actor.partnership.id,
        personId: actor.person.id,
        off: true,
        now: deps.now(),
      });
      const text = changed
        ? 'Your weekly role digest is off. Type `/bridge digest on` to get it again.'
        : 'Your weekly role digest was already off. Type `/bridge digest on` to get it again.';

      await respond({ response_type: 'ephemeral', replace_original: false, ...textMessage(text) });
    },
  );
}
