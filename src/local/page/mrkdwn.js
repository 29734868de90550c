import { replaceShortcodes } from './emoji.js';

/**
 * Renders Slack text to HTML for the local workspace page. Every piece of input text is escaped
 * here, so callers may assign the result to innerHTML. This module has no DOM dependency, so
 * tests load it in Node.
 */

const placeholderStart = '\uE000';
const placeholderEnd = '\uE001';
const placeholderPattern = /\uE000(\d+)\uE001/g;

/** Escapes the five characters that are special in HTML text and quoted attributes. */
export function escapeHtml(text) {
  return String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Decodes the three escapes Slack requires in message text: &lt; &gt; &amp;. */
export function decodeSlackEscapes(text) {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

/** Renders plain_text: escaped, with shortcodes as emoji unless `emoji` is false. */
export function plainTextToHtml(text, options = {}) {
  const escaped = escapeHtml(text ?? '');

  return options.emoji === false ? escaped : replaceShortcodes(escaped);
}

function isSafeUrl(url) {
  return /^(https?:\/\/|mailto:)/i.test(url);
}

function mention(className, label) {
  return `<span class="${className}">${escapeHtml(label)}</span>`;
}

/** Renders the inside of a `<…>` token: a link, a user or channel mention, or a special. */
function renderAngleToken(inner, directory) {
  const [target = '', ...labelParts] = decodeSlackEscapes(inner).split('|');
  const label = labelParts.join('|');

  if (target.startsWith('@')) {
    const id = target.slice(1);
    return mention('mention', `@${directory.users.get(id) ?? (label || id)}`);
  }

  if (target.startsWith('#')) {
    const id = target.slice(1);
    return mention('mention channel-mention', `#${directory.channels.get(id) ?? (label || id)}`);
  }

  if (target.startsWith('!')) {
    const special = target.slice(1).split('^')[0] ?? '';
    const text = label || (['here', 'channel', 'everyone'].includes(special) ? `@${special}` : '');
    return mention('mention', text);
  }

  if (isSafeUrl(target)) {
    const href = escapeHtml(target);
    const text = escapeHtml(label || target);
    return `<a href="${href}" target="_blank" rel="noopener noreferrer">${text}</a>`;
  }

  return escapeHtml(`<${decodeSlackEscapes(inner)}>`);
}

/** Applies *bold*, _italic_ and ~strike~ where the markers sit at word boundaries. */
function applyEmphasis(html) {
  const styles = [
    ['\\*', 'strong'],
    ['_', 'em'],
    ['~', 'del'],
  ];

  return styles.reduce((text, [marker, tag]) => {
    const pattern = new RegExp(
      `(^|[^\\w${marker}])${marker}(?!\\s)([^\\n]*?[^\\s\\\\])${marker}(?![\\w${marker}])`,
      'g',
    );
    return text.replace(pattern, `$1<${tag}>$2</${tag}>`);
  }, html);
}

/** Wraps runs of lines that start with an escaped `>` in a blockquote. */
function applyQuotes(html) {
  const lines = html.split('\n');
  const output = [];
  let quoted = [];

  const flush = () => {
    if (quoted.length > 0) {
      output.push(`<blockquote>${quoted.join('<br>')}</blockquote>`);
      quoted = [];
    }
  };

  for (const line of lines) {
    if (line.startsWith('&gt;')) {
      quoted.push(line.replace(/^&gt;\s?/, ''));
    } else {
      flush();
      output.push(line);
    }
  }

  flush();

  return output
    .join('\n')
    .replaceAll('\n', '<br>')
    .replaceAll('</blockquote><br>', '</blockquote>');
}

const emptyDirectory = { users: new Map(), channels: new Map() };

/**
 * Renders mrkdwn to HTML: *bold*, _italic_, ~strike~, `code`, ```preformatted```, > quotes,
 * <url|label> links (http, https and mailto only), <@U…> and <#C…> mentions, and emoji
 * shortcodes. `directory` maps user and channel ids to display names.
 */
export function mrkdwnToHtml(text, directory = emptyDirectory) {
  const fragments = [];
  const hold = (html) => {
    fragments.push(html);
    return `${placeholderStart}${fragments.length - 1}${placeholderEnd}`;
  };

  // Private-use characters would collide with the placeholders, so they are dropped first.
  let working = String(text ?? '').replace(/[\uE000\uE001]/g, '');
  working = working.replace(/```\n?([\s\S]*?)```/g, (_, code) =>
    hold(`<pre class="mrkdwn-pre">${escapeHtml(decodeSlackEscapes(code))}</pre>`),
  );
  working = working.replace(/`([^`\n]+)`/g, (_, code) =>
    hold(`<code>${escapeHtml(decodeSlackEscapes(code))}</code>`),
  );
  working = working.replace(/<([^<>\n]+)>/g, (_, inner) =>
    hold(renderAngleToken(inner, directory)),
  );
  working = escapeHtml(decodeSlackEscapes(working));
  working = applyQuotes(replaceShortcodes(applyEmphasis(working)));

  return working.replace(placeholderPattern, (_, index) => fragments[Number(index)] ?? '');
}

/** Renders a text object: mrkdwn or plain_text. */
export function textObjectToHtml(textObject, directory = emptyDirectory) {
  if (!textObject) {
    return '';
  }

  if (textObject.type === 'mrkdwn') {
    return mrkdwnToHtml(textObject.text, directory);
  }

  return plainTextToHtml(textObject.text, { emoji: textObject.emoji });
}
