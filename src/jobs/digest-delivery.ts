import type { WebClient } from '@slack/web-api';
import type { DeliveryKey } from '../domain/deliveries.js';
import { deliverOnce } from '../domain/deliveries.js';
import type { DeliveryState } from '../domain/digest/recipients.js';
import { readSentMessage } from '../domain/digest/recipients.js';
import type { Logger } from '../logger.js';
import type { SlackMessage } from '../slack/messages/help.js';

export type DeliveryOutcome = 'sent' | 'skipped' | 'failed';

/** Posts one message, as a reply when `threadTs` is given, and returns where it went. */
async function post(
  client: WebClient,
  channel: string,
  message: SlackMessage,
  threadTs?: string,
): Promise<{ channelId: string; messageTs: string }> {
  const sent = await client.chat.postMessage({
    channel,
    ...message,
    ...(threadTs ? { thread_ts: threadTs } : {}),
  });

  if (!sent.channel || !sent.ts) throw new Error('chat.postMessage returned no channel or ts');

  return { channelId: sent.channel, messageTs: sent.ts };
}

/** Wraps a send so that its error is logged before deliverOnce records it for a retry. */
function logged<Result>(
  logger: Logger,
  context: Record<string, unknown>,
  send: () => Promise<Result>,
): () => Promise<Result> {
  return async () => {
    try {
      return await send();
    } catch (error) {
      logger.warn({ err: error, ...context }, 'Posting a digest failed; a later run retries it');
      throw error;
    }
  };
}

/**
 * Posts a digest's messages as one delivery: the first message, then the rest as its thread.
 * NOTE: a reply that fails makes the whole delivery fail, so the retry posts the first message
 * again. Role digests use it because they rarely need more than one message.
 */
export async function deliverMessages(
  db: Parameters<typeof deliverOnce>[0],
  input: {
    key: DeliveryKey;
    channel: string;
    messages: readonly SlackMessage[];
    client: WebClient;
    logger: Logger;
    now: Date;
  },
): Promise<DeliveryOutcome> {
  const { client, channel, messages } = input;

  return deliverOnce(
    db,
    input.key,
    input.now,
    logged(input.logger, { ...input.key }, async () => {
      const [first, ...replies] = messages;

      if (!first) throw new Error('A digest has no message to post');

      const head = await post(client, channel, first);

      for (const reply of replies) await post(client, head.channelId, reply, head.messageTs);

      return head;
    }),
  );
}

/**
 * Posts a digest to a channel as a first message and thread replies, each reply its own
 * delivery (the channel id with `#2`, `#3`… as recipient), so a run that failed part-way resumes
 * without posting anything twice. Returns true once every message of the digest is sent.
 * `before` is the deliveries' state read before this run: replies follow only a first message
 * that this run sent or that was sent before it, so two runs never interleave one thread.
 */
export async function deliverThread(
  db: Parameters<typeof deliverOnce>[0],
  input: {
    key: DeliveryKey;
    messages: readonly SlackMessage[];
    before: ReadonlyMap<string, DeliveryState>;
    client: WebClient;
    logger: Logger;
    now: Date;
  },
): Promise<boolean> {
  const { key, messages, client, now } = input;
  const [first, ...replies] = messages;

  if (!first) return true;

  const stateOf = (recipient: string) => input.before.get(`${key.kind}:${recipient}`);
  const outcome = await deliverOnce(
    db,
    key,
    now,
    logged(input.logger, { ...key }, () => post(client, key.recipient, first)),
  );

  if (outcome !== 'sent' && stateOf(key.recipient)?.status !== 'sent') return false;

  const head = await readSentMessage(db, key);

  if (!head) return false;

  let complete = true;

  for (const [index, reply] of replies.entries()) {
    const recipient = `${key.recipient}#${index + 2}`;
    const replyKey = { ...key, recipient };
    const replied = await deliverOnce(
      db,
      replyKey,
      now,
      logged(input.logger, replyKey, () => post(client, head.channelId, reply, head.messageTs)),
    );

    if (replied === 'failed') return false;
    if (replied === 'skipped' && stateOf(recipient)?.status !== 'sent') complete = false;
  }

  return complete;
}
