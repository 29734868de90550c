import { el } from './dom.js';
import { isSafeImageUrl } from './elements.js';
import { emojiFor } from './emoji.js';

/** Renders the basic parts of a rich_text block: sections, lists, quotes and preformatted text. */

function styled(node, style = {}) {
  const wrappers = [
    ['code', 'code'],
    ['strike', 'del'],
    ['italic', 'em'],
    ['bold', 'strong'],
  ];

  return wrappers.reduce((inner, [flag, tag]) => (style[flag] ? el(tag, {}, inner) : inner), node);
}

function emojiText(element) {
  if (typeof element.unicode === 'string') {
    const codePoints = element.unicode.split('-').map((hex) => Number.parseInt(hex, 16));

    if (codePoints.every(Number.isFinite)) {
      return String.fromCodePoint(...codePoints);
    }
  }

  return emojiFor(element.name) ?? `:${element.name}:`;
}

function inlineNode(element, context) {
  switch (element.type) {
    case 'text':
      return styled(document.createTextNode(element.text ?? ''), element.style);
    case 'link': {
      const label = element.text || element.url;

      if (!isSafeImageUrl(element.url) && !/^mailto:/i.test(element.url ?? '')) {
        return styled(document.createTextNode(label ?? ''), element.style);
      }

      const link = el('a', {
        href: element.url,
        target: '_blank',
        rel: 'noopener noreferrer',
        text: label,
      });
      return styled(link, element.style);
    }
    case 'user':
      return el('span', {
        className: 'mention',
        text: `@${context.directory.users.get(element.user_id) ?? element.user_id}`,
      });
    case 'channel':
      return el('span', {
        className: 'mention channel-mention',
        text: `#${context.directory.channels.get(element.channel_id) ?? element.channel_id}`,
      });
    case 'usergroup':
      return el('span', { className: 'mention', text: `@${element.usergroup_id}` });
    case 'broadcast':
      return el('span', { className: 'mention', text: `@${element.range}` });
    case 'emoji':
      return document.createTextNode(emojiText(element));
    case 'date':
      return document.createTextNode(element.fallback ?? '');
    default:
      return document.createTextNode('');
  }
}

function inlineNodes(elements, context) {
  return (elements ?? []).map((element) => inlineNode(element, context));
}

function richTextElement(element, context) {
  switch (element.type) {
    case 'rich_text_section':
      return el('p', { className: 'rich-section' }, inlineNodes(element.elements, context));
    case 'rich_text_list': {
      const items = (element.elements ?? []).map((section) =>
        el('li', {}, inlineNodes(section.elements, context)),
      );
      const tag = element.style === 'ordered' ? 'ol' : 'ul';
      return el(
        tag,
        {
          className: `rich-list indent-${element.indent ?? 0}`,
          start: element.offset ? element.offset + 1 : undefined,
        },
        items,
      );
    }
    case 'rich_text_quote':
      return el('blockquote', {}, inlineNodes(element.elements, context));
    case 'rich_text_preformatted':
      return el('pre', { className: 'mrkdwn-pre' }, inlineNodes(element.elements, context));
    default:
      return el('p', {
        className: 'unsupported',
        text: `Unsupported rich text part: ${element.type}`,
      });
  }
}

export function renderRichText(block, context, dataset) {
  return el(
    'div',
    { className: 'block block-rich-text', dataset },
    (block.elements ?? []).map((element) => richTextElement(element, context)),
  );
}
