import { fetchState, postJson } from './api.js';
import { createBlockContext, workspaceDirectory } from './block-context.js';
import { renderBlocks } from './blocks.js';
import { setupComposer } from './composer.js';
import { renderConversation } from './conversation.js';
import { el } from './dom.js';
import { hashFor, readLocationHash } from './location.js';
import { createModalPresenter } from './modal.js';
import { renderSidebar } from './sidebar.js';
import { connectStream } from './stream.js';

/** The local workspace page: who acts, what is shown, and the calls that keep it current. */

const userStorageKey = 'bridge.local.userId';
const page = {
  sidebar: document.getElementById('sidebar'),
  title: document.getElementById('conversation-title'),
  topic: document.getElementById('conversation-topic'),
  banner: document.getElementById('error-banner'),
  bannerText: document.getElementById('error-text'),
  conversation: document.getElementById('conversation'),
  home: document.getElementById('home'),
  composer: document.getElementById('composer'),
  composerInput: document.getElementById('composer-input'),
  modalRoot: document.getElementById('modal-root'),
};
const state = {
  userId: localStorage.getItem(userStorageKey) ?? 'U0LOCAL01',
  target: { kind: 'channel', channelId: 'C0LOCALGEN' },
  snapshot: undefined,
  unread: new Set(),
  hiddenEphemerals: new Set(),
  highlightTs: undefined,
};

function showError(message) {
  page.bannerText.textContent = message;
  page.banner.hidden = false;
}

document.getElementById('error-dismiss').addEventListener('click', () => {
  page.banner.hidden = true;
});

function currentChannelId() {
  if (state.target.kind === 'home') return undefined;
  if (state.target.kind === 'messages') return state.snapshot?.directMessageChannelId;
  return state.target.channelId;
}

async function sendAction(path, payload) {
  try {
    const outcome = await postJson(path, { userId: state.userId, ...payload });

    if (outcome.failure) showError(outcome.failure);
    return outcome;
  } catch (error) {
    showError(error.message);
    return { failure: error.message };
  }
}

function makeContext(surface, form) {
  return createBlockContext({ snapshot: state.snapshot, surface, form, sendAction });
}

const modal = createModalPresenter({
  root: page.modalRoot,
  makeContext,
  submitView: (view, values) =>
    postJson('/local/view-submission', { userId: state.userId, viewId: view.id, values }),
  closeView: (view) => postJson('/local/view-closed', { userId: state.userId, viewId: view.id }),
});

function renderHeader(snapshot) {
  const channel = snapshot.channels.find((candidate) => candidate.id === state.target.channelId);
  const titles = { home: 'Bridge · Home', messages: 'Bridge · Messages' };
  page.title.textContent = titles[state.target.kind] ?? `# ${channel?.name ?? ''}`;
  page.topic.textContent = state.target.kind === 'channel' ? (channel?.topic ?? '') : 'Bridge app';
  const hint = 'type a slash command, such as /bridge help';
  page.composerInput.placeholder = `Message ${page.title.textContent} · ${hint}`;
}

function renderMain(snapshot) {
  const onHome = state.target.kind === 'home';
  page.home.hidden = !onHome;
  page.conversation.hidden = onHome;
  page.composer.hidden = onHome;

  if (onHome) {
    const context = makeContext({ kind: 'view', viewId: snapshot.home?.id ?? '' });
    const empty = el('p', {
      className: 'empty',
      text: 'Bridge has not published a Home tab for you yet.',
    });
    page.home.replaceChildren(snapshot.home ? renderBlocks(snapshot.home.blocks, context) : empty);
    return;
  }

  const nearBottom =
    page.conversation.scrollHeight - page.conversation.scrollTop - page.conversation.clientHeight <
    80;
  page.conversation.replaceChildren(
    ...renderConversation({
      channelId: currentChannelId(),
      messages: snapshot.messages,
      ephemerals: snapshot.ephemerals,
      hiddenEphemerals: state.hiddenEphemerals,
      highlightTs: state.highlightTs,
      directory: workspaceDirectory(snapshot),
      bot: snapshot.bot,
      makeContext: (surface) => makeContext(surface),
      onDismiss: (ts) => {
        state.hiddenEphemerals.add(ts);
        render();
      },
    }),
  );

  if (state.highlightTs) {
    document.getElementById(`message-${state.highlightTs}`)?.scrollIntoView({ block: 'center' });
  } else if (nearBottom) {
    page.conversation.scrollTop = page.conversation.scrollHeight;
  }
}

function render() {
  const snapshot = state.snapshot;

  if (!snapshot) return;

  renderSidebar(page.sidebar, {
    snapshot,
    userId: state.userId,
    target: state.target,
    unread: state.unread,
    onSelectUser: (userId) => selectUser(userId),
    onNavigate: (target) => navigate(target),
  });
  renderHeader(snapshot);
  renderMain(snapshot);
  modal.sync(snapshot.views);
}

async function refresh() {
  try {
    state.snapshot = await fetchState(state.userId, currentChannelId());

    if (!state.snapshot.users.some((user) => user.id === state.userId)) {
      return selectUser(state.snapshot.users[0].id);
    }

    state.unread.delete(currentChannelId());
    render();
  } catch (error) {
    showError(error.message);
  }
}

let refreshTimer;
function scheduleRefresh() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(refresh, 30);
}

async function openHome() {
  await refresh();
  await sendAction('/local/home-opened', {});
}

function navigate(target) {
  state.target = target;
  state.highlightTs = undefined;
  history.replaceState(null, '', hashFor(target));
  return target.kind === 'home' ? openHome() : refresh();
}

function selectUser(userId) {
  state.userId = userId;
  localStorage.setItem(userStorageKey, userId);
  return state.target.kind === 'home' ? openHome() : refresh();
}

setupComposer({
  form: page.composer,
  input: page.composerInput,
  onError: showError,
  onCommand: async (text) => {
    await sendAction('/local/command', { channelId: currentChannelId(), text });
    scheduleRefresh();
  },
});

function applyLocation() {
  const { target, highlightTs } = readLocationHash(location.hash);
  state.target = target ?? state.target;
  state.highlightTs = highlightTs;
}

function handleChange(change) {
  const forChannel = change.channelId === undefined || change.channelId === currentChannelId();
  const forUser = change.userId === undefined || change.userId === state.userId;

  if (change.kind === 'message' && !forChannel) state.unread.add(change.channelId);
  if ((forChannel && forUser) || change.kind === 'message') scheduleRefresh();
}

applyLocation();
window.addEventListener('hashchange', () => {
  applyLocation();
  refresh();
});
connectStream({
  onChange: handleChange,
  onLost: showError,
  onRestored: (lostMessage) => {
    if (page.bannerText.textContent === lostMessage) page.banner.hidden = true;
  },
});
state.target.kind === 'home' ? openHome() : refresh();
