import { randomBytes } from 'node:crypto';
import { assignBlockIds, randomSlackId } from './block-ids.js';
import type {
  SlackBlock,
  SlackTextObject,
  SlackView,
  ViewStateValues,
  WorkspaceChange,
} from './slack-shapes.js';
import type { LocalWorkspace } from './workspace.js';

/** A modal contains at most 3 views: the root and 2 pushed views. */
export const maxModalViews = 3;

/** A view payload as an app sends it to views.open, views.push, views.update or views.publish. */
export interface ViewPayload {
  type: 'modal' | 'home';
  blocks: SlackBlock[];
  title?: SlackTextObject;
  submit?: SlackTextObject;
  close?: SlackTextObject;
  private_metadata?: string;
  callback_id?: string;
  external_id?: string;
  clear_on_close?: boolean;
  notify_on_close?: boolean;
}

/** A stored view with its user and surface: the user's modal stack or Home tab. */
export interface ViewLocation {
  view: SlackView;
  userId: string;
  surface: 'modal' | 'home';
}

/** Modal stacks and Home tabs per user, kept as Slack keeps them between API calls. */
export class ViewStore {
  private readonly modalStacks = new Map<string, SlackView[]>();
  private readonly homeViews = new Map<string, SlackView>();

  constructor(
    private readonly workspace: LocalWorkspace,
    private readonly notify: (change: WorkspaceChange) => void,
    private readonly clock: () => number,
  ) {}

  /** Returns the user's open modal views, root first and the visible one last. */
  stack(userId: string): SlackView[] {
    return [...(this.modalStacks.get(userId) ?? [])];
  }

  home(userId: string): SlackView | undefined {
    return this.homeViews.get(userId);
  }

  find(viewId: string): ViewLocation | undefined {
    return this.findWhere((view) => view.id === viewId);
  }

  findByExternalId(externalId: string): ViewLocation | undefined {
    return this.findWhere((view) => view.external_id === externalId);
  }

  /** Opens a new modal for the user, replacing any modal they had open. */
  open(userId: string, payload: ViewPayload): SlackView {
    const view = this.build(payload, this.newViewId(), null);
    view.root_view_id = view.id;
    this.modalStacks.set(userId, [view]);
    this.notify({ kind: 'modal', userId });

    return view;
  }

  /** Pushes a view on top of the user's modal stack. The caller checks the stack limit. */
  push(userId: string, payload: ViewPayload): SlackView {
    const stack = this.modalStacks.get(userId) ?? [];
    const previous = stack.at(-1);
    const view = this.build(payload, this.newViewId(), previous?.id ?? null);
    view.root_view_id = previous?.root_view_id ?? view.id;
    this.modalStacks.set(userId, [...stack, view]);
    this.notify({ kind: 'modal', userId });

    return view;
  }

  /** Replaces a stored view's content in place, keeping its id and its place in the stack. */
  replace(location: ViewLocation, payload: ViewPayload): SlackView {
    const current = location.view;
    const view = this.build(payload, current.id, current.previous_view_id);
    view.root_view_id = current.root_view_id;
    view.state = current.state;

    if (location.surface === 'home') {
      this.homeViews.set(location.userId, view);
      this.notify({ kind: 'home', userId: location.userId });
      return view;
    }

    const stack = this.modalStacks.get(location.userId) ?? [];
    this.modalStacks.set(
      location.userId,
      stack.map((entry) => (entry.id === current.id ? view : entry)),
    );
    this.notify({ kind: 'modal', userId: location.userId });

    return view;
  }

  /** Publishes the user's Home tab. The view keeps its id across publishes, as in Slack. */
  publish(userId: string, payload: ViewPayload): SlackView {
    const current = this.homeViews.get(userId);
    const view = this.build(payload, current?.id ?? this.newViewId(), null);
    this.homeViews.set(userId, view);
    this.notify({ kind: 'home', userId });

    return view;
  }

  /** Closes the visible modal view and returns it. The view below it, if any, becomes visible. */
  pop(userId: string): SlackView | undefined {
    const stack = this.modalStacks.get(userId) ?? [];
    const closed = stack.at(-1);
    this.modalStacks.set(userId, stack.slice(0, -1));
    this.notify({ kind: 'modal', userId });

    return closed;
  }

  /** Closes every modal view of the user. */
  clear(userId: string): void {
    this.modalStacks.set(userId, []);
    this.notify({ kind: 'modal', userId });
  }

  /** Stores the values a person entered, as Slack does before it sends a payload. */
  recordState(viewId: string, values: ViewStateValues): void {
    const location = this.find(viewId);

    if (location !== undefined) {
      location.view.state = { values };
    }
  }

  /** Returns every user's Home tab, keyed by user id. */
  homeViewsByUser(): Record<string, SlackView> {
    return Object.fromEntries(this.homeViews);
  }

  /** Replaces every Home tab. Open modals stay as they are. */
  restoreHomeViews(viewsByUser: Record<string, SlackView>): void {
    this.homeViews.clear();

    for (const [userId, view] of Object.entries(viewsByUser)) {
      this.homeViews.set(userId, view);
    }
  }

  reset(): void {
    this.modalStacks.clear();
    this.homeViews.clear();
  }

  private findWhere(matches: (view: SlackView) => boolean): ViewLocation | undefined {
    for (const [userId, stack] of this.modalStacks) {
      const view = stack.find(matches);

      if (view !== undefined) {
        return { view, userId, surface: 'modal' };
      }
    }

    for (const [userId, view] of this.homeViews) {
      if (matches(view)) {
        return { view, userId, surface: 'home' };
      }
    }

    return undefined;
  }

  private newViewId(): string {
    return `V${randomSlackId(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`;
  }

  private build(payload: ViewPayload, id: string, previousViewId: string | null): SlackView {
    const isModal = payload.type === 'modal';

    return {
      id,
      team_id: this.workspace.team.id,
      type: payload.type,
      ...(isModal ? { title: payload.title } : {}),
      ...(isModal ? { submit: payload.submit ?? null, close: payload.close ?? null } : {}),
      blocks: assignBlockIds(payload.blocks),
      private_metadata: payload.private_metadata ?? '',
      callback_id: payload.callback_id ?? '',
      external_id: payload.external_id ?? '',
      state: { values: {} },
      hash: `${Math.floor(this.clock() / 1000)}.${randomBytes(4).toString('hex')}`,
      clear_on_close: payload.clear_on_close ?? false,
      notify_on_close: payload.notify_on_close ?? false,
      root_view_id: null,
      previous_view_id: previousViewId,
      app_id: this.workspace.bot.appId,
      app_installed_team_id: this.workspace.team.id,
      bot_id: this.workspace.bot.botId,
    };
  }
}
