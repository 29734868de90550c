import type { App } from '@slack/bolt';
import { ValidationError } from '../../domain/errors.js';
import {
  createMeeting,
  mayCreateMeeting,
  parseMeetingForm,
} from '../../domain/meetings/meetings.js';
import { identityOfInteraction, resolveActor } from '../actor.js';
import type { SlackDependencies } from '../dependencies.js';
import { callbackIds, meetingBlocks } from '../ids.js';
import { notifyPerson, textMessage } from '../notify.js';
import { saveBeforeAck } from '../save-before-ack.js';
import { readStateValues } from '../state-values.js';
import { escapeMrkdwn } from '../text.js';
import { decodeModalMetadata } from '../views/modal-metadata.js';
import { sendMeetingMessages } from './meeting-messages.js';

/**
 * Saves a submitted meeting, then sends the organizer their copy and each invitee with Slack a
 * direct message with Accept and Decline.
 */
export function registerMeetingSubmission(app: App, deps: SlackDependencies): void {
  app.view(callbackIds.meetingNew, async ({ ack, body, view, client }) => {
    const metadata = decodeModalMetadata(view.private_metadata);
    const form = readStateValues(view.state.values);
    const fields = Object.fromEntries(
      Object.entries(meetingBlocks).map(([field, blockId]) => [field, form[blockId] ?? null]),
    );
    const parsed = parseMeetingForm({ ...fields, timeZone: metadata.timeZone, now: deps.now() });

    if (!parsed.ok) {
      await ack({ response_action: 'errors', errors: toBlockErrors(parsed.errors) });
      return;
    }

    const target = { userId: body.user.id, channelId: metadata.channelId };
    const save = (async () => {
      const actor = await resolveActor(deps, client, identityOfInteraction(body));
      const access = mayCreateMeeting(actor.person.role);

      // The role may have changed since the form opened; the reason shows under the title.
      if (!access.allowed) throw new ValidationError({ title: access.reason });

      const saved = await createMeeting(deps.db, {
        partnershipId: actor.partnership.id,
        createdBy: actor.person.id,
        sourceKey: `slack:view:${view.id}`,
        now: deps.now(),
        meeting: parsed.value,
      });

      return { actor, ...saved };
    })();
    const saved = await saveBeforeAck({
      ack,
      save,
      errorBlockId: meetingBlocks.title,
      toBlockErrors,
      logger: deps.logger,
      onLateFailure: () =>
        notifyPerson(
          client,
          deps.logger,
          target,
          textMessage(
            'Your meeting was not saved because of an internal error. Open the form again with `/bridge meeting new` in a minute.',
          ),
        ),
    });

    // A retried submission finds its meeting already created and its invitations sent.
    if (!saved.saved || !saved.value.created) return;

    const { actor, id } = saved.value;
    const sent = await sendMeetingMessages(deps, client, {
      partnership: actor.partnership,
      meetingId: id,
      organizerSlackId: actor.slackUserId,
    });
    const title = escapeMrkdwn(parsed.value.title);
    const unreachable =
      sent.unreachable > 0
        ? ` ${sent.unreachable} invitee(s) could not be reached in Slack; contact them by email or phone.`
        : '';

    await notifyPerson(
      client,
      deps.logger,
      target,
      textMessage(
        `Created *${title}* and sent ${sent.invited} invitation(s). Answers show on the meeting's message in your direct messages and in \`/bridge meetings\`.${unreachable}`,
      ),
    );
  });
}

/** Maps the form's field errors to the modal's block ids. */
function toBlockErrors(errors: Record<string, string>): Record<string, string> {
  const blockIds = meetingBlocks as Record<string, string>;

  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [
      blockIds[field] ?? meetingBlocks.title,
      message,
    ]),
  );
}
