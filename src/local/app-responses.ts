import { assignBlockIds } from './block-ids.js';
import type { ResponseUrlTarget } from './response-urls.js';
import type { StoredEphemeral } from './slack-shapes.js';
import { isRecord } from './web-api/block-kit-limits.js';
import { buildBotMessage } from './web-api/chat-methods.js';
import { readMessageContent } from './web-api/content-validation.js';
import type { LocalWorkspaceStore } from './workspace-store.js';

/**
 * A message the app sends back through a response_url or in a slash command's acknowledgement:
 * `response_type`, `replace_original`, `delete_original`, and text, blocks or attachments.
 */
export type AppResponse = Record<string, unknown>;

/** Reads an acknowledgement body: a plain string is a message's text, as Slack reads it. */
export function toAppResponse(body: unknown): AppResponse | undefined {
  if (typeof body === 'string') {
    return body.trim() === '' ? undefined : { text: body };
  }

  return isRecord(body) ? body : undefined;
}

function deleteOriginal(store: LocalWorkspaceStore, target: ResponseUrlTarget): void {
  if (target.messageTs === undefined) {
    return;
  }

  if (target.source === 'ephemeral') {
    store.replaceEphemeral(target.userId, target.messageTs, undefined);
  } else {
    store.removeMessage(target.channelId, target.messageTs);
  }
}

function ephemeralFrom(
  target: ResponseUrlTarget,
  content: ReturnType<typeof readMessageContent>,
  messageTs: string,
): StoredEphemeral {
  return {
    channel: target.channelId,
    user: target.userId,
    message_ts: messageTs,
    text: content.text ?? '',
    ...(content.blocks ? { blocks: assignBlockIds(content.blocks) } : {}),
    ...(content.attachments ? { attachments: content.attachments } : {}),
    ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
  };
}

function replaceOriginal(
  store: LocalWorkspaceStore,
  target: ResponseUrlTarget,
  content: ReturnType<typeof readMessageContent>,
): boolean {
  const messageTs = target.messageTs;

  if (messageTs === undefined) {
    return false;
  }

  if (target.source === 'ephemeral') {
    store.replaceEphemeral(target.userId, messageTs, ephemeralFrom(target, content, messageTs));
    return true;
  }

  const original = store.message(target.channelId, messageTs);

  if (original === undefined) {
    return false;
  }

  const replacement = buildBotMessage({ store, workspace: store.workspace }, content, {
    threadTs: original.thread_ts,
  });
  const { blocks: _blocks, attachments: _attachments, ...kept } = original;
  store.replaceMessage(target.channelId, { ...kept, ...replacement, ts: original.ts });

  return true;
}

/**
 * Applies an app's response to the conversation it replies to, as Slack does: deletes or replaces
 * the original message, posts in the channel for `in_channel`, and otherwise shows an ephemeral
 * to the person who acted. Throws a WebApiError when the content breaks a Block Kit limit.
 */
export function applyAppResponse(
  store: LocalWorkspaceStore,
  target: ResponseUrlTarget,
  response: AppResponse,
): void {
  if (response.delete_original === true) {
    deleteOriginal(store, target);
    return;
  }

  const content = readMessageContent(response, { requireContent: true });

  if (response.replace_original === true && replaceOriginal(store, target, content)) {
    return;
  }

  if (response.response_type === 'in_channel') {
    const message = buildBotMessage({ store, workspace: store.workspace }, content, {
      threadTs: target.threadTs,
    });
    store.addMessage(target.channelId, message);
    return;
  }

  store.addEphemeral(ephemeralFrom(target, content, store.nextTs()));
}
