import type {
  SlackMessage,
  SlackView,
  StoredEphemeral,
  WebApiCall,
  WorkspaceChange,
} from './slack-shapes.js';
import { ViewStore } from './view-store.js';
import type { LocalWorkspace } from './workspace.js';

export type WorkspaceChangeListener = (change: WorkspaceChange) => void;

/**
 * The part of the workspace that Slack keeps and a restart restores: channel messages with
 * their thread replies, Home tabs per user and the last message timestamp in microseconds.
 */
export interface WorkspaceSnapshot {
  lastTsMicros: number;
  channels: Record<string, SlackMessage[]>;
  homeViews: Record<string, SlackView>;
}

/**
 * In-memory state of the local workspace: channel messages, ephemerals per user, modal stacks,
 * Home tabs and a log of every Web API call. Listeners hear about each change.
 */
export class LocalWorkspaceStore {
  /** Every Web API call in arrival order, for tests to inspect. */
  readonly calls: WebApiCall[] = [];
  readonly views: ViewStore;
  private readonly channelMessages = new Map<string, SlackMessage[]>();
  private readonly userEphemerals = new Map<string, StoredEphemeral[]>();
  private readonly listeners = new Set<WorkspaceChangeListener>();
  private readonly snapshotListeners = new Set<() => void>();
  private lastTsMicros = 0;

  constructor(
    readonly workspace: LocalWorkspace,
    private readonly clock: () => number = Date.now,
  ) {
    this.views = new ViewStore(workspace, (change) => this.notify(change), clock);
  }

  /** Returns the channel's messages and thread replies, oldest first. */
  messages(channelId: string): SlackMessage[] {
    return [...(this.channelMessages.get(channelId) ?? [])];
  }

  message(channelId: string, ts: string): SlackMessage | undefined {
    return this.channelMessages.get(channelId)?.find((message) => message.ts === ts);
  }

  /** Returns the ephemerals shown to a user, oldest first, optionally in one channel only. */
  ephemerals(userId: string, channelId?: string): StoredEphemeral[] {
    const all = this.userEphemerals.get(userId) ?? [];

    return all.filter((ephemeral) => channelId === undefined || ephemeral.channel === channelId);
  }

  openViews(userId: string): SlackView[] {
    return this.views.stack(userId);
  }

  homeView(userId: string): SlackView | undefined {
    return this.views.home(userId);
  }

  /** Registers a listener for changes and returns the function that removes it. */
  onChange(listener: WorkspaceChangeListener): () => void {
    this.listeners.add(listener);

    return () => this.listeners.delete(listener);
  }

  /**
   * Registers a listener for changes to what `snapshot` returns, including `reset`, and returns
   * the function that removes it.
   */
  onSnapshotChange(listener: () => void): () => void {
    this.snapshotListeners.add(listener);

    return () => this.snapshotListeners.delete(listener);
  }

  /** Returns a copy of the kept state with at most the newest `maxMessagesPerChannel` messages. */
  snapshot(maxMessagesPerChannel: number): WorkspaceSnapshot {
    const channels: Record<string, SlackMessage[]> = {};

    for (const [channelId, messages] of this.channelMessages) {
      if (messages.length > 0) {
        channels[channelId] = messages.slice(-maxMessagesPerChannel);
      }
    }

    return structuredClone({
      lastTsMicros: this.lastTsMicros,
      channels,
      homeViews: this.views.homeViewsByUser(),
    });
  }

  /** Replaces channel messages and Home tabs with a snapshot's. Timestamps never go back. */
  restore(snapshot: WorkspaceSnapshot): void {
    const copy = structuredClone(snapshot);
    this.channelMessages.clear();

    for (const [channelId, messages] of Object.entries(copy.channels)) {
      this.channelMessages.set(channelId, messages);
    }

    this.views.restoreHomeViews(copy.homeViews);
    this.lastTsMicros = Math.max(this.lastTsMicros, copy.lastTsMicros);
  }

  /** Returns a new message timestamp (`1733322000.000100`), strictly later than the last one. */
  nextTs(): string {
    const micros = Math.max(this.clock() * 1000, this.lastTsMicros + 1);
    this.lastTsMicros = micros;
    const seconds = Math.floor(micros / 1_000_000);
    const fraction = String(micros % 1_000_000).padStart(6, '0');

    return `${seconds}.${fraction}`;
  }

  /** Appends a message. A reply also updates its parent's thread fields, as Slack does. */
  addMessage(channelId: string, message: SlackMessage): void {
    const messages = this.channelMessages.get(channelId) ?? [];
    messages.push(message);
    this.channelMessages.set(channelId, messages);
    const parent =
      message.thread_ts === undefined ? undefined : this.message(channelId, message.thread_ts);

    if (parent !== undefined && parent.ts !== message.ts) {
      parent.thread_ts = parent.ts;
      parent.reply_count = (parent.reply_count ?? 0) + 1;
      parent.reply_users = [...new Set([...(parent.reply_users ?? []), message.user])];
      parent.latest_reply = message.ts;
    }

    this.notify({ kind: 'message', channelId, ts: message.ts });
  }

  replaceMessage(channelId: string, message: SlackMessage): void {
    const messages = this.channelMessages.get(channelId) ?? [];
    this.channelMessages.set(
      channelId,
      messages.map((existing) => (existing.ts === message.ts ? message : existing)),
    );
    this.notify({ kind: 'message', channelId, ts: message.ts });
  }

  removeMessage(channelId: string, ts: string): void {
    const messages = this.channelMessages.get(channelId) ?? [];
    this.channelMessages.set(
      channelId,
      messages.filter((message) => message.ts !== ts),
    );
    this.notify({ kind: 'message', channelId, ts });
  }

  addEphemeral(ephemeral: StoredEphemeral): void {
    const ephemerals = this.userEphemerals.get(ephemeral.user) ?? [];
    ephemerals.push(ephemeral);
    this.userEphemerals.set(ephemeral.user, ephemerals);
    this.notify({ kind: 'ephemeral', userId: ephemeral.user, channelId: ephemeral.channel });
  }

  /** Replaces an ephemeral, or removes it when `replacement` is undefined. */
  replaceEphemeral(userId: string, messageTs: string, replacement?: StoredEphemeral): void {
    const ephemerals = this.userEphemerals.get(userId) ?? [];
    const current = ephemerals.find((ephemeral) => ephemeral.message_ts === messageTs);

    if (current === undefined) {
      return;
    }

    const updated =
      replacement === undefined
        ? ephemerals.filter((ephemeral) => ephemeral !== current)
        : ephemerals.map((ephemeral) => (ephemeral === current ? replacement : ephemeral));
    this.userEphemerals.set(userId, updated);
    this.notify({ kind: 'ephemeral', userId, channelId: current.channel });
  }

  recordCall(call: WebApiCall): void {
    this.calls.push(call);
  }

  /** Empties every channel, ephemeral list, view and the call log. Listeners stay registered. */
  reset(): void {
    this.calls.length = 0;
    this.channelMessages.clear();
    this.userEphemerals.clear();
    this.views.reset();
    this.notifySnapshotListeners();
  }

  private notify(change: WorkspaceChange): void {
    for (const listener of this.listeners) {
      listener(change);
    }

    if (change.kind === 'message' || change.kind === 'home') {
      this.notifySnapshotListeners();
    }
  }

  private notifySnapshotListeners(): void {
    for (const listener of this.snapshotListeners) {
      listener();
    }
  }
}
