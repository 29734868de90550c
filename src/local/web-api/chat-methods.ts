import { assignBlockIds } from '../block-ids.js';
import type { SlackMessage } from '../slack-shapes.js';
import { directMessageUser, findUser } from '../workspace.js';
import { type MessageContent, readMessageContent } from './content-validation.js';
import type { MethodContext, WebApiMethod } from './method-context.js';
import { jsonArgument, stringArgument } from './request-arguments.js';
import { resolveConversationId } from './slack-objects.js';
import { WebApiError } from './web-api-error.js';

function conversationArgument({ args, workspace }: MethodContext): string {
  return resolveConversationId(workspace, stringArgument(args, 'channel') ?? '');
}

function existingMessage(context: MethodContext, channelId: string, ts: string): SlackMessage {
  const message = context.store.message(channelId, ts);

  if (message === undefined) {
    throw new WebApiError('message_not_found');
  }

  return message;
}

/** Builds a message posted by the app's bot user, as chat.postMessage stores it. */
export function buildBotMessage(
  context: Pick<MethodContext, 'store' | 'workspace'>,
  content: MessageContent,
  extra: { threadTs?: string; metadata?: unknown },
): SlackMessage {
  const { bot, team } = context.workspace;

  return {
    type: 'message',
    ts: context.store.nextTs(),
    text: content.text ?? '',
    user: bot.userId,
    team: team.id,
    bot_id: bot.botId,
    app_id: bot.appId,
    ...(content.blocks ? { blocks: assignBlockIds(content.blocks) } : {}),
    ...(content.attachments ? { attachments: content.attachments } : {}),
    ...(extra.threadTs ? { thread_ts: extra.threadTs } : {}),
    ...(extra.metadata ? { metadata: extra.metadata } : {}),
  };
}

const postMessage: WebApiMethod = (context) => {
  const channel = conversationArgument(context);
  const content = readMessageContent(context.args, { requireContent: true });
  const threadTs = stringArgument(context.args, 'thread_ts');
  const metadata = jsonArgument(context.args, 'metadata', 'invalid_metadata_format');

  const message = buildBotMessage(context, content, { threadTs, metadata });
  context.store.addMessage(channel, message);

  return { channel, ts: message.ts, message };
};

const update: WebApiMethod = (context) => {
  const channel = conversationArgument(context);
  const current = existingMessage(context, channel, stringArgument(context.args, 'ts') ?? '');

  if (current.bot_id !== context.workspace.bot.botId) {
    throw new WebApiError('cant_update_message');
  }

  const content = readMessageContent(context.args, { requireContent: false });

  if (content.text === undefined && content.blocks === undefined && !content.attachments) {
    throw new WebApiError('no_text');
  }

  const message = updatedMessage(context, current, content);
  context.store.replaceMessage(channel, message);

  return { channel, ts: message.ts, text: message.text, message };
};

/** Applies chat.update's rules: omitted blocks stay, an empty block list removes them. */
function updatedMessage(
  context: MethodContext,
  current: SlackMessage,
  content: MessageContent,
): SlackMessage {
  const { blocks: currentBlocks, attachments: currentAttachments, ...rest } = current;
  const blocks = content.blocks ?? currentBlocks;
  const attachments = content.attachments ?? currentAttachments;

  return {
    ...rest,
    text: content.text ?? current.text,
    ...(blocks && blocks.length > 0 ? { blocks: assignBlockIds(blocks) } : {}),
    ...(attachments && attachments.length > 0 ? { attachments } : {}),
    edited: { user: context.workspace.bot.userId, ts: context.store.nextTs() },
  };
}

const postEphemeral: WebApiMethod = (context) => {
  const channel = conversationArgument(context);
  const userId = stringArgument(context.args, 'user') ?? '';

  if (findUser(context.workspace, userId) === undefined) {
    throw new WebApiError('user_not_found');
  }

  const dmUser = directMessageUser(context.workspace, channel);

  if (dmUser !== undefined && dmUser.id !== userId) {
    throw new WebApiError('user_not_in_channel');
  }

  const content = readMessageContent(context.args, { requireContent: true });
  const messageTs = context.store.nextTs();
  const threadTs = stringArgument(context.args, 'thread_ts');
  context.store.addEphemeral({
    channel,
    user: userId,
    message_ts: messageTs,
    text: content.text ?? '',
    ...(content.blocks ? { blocks: assignBlockIds(content.blocks) } : {}),
    ...(content.attachments ? { attachments: content.attachments } : {}),
    ...(threadTs ? { thread_ts: threadTs } : {}),
  });

  return { message_ts: messageTs };
};

const deleteMessage: WebApiMethod = (context) => {
  const channel = conversationArgument(context);
  const message = existingMessage(context, channel, stringArgument(context.args, 'ts') ?? '');

  if (message.bot_id !== context.workspace.bot.botId) {
    throw new WebApiError('cant_delete_message');
  }

  context.store.removeMessage(channel, message.ts);

  return { channel, ts: message.ts };
};

const getPermalink: WebApiMethod = (context) => {
  const channel = conversationArgument(context);
  const message = existingMessage(
    context,
    channel,
    stringArgument(context.args, 'message_ts') ?? '',
  );
  const permalink = `${context.origin}/#/archives/${channel}/p${message.ts.replace('.', '')}`;
  const thread = message.thread_ts && message.thread_ts !== message.ts;

  return {
    channel,
    permalink: thread ? `${permalink}?thread_ts=${message.thread_ts}&cid=${channel}` : permalink,
  };
};

export const chatMethods: Record<string, WebApiMethod> = {
  'chat.postMessage': postMessage,
  'chat.update': update,
  'chat.postEphemeral': postEphemeral,
  'chat.delete': deleteMessage,
  'chat.getPermalink': getPermalink,
};
