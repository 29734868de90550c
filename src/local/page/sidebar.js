import { el } from './dom.js';

/**
 * Renders the sidebar: the team name, the user switcher, the app's Home and Messages tabs and
 * the channels. `target` is `{ kind: 'home' | 'messages' | 'channel', channelId? }`.
 */
export function renderSidebar(
  root,
  { snapshot, userId, target, unread, onSelectUser, onNavigate },
) {
  const userOptions = snapshot.users.map((user) =>
    el('option', {
      value: user.id,
      selected: user.id === userId,
      text: `${user.realName} · ${user.title}`,
    }),
  );
  const switcher = el(
    'select',
    {
      id: 'user-switcher',
      'aria-label': 'Act as user',
      onChange: (event) => onSelectUser(event.target.value),
    },
    userOptions,
  );
  const item = (label, destination, isCurrent, extra = {}) =>
    el(
      'li',
      {},
      el('button', {
        type: 'button',
        className: `nav-item${isCurrent ? ' current' : ''}${extra.unread ? ' unread' : ''}`,
        'aria-current': isCurrent ? 'page' : undefined,
        dataset: extra.dataset ?? {},
        text: label,
        onClick: () => onNavigate(destination),
      }),
    );
  const appItems = [
    item('Home', { kind: 'home' }, target.kind === 'home', { dataset: { nav: 'home' } }),
    item('Messages', { kind: 'messages' }, target.kind === 'messages', {
      dataset: { nav: 'messages' },
      unread: unread.has(snapshot.directMessageChannelId),
    }),
  ];
  const channelItems = snapshot.channels.map((channel) =>
    item(
      `# ${channel.name}`,
      { kind: 'channel', channelId: channel.id },
      target.channelId === channel.id,
      {
        dataset: { channelId: channel.id },
        unread: unread.has(channel.id),
      },
    ),
  );

  root.replaceChildren(
    el('header', { className: 'team-name', text: snapshot.team.name }),
    el('label', { className: 'acting-as', for: 'user-switcher', text: 'Acting as' }),
    switcher,
    el(
      'nav',
      { 'aria-label': 'Conversations' },
      el('h2', { text: 'Bridge app' }),
      el('ul', {}, appItems),
      el('h2', { text: 'Channels' }),
      el('ul', {}, channelItems),
    ),
  );
}
