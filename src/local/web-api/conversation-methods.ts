import type { SlackMessage } from '../slack-shapes.js';
import { directMessageChannelId, findUser } from '../workspace.js';
import type { WebApiMethod } from './method-context.js';
import { paginate } from './pagination.js';
import { booleanArgument, numberArgument, stringArgument } from './request-arguments.js';
import {
  conversationMembers,
  toSlackChannel,
  toSlackConversation,
  toSlackDirectMessage,
} from './slack-objects.js';
import { invalidArguments, WebApiError } from './web-api-error.js';

const list: WebApiMethod = ({ args, workspace }) => {
  const types = (stringArgument(args, 'types') ?? 'public_channel').split(',');
  const conversations: object[] = [];

  if (types.includes('public_channel')) {
    conversations.push(...workspace.channels.map((channel) => toSlackChannel(workspace, channel)));
  }

  if (types.includes('im')) {
    conversations.push(...workspace.users.map((user) => toSlackDirectMessage(user)));
  }

  const { page, response_metadata } = paginate(conversations, args, 100);

  return { channels: page, response_metadata };
};

const info: WebApiMethod = ({ args, workspace }) => ({
  channel: toSlackConversation(workspace, stringArgument(args, 'channel') ?? ''),
});

const members: WebApiMethod = ({ args, workspace }) => {
  const channelId = stringArgument(args, 'channel') ?? '';
  toSlackConversation(workspace, channelId);
  const { page, response_metadata } = paginate(
    conversationMembers(workspace, channelId),
    args,
    100,
  );

  return { members: page, response_metadata };
};

const open: WebApiMethod = ({ args, workspace }) => {
  const channelArgument = stringArgument(args, 'channel');
  const userIds = (stringArgument(args, 'users') ?? '').split(',').filter(Boolean);

  if (channelArgument === undefined && userIds.length !== 1) {
    throw invalidArguments([
      'the local workspace opens direct messages with one user only. Pass users=U… or channel=D…',
    ]);
  }

  if (userIds[0] !== undefined && findUser(workspace, userIds[0]) === undefined) {
    throw new WebApiError('user_not_found');
  }

  const channelId = channelArgument ?? directMessageChannelId(userIds[0] ?? '');
  const conversation = toSlackConversation(workspace, channelId);

  return { channel: booleanArgument(args, 'return_im') ? conversation : { id: conversation.id } };
};

function isTopLevel(message: SlackMessage): boolean {
  return message.thread_ts === undefined || message.thread_ts === message.ts;
}

const history: WebApiMethod = ({ args, store, workspace }) => {
  const channelId = stringArgument(args, 'channel') ?? '';
  toSlackConversation(workspace, channelId);
  const oldest = numberArgument(args, 'oldest') ?? 0;
  const latest = numberArgument(args, 'latest') ?? Number.POSITIVE_INFINITY;
  const inclusive = booleanArgument(args, 'inclusive') ?? false;
  const inRange = (ts: number) =>
    inclusive ? ts >= oldest && ts <= latest : ts > oldest && ts < latest;
  const messages = store
    .messages(channelId)
    .filter((message) => isTopLevel(message) && inRange(Number(message.ts)))
    .reverse();
  const { page, response_metadata } = paginate(messages, args, 100);

  return {
    messages: page,
    has_more: response_metadata.next_cursor !== '',
    pin_count: 0,
    response_metadata,
  };
};

const replies: WebApiMethod = ({ args, store, workspace }) => {
  const channelId = stringArgument(args, 'channel') ?? '';
  toSlackConversation(workspace, channelId);
  const ts = stringArgument(args, 'ts') ?? '';
  const parent = store.message(channelId, ts);

  if (parent === undefined) {
    throw new WebApiError('thread_not_found');
  }

  const thread = store
    .messages(channelId)
    .filter((message) => message.ts === ts || message.thread_ts === ts);
  const { page, response_metadata } = paginate(thread, args, 1000);

  return { messages: page, has_more: response_metadata.next_cursor !== '', response_metadata };
};

export const conversationMethods: Record<string, WebApiMethod> = {
  'conversations.list': list,
  'conversations.info': info,
  'conversations.members': members,
  'conversations.open': open,
  'conversations.history': history,
  'conversations.replies': replies,
};
