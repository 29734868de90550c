/** A Block Kit block or element as JSON. Only `type` is always present. */
export interface SlackBlock {
  type: string;
  block_id?: string;
  [field: string]: unknown;
}

export interface SlackTextObject {
  type: 'plain_text' | 'mrkdwn';
  text: string;
  emoji?: boolean;
  verbatim?: boolean;
}

/** A message as conversations.history returns it. */
export interface SlackMessage {
  type: 'message';
  ts: string;
  text: string;
  user: string;
  team: string;
  bot_id?: string;
  app_id?: string;
  blocks?: SlackBlock[];
  attachments?: unknown[];
  thread_ts?: string;
  reply_count?: number;
  reply_users?: string[];
  latest_reply?: string;
  edited?: { user: string; ts: string };
  metadata?: unknown;
}

/** An ephemeral message, which Slack shows to one user and never stores in history. */
export interface StoredEphemeral {
  channel: string;
  user: string;
  message_ts: string;
  text: string;
  blocks?: SlackBlock[];
  attachments?: unknown[];
  thread_ts?: string;
}

/** Values of stateful elements, keyed by block_id and then action_id. */
export type ViewStateValues = Record<string, Record<string, Record<string, unknown>>>;

/** A modal or Home tab view as views.open, views.update and views.publish return it. */
export interface SlackView {
  id: string;
  team_id: string;
  type: 'modal' | 'home';
  title?: SlackTextObject;
  submit?: SlackTextObject | null;
  close?: SlackTextObject | null;
  blocks: SlackBlock[];
  private_metadata: string;
  callback_id: string;
  external_id: string;
  state: { values: ViewStateValues };
  hash: string;
  clear_on_close: boolean;
  notify_on_close: boolean;
  root_view_id: string | null;
  previous_view_id: string | null;
  app_id: string;
  app_installed_team_id: string;
  bot_id: string;
}

/** One Web API request that reached the stand-in, with its parsed arguments and outcome. */
export interface WebApiCall {
  method: string;
  arguments: Record<string, unknown>;
  ok: boolean;
  error?: string;
  at: number;
}

/** A change in the store, naming what the page fetches again. */
export type WorkspaceChange =
  | { kind: 'message'; channelId: string; ts: string }
  | { kind: 'ephemeral'; userId: string; channelId: string }
  | { kind: 'modal'; userId: string }
  | { kind: 'home'; userId: string };
