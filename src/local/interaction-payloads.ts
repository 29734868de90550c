import type { SlackMessage, SlackView, StoredEphemeral } from './slack-shapes.js';
import { directMessageUser, findChannel, findUser, type LocalWorkspace } from './workspace.js';

/** The surface a block action or suggestion came from. */
export type ActionSource =
  | { kind: 'message'; channelId: string; message: SlackMessage }
  | { kind: 'ephemeral'; channelId: string; ephemeral: StoredEphemeral }
  | { kind: 'view'; view: SlackView };

export interface PayloadContext {
  workspace: LocalWorkspace;
  /** The deprecated verification token Slack still sends in every payload. */
  verificationToken: string;
}

/** Thrown when a payload names a user or channel the local workspace does not have. */
export class UnknownWorkspaceMemberError extends Error {
  readonly code = 'local_unknown_member';
}

function userField(workspace: LocalWorkspace, userId: string) {
  const user = findUser(workspace, userId);

  if (user === undefined) {
    throw new UnknownWorkspaceMemberError(`User ${userId} not found in the local workspace`);
  }

  return { id: user.id, username: user.name, name: user.name, team_id: workspace.team.id };
}

/** Returns `{ id, name }` of a channel. Slack names every DM `directmessage`. */
export function channelField(workspace: LocalWorkspace, channelId: string) {
  const channel = findChannel(workspace, channelId);

  if (channel !== undefined) {
    return { id: channel.id, name: channel.name };
  }

  if (directMessageUser(workspace, channelId) !== undefined) {
    return { id: channelId, name: 'directmessage' };
  }

  throw new UnknownWorkspaceMemberError(`Channel ${channelId} not found in the local workspace`);
}

/** Fields that every interaction payload carries. */
function interactionFields(context: PayloadContext, userId: string) {
  const { workspace } = context;

  return {
    team: { id: workspace.team.id, domain: workspace.team.domain },
    user: userField(workspace, userId),
    api_app_id: workspace.bot.appId,
    token: context.verificationToken,
    is_enterprise_install: false,
    enterprise: null,
  };
}

/** Returns the form fields of a slash command request. */
export function slashCommandFields(
  context: PayloadContext,
  input: { userId: string; channelId: string; command: string; text: string },
  issued: { responseUrl: string; triggerId: string },
): Record<string, string> {
  const { workspace } = context;
  const user = userField(workspace, input.userId);

  return {
    token: context.verificationToken,
    team_id: workspace.team.id,
    team_domain: workspace.team.domain,
    channel_id: input.channelId,
    channel_name: channelField(workspace, input.channelId).name,
    user_id: user.id,
    user_name: user.name,
    command: input.command,
    text: input.text,
    api_app_id: workspace.bot.appId,
    is_enterprise_install: 'false',
    response_url: issued.responseUrl,
    trigger_id: issued.triggerId,
  };
}

/** Returns the container, channel and message fields for the surface of an interaction. */
function sourceFields(context: PayloadContext, source: ActionSource) {
  if (source.kind === 'view') {
    return { container: { type: 'view', view_id: source.view.id }, view: source.view };
  }

  const isEphemeral = source.kind === 'ephemeral';
  const ts = isEphemeral ? source.ephemeral.message_ts : source.message.ts;
  const threadTs = isEphemeral ? source.ephemeral.thread_ts : source.message.thread_ts;
  const container = {
    type: 'message',
    message_ts: ts,
    channel_id: source.channelId,
    is_ephemeral: isEphemeral,
    ...(threadTs && threadTs !== ts ? { thread_ts: threadTs } : {}),
  };
  const channel = channelField(context.workspace, source.channelId);

  // Slack keeps no copy of an ephemeral message, so its payloads carry no `message`.
  return isEphemeral ? { container, channel } : { container, channel, message: source.message };
}

export function blockActionsPayload(
  context: PayloadContext,
  input: {
    userId: string;
    source: ActionSource;
    action: Record<string, unknown>;
    state: Record<string, unknown>;
    triggerId: string;
    responseUrl?: string;
  },
) {
  const { source } = input;

  return {
    type: 'block_actions',
    ...interactionFields(context, input.userId),
    ...sourceFields(context, source),
    trigger_id: input.triggerId,
    ...(source.kind === 'view' ? {} : { state: { values: input.state } }),
    ...(input.responseUrl ? { response_url: input.responseUrl } : {}),
    actions: [input.action],
  };
}

export function viewSubmissionPayload(
  context: PayloadContext,
  input: { userId: string; view: SlackView; triggerId: string },
) {
  return {
    type: 'view_submission',
    ...interactionFields(context, input.userId),
    trigger_id: input.triggerId,
    view: input.view,
    response_urls: [],
  };
}

export function viewClosedPayload(
  context: PayloadContext,
  input: { userId: string; view: SlackView; isCleared: boolean },
) {
  return {
    type: 'view_closed',
    ...interactionFields(context, input.userId),
    view: input.view,
    is_cleared: input.isCleared,
  };
}

export function blockSuggestionPayload(
  context: PayloadContext,
  input: { userId: string; source: ActionSource; blockId: string; actionId: string; value: string },
) {
  return {
    type: 'block_suggestion',
    ...interactionFields(context, input.userId),
    ...sourceFields(context, input.source),
    block_id: input.blockId,
    action_id: input.actionId,
    value: input.value,
  };
}

/** Wraps an event in the `event_callback` envelope of the Events API. */
export function eventEnvelope(
  context: PayloadContext,
  event: Record<string, unknown>,
  ids: { eventId: string; eventTime: number },
) {
  const { workspace } = context;

  return {
    token: context.verificationToken,
    team_id: workspace.team.id,
    context_team_id: workspace.team.id,
    api_app_id: workspace.bot.appId,
    event,
    type: 'event_callback',
    event_id: ids.eventId,
    event_time: ids.eventTime,
    authorizations: [
      {
        enterprise_id: null,
        team_id: workspace.team.id,
        user_id: workspace.bot.userId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  };
}
