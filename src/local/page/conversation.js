import { renderBlocks } from './blocks.js';
import { el, formatTs } from './dom.js';
import { isSafeImageUrl } from './elements.js';
import { mrkdwnToHtml, plainTextToHtml } from './mrkdwn.js';

/**
 * Renders a channel or DM: the app's and people's messages with their thread replies, and the
 * current user's ephemerals, marked "Only visible to you", in timestamp order.
 */

const attachmentColors = { good: '#2eb67d', warning: '#ecb22e', danger: '#e01e5a' };

function initials(name) {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

function renderAttachment(attachment, view) {
  const named = attachmentColors[attachment.color];
  const color =
    named ??
    (/^#?[0-9a-f]{6}$/i.test(attachment.color ?? '')
      ? `#${attachment.color.replace('#', '')}`
      : '#dddddd');
  const title = attachment.title
    ? isSafeImageUrl(attachment.title_link)
      ? el('a', {
          href: attachment.title_link,
          target: '_blank',
          rel: 'noopener noreferrer',
          text: attachment.title,
        })
      : el('strong', { text: attachment.title })
    : undefined;
  const fields = (attachment.fields ?? []).map((field) =>
    el(
      'div',
      { className: 'attachment-field' },
      el('strong', { text: field.title ?? '' }),
      el('div', { escapedHtml: mrkdwnToHtml(field.value ?? '', view.directory) }),
    ),
  );

  return el(
    'div',
    { className: 'attachment', style: `border-left-color: ${color}` },
    attachment.pretext
      ? el('div', { escapedHtml: mrkdwnToHtml(attachment.pretext, view.directory) })
      : undefined,
    title,
    attachment.text
      ? el('div', { escapedHtml: mrkdwnToHtml(attachment.text, view.directory) })
      : undefined,
    fields.length > 0 ? el('div', { className: 'attachment-fields' }, fields) : undefined,
    attachment.blocks ? renderBlocks(attachment.blocks, view.context) : undefined,
    attachment.footer
      ? el('div', {
          className: 'attachment-footer',
          escapedHtml: plainTextToHtml(attachment.footer),
        })
      : undefined,
  );
}

function renderBody(message, view, surface) {
  const context = view.makeContext(surface);
  const body = message.blocks?.length
    ? renderBlocks(message.blocks, context)
    : el('div', {
        className: 'message-text',
        escapedHtml: mrkdwnToHtml(message.text ?? '', view.directory),
      });
  const attachments = (message.attachments ?? []).map((attachment) =>
    renderAttachment(attachment, { ...view, context }),
  );

  return [body, ...attachments];
}

function authorOf(message, view) {
  const isApp = message.bot_id !== undefined || message.user === view.bot.userId;

  return isApp
    ? { name: 'Bridge', isApp }
    : { name: view.directory.users.get(message.user) ?? message.user, isApp };
}

function messageHeader(author, ts, extra) {
  return el(
    'header',
    { className: 'message-header' },
    el('span', { className: 'message-author', text: author.name }),
    author.isApp ? el('span', { className: 'app-badge', text: 'APP' }) : undefined,
    el('time', { dateTime: new Date(Number(ts) * 1000).toISOString(), text: formatTs(ts) }),
    extra,
  );
}

function renderMessage(message, view, replies) {
  const author = authorOf(message, view);
  const surface = { kind: 'message', channelId: view.channelId, ts: message.ts };
  const thread =
    replies.length > 0
      ? el(
          'div',
          { className: 'thread', 'aria-label': 'Thread replies' },
          el('p', {
            className: 'thread-count',
            text: replies.length === 1 ? '1 reply' : `${replies.length} replies`,
          }),
          replies.map((reply) => renderMessage(reply, view, [])),
        )
      : undefined;

  return el(
    'article',
    {
      className: `message${view.highlightTs === message.ts ? ' highlighted' : ''}`,
      id: `message-${message.ts}`,
      dataset: { ts: message.ts, author: author.name },
    },
    el('div', {
      className: `avatar${author.isApp ? ' avatar-app' : ''}`,
      'aria-hidden': 'true',
      text: author.isApp ? 'B' : initials(author.name),
    }),
    el(
      'div',
      { className: 'message-content' },
      messageHeader(
        author,
        message.ts,
        message.edited ? el('span', { className: 'edited', text: '(edited)' }) : undefined,
      ),
      renderBody(message, view, surface),
      thread,
    ),
  );
}

function renderEphemeral(ephemeral, view) {
  const surface = {
    kind: 'ephemeral',
    channelId: ephemeral.channel,
    messageTs: ephemeral.message_ts,
  };
  const dismiss = el('button', {
    type: 'button',
    className: 'link-button',
    text: 'Dismiss message',
    onClick: () => view.onDismiss(ephemeral.message_ts),
  });

  return el(
    'article',
    { className: 'message ephemeral', dataset: { ts: ephemeral.message_ts, ephemeral: 'true' } },
    el('div', { className: 'avatar avatar-app', 'aria-hidden': 'true', text: 'B' }),
    el(
      'div',
      { className: 'message-content' },
      el(
        'p',
        { className: 'ephemeral-label' },
        el('span', { text: 'Only visible to you' }),
        ' · ',
        dismiss,
      ),
      messageHeader({ name: 'Bridge', isApp: true }, ephemeral.message_ts),
      renderBody(ephemeral, view, surface),
    ),
  );
}

/** Builds the list of rendered messages and ephemerals for the `view` of one conversation. */
export function renderConversation(view) {
  const isReply = (message) => message.thread_ts !== undefined && message.thread_ts !== message.ts;
  const stamps = new Set(view.messages.map((message) => message.ts));
  const topLevel = view.messages.filter(
    (message) => !isReply(message) || !stamps.has(message.thread_ts),
  );
  const items = [
    ...topLevel.map((message) => ({
      ts: message.ts,
      node: () =>
        renderMessage(
          message,
          view,
          view.messages.filter((reply) => isReply(reply) && reply.thread_ts === message.ts),
        ),
    })),
    ...view.ephemerals
      .filter((ephemeral) => !view.hiddenEphemerals.has(ephemeral.message_ts))
      .map((ephemeral) => ({
        ts: ephemeral.message_ts,
        node: () => renderEphemeral(ephemeral, view),
      })),
  ].sort((first, second) => Number(first.ts) - Number(second.ts));

  if (items.length === 0) {
    return [
      el('p', {
        className: 'empty',
        text: 'No messages yet. Type /bridge help below to get started.',
      }),
    ];
  }

  return items.map((item) => item.node());
}
