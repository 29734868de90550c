import type { WebClient } from '@slack/web-api';
import type { EventSummary } from '../domain/events.js';
import { setEventAnnouncement } from '../domain/events.js';
import type { Partnership } from '../domain/partnerships.js';
import type { SlackDependencies } from './dependencies.js';
import { escapeMrkdwn } from './text.js';

/** Posts the announcement and returns the message for its creator: posted, or why not. */
export async function announceEvent(
  deps: SlackDependencies,
  client: WebClient,
  partnership: Partnership,
  event: EventSummary,
): Promise<string> {
  const channelId = event.channelId ?? '';
  const title = `*${escapeMrkdwn(event.title)}*`;

  try {
    const posted = await client.chat.postMessage({
      channel: channelId,
      ...(await deps.announcements.render(event, partnership.timeZone)),
    });

    if (!posted.ts || !posted.channel) throw new Error('chat.postMessage returned no ts');

    await setEventAnnouncement(deps.db, {
      eventId: event.id,
      channelId: posted.channel,
      messageTs: posted.ts,
    });

    return `Created ${title} and announced it in <#${posted.channel}>.`;
  } catch (error) {
    deps.logger.warn(
      { err: error, eventId: event.id, channelId },
      'Posting an event announcement failed',
    );

    const code = (error as { data?: { error?: string } }).data?.error ?? 'unknown_error';

    return `Created ${title}, but the announcement could not be posted in <#${channelId}> (${code}). Invite Bridge to that channel with \`/invite @Bridge\`; the event is saved and shows in \`/bridge events\`.`;
  }
}
