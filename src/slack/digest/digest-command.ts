import type { RespondArguments } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { roleLabels } from '../../domain/access.js';
import { buildDigest } from '../../domain/digest/build-digest.js';
import { setRoleDigestOff } from '../../domain/digest/recipients.js';
import { roleDigestRoles } from '../../domain/digest/role-digest.js';
import { mayChangeDigestSettings, readDigestSettings } from '../../domain/digest/settings.js';
import { resolveActor } from '../actor.js';
import type { CommandContext } from '../commands/command-context.js';
import type { SlackDependencies } from '../dependencies.js';
import { renderChannelDigest } from '../messages/digest.js';
import type { SlackMessage } from '../messages/help.js';
import { textMessage } from '../notify.js';
import type { ModalRequest } from '../open-modals.js';
import { openModalThenFill } from '../open-modals.js';
import {
  DIGEST_SETTINGS_TITLE,
  renderDigestSettingsModal,
} from '../views/digest-settings-modal.js';
import { renderNoticeModal } from '../views/directory-modals/notice-modal.js';

/** Slack accepts at most five replies through one command's response_url. */
const RESPONSES_PER_COMMAND = 5;

/**
 * Shows this week's channel digest so far to the person only, as several ephemeral messages
 * when it is long. Beyond five messages, the last one states how many more the channel digest has.
 */
export async function runDigestPreview(deps: SlackDependencies, context: CommandContext) {
  const digest = await buildDigest(deps.db, {
    partnershipId: context.actor.partnership.id,
    now: deps.now(),
  });
  const messages = previewMessages(renderChannelDigest(digest));

  for (const message of messages) {
    await context.respond({ response_type: 'ephemeral', ...message } as RespondArguments);
  }
}

/** Fits the digest's messages into the replies one command may send, saying what was left. */
export function previewMessages(messages: SlackMessage[]): SlackMessage[] {
  if (messages.length <= RESPONSES_PER_COMMAND) return messages;

  const shown = messages.slice(0, RESPONSES_PER_COMMAND - 1);
  const left = messages.length - shown.length;

  return [
    ...shown,
    textMessage(
      `The preview stops here: Slack shows at most ${RESPONSES_PER_COMMAND} replies to one command, and this digest has ${left} more messages. The digest in the channel posts every message in its thread.`,
    ),
  ];
}

/** Turns the person's weekly role digest on or off, with `/bridge digest on|off`. */
export async function runDigestSwitch(
  deps: SlackDependencies,
  context: CommandContext,
  off: boolean,
): Promise<void> {
  const { actor } = context;

  if (!roleDigestRoles.includes(actor.person.role)) {
    await context.respond({
      response_type: 'ephemeral',
      ...textMessage(
        `Bridge sends no role digest to your role (${roleLabels[actor.person.role]}). Type \`/bridge digest preview\` to see the partnership's digest.`,
      ),
    });
    return;
  }

  const changed = await setRoleDigestOff(deps.db, {
    partnershipId: actor.partnership.id,
    personId: actor.person.id,
    off,
    now: deps.now(),
  });
  const state = off
    ? 'Your weekly role digest is off. Type `/bridge digest on` to get it again.'
    : 'Your weekly role digest is on: it arrives here each week when the channel digest goes out.';

  await context.respond({
    response_type: 'ephemeral',
    ...textMessage(changed ? state : `Nothing changed. ${state}`),
  });
}

/** Opens `/bridge digest settings`; anyone but the convener gets the reason instead. */
export async function openDigestSettingsModal(
  deps: SlackDependencies,
  client: WebClient,
  request: ModalRequest,
): Promise<void> {
  await openModalThenFill(client, DIGEST_SETTINGS_TITLE, request.triggerId, async () => {
    const actor = await resolveActor(deps, client, request.identity);
    const decision = mayChangeDigestSettings(actor.person);

    if (!decision.allowed) return renderNoticeModal(DIGEST_SETTINGS_TITLE, decision.reason);

    const settings = await readDigestSettings(deps.db, actor.partnership.id);

    if (!settings) throw new Error(`Partnership ${actor.partnership.id} has no settings row`);

    return renderDigestSettingsModal(settings, {
      timeZone: actor.partnership.timeZone,
      channelId: request.channelId,
    });
  });
}
