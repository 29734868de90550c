import {
  directMessageChannelId,
  directMessageUser,
  findChannel,
  findUser,
  type LocalChannel,
  type LocalUser,
  type LocalWorkspace,
} from '../workspace.js';
import { WebApiError } from './web-api-error.js';

/** Creation time reported for every local channel: 2024-12-02 14:00 UTC. */
const workspaceCreated = 1733148000;

/**
 * Returns the conversation id a chat.* `channel` argument names: a channel id, a channel name
 * with or without `#`, a DM id, or a user id, which Slack resolves to the app's DM with that user.
 */
export function resolveConversationId(workspace: LocalWorkspace, value: string): string {
  const byId = findChannel(workspace, value) ?? directMessageUser(workspace, value);

  if (byId !== undefined) {
    return value;
  }

  const user = findUser(workspace, value);

  if (user !== undefined) {
    return directMessageChannelId(user.id);
  }

  const name = value.replace(/^#/, '');
  const byName = workspace.channels.find((channel) => channel.name === name);

  if (byName === undefined) {
    throw new WebApiError('channel_not_found');
  }

  return byName.id;
}

/** Returns the members of a conversation: every user and the bot, or the two sides of a DM. */
export function conversationMembers(workspace: LocalWorkspace, channelId: string): string[] {
  const dmUser = directMessageUser(workspace, channelId);

  if (dmUser !== undefined) {
    return [dmUser.id, workspace.bot.userId];
  }

  return [...workspace.users.map((user) => user.id), workspace.bot.userId];
}

function timeZoneFields(timeZone: string, at: Date) {
  const part = (style: 'shortOffset' | 'long') =>
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: style })
      .formatToParts(at)
      .find((entry) => entry.type === 'timeZoneName')?.value ?? '';
  const offset = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(part('shortOffset'));
  const sign = offset?.[1] === '-' ? -1 : 1;
  const seconds = offset ? sign * (Number(offset[2]) * 3600 + Number(offset[3] ?? 0) * 60) : 0;

  return { tz: timeZone, tz_label: part('long'), tz_offset: seconds };
}

export function toSlackUser(workspace: LocalWorkspace, user: LocalUser, at: Date) {
  return {
    id: user.id,
    team_id: workspace.team.id,
    name: user.name,
    deleted: false,
    real_name: user.realName,
    ...timeZoneFields(workspace.timeZone, at),
    profile: {
      title: user.title,
      real_name: user.realName,
      real_name_normalized: user.realName,
      display_name: user.realName,
      display_name_normalized: user.realName,
      email: user.email,
      status_text: '',
      status_emoji: '',
      team: workspace.team.id,
    },
    is_admin: user.role === 'convener',
    is_owner: false,
    is_bot: false,
    is_app_user: false,
    updated: workspaceCreated,
  };
}

export function toSlackBotUser(workspace: LocalWorkspace, at: Date) {
  const { bot } = workspace;

  return {
    id: bot.userId,
    team_id: workspace.team.id,
    name: bot.name,
    deleted: false,
    real_name: 'Bridge',
    ...timeZoneFields(workspace.timeZone, at),
    profile: {
      real_name: 'Bridge',
      display_name: '',
      bot_id: bot.botId,
      api_app_id: bot.appId,
      always_active: true,
      team: workspace.team.id,
    },
    is_admin: false,
    is_owner: false,
    is_bot: true,
    is_app_user: false,
    updated: workspaceCreated,
  };
}

export function toSlackChannel(workspace: LocalWorkspace, channel: LocalChannel) {
  const convener = workspace.users[0]?.id ?? '';

  return {
    id: channel.id,
    name: channel.name,
    name_normalized: channel.name,
    is_channel: true,
    is_group: false,
    is_im: false,
    is_mpim: false,
    is_private: false,
    created: workspaceCreated,
    creator: convener,
    is_archived: false,
    is_general: channel.isGeneral,
    is_shared: false,
    is_ext_shared: false,
    is_org_shared: false,
    is_member: true,
    topic: { value: channel.topic, creator: convener, last_set: workspaceCreated },
    purpose: { value: channel.purpose, creator: convener, last_set: workspaceCreated },
    previous_names: [],
    num_members: conversationMembers(workspace, channel.id).length,
  };
}

export function toSlackDirectMessage(user: LocalUser) {
  return {
    id: directMessageChannelId(user.id),
    created: workspaceCreated,
    is_im: true,
    is_org_shared: false,
    user: user.id,
    is_user_deleted: false,
    priority: 0,
  };
}

/** Returns a channel or DM object for conversations.info and conversations.list. */
export function toSlackConversation(workspace: LocalWorkspace, channelId: string) {
  const channel = findChannel(workspace, channelId);

  if (channel !== undefined) {
    return toSlackChannel(workspace, channel);
  }

  const dmUser = directMessageUser(workspace, channelId);

  if (dmUser !== undefined) {
    return toSlackDirectMessage(dmUser);
  }

  throw new WebApiError('channel_not_found');
}
