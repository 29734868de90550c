import type { App } from '@slack/bolt';
import type { ExtendedErrorHandlerArgs } from '@slack/bolt/dist/App.js';
import type { Logger } from '../logger.js';
import { notifyPerson, textMessage } from './notify.js';

const failureMessage =
  'Bridge could not finish that because of an internal error. Try again in a minute; if it keeps happening, tell your convener.';

/**
 * Logs every listener failure with its error object, then sends the person who triggered it a message,
 * in plain words, that the request did not finish.
 */
export function registerErrorHandler(app: App, logger: Logger): void {
  app.error(async ({ error, body, context }: ExtendedErrorHandlerArgs) => {
    const person = personOf(body as Record<string, unknown>);
    logger.error(
      { err: error, code: error.code, teamId: context.teamId, userId: person.userId },
      'A Slack listener failed',
    );

    if (!person.userId) return;

    try {
      await notifyPerson(
        app.client,
        logger,
        { userId: person.userId, channelId: person.channelId },
        textMessage(failureMessage),
      );
    } catch (notifyError) {
      logger.error(
        { err: notifyError, userId: person.userId },
        'Telling a person about a failure failed too',
      );
    }
  });
}

function personOf(body: Record<string, unknown>): { userId?: string; channelId?: string } {
  const user = body.user as { id?: string } | undefined;
  const channel = body.channel as { id?: string } | undefined;
  const event = body.event as { user?: string } | undefined;
  const userId = (body.user_id as string | undefined) ?? user?.id ?? event?.user;
  const channelId = (body.channel_id as string | undefined) ?? channel?.id;

  return { ...(userId ? { userId } : {}), ...(channelId ? { channelId } : {}) };
}
