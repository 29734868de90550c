/**
 * Creates an element. `text` sets textContent; `escapedHtml` sets innerHTML and takes only the
 * output of mrkdwn.js, which escapes all input text. Keys starting with `on` add listeners,
 * `dataset` sets data attributes, and other keys become attributes (`true` as an empty value).
 * String children are added as text nodes.
 */
export function el(tag, properties = {}, ...children) {
  const node = document.createElement(tag);

  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }

    if (key === 'text') {
      node.textContent = value;
    } else if (key === 'escapedHtml') {
      node.innerHTML = value;
    } else if (key === 'className') {
      node.className = value;
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2).toLowerCase(), value);
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }

  node.append(
    ...children.flat().filter((child) => child !== undefined && child !== null && child !== false),
  );

  return node;
}

let nextId = 0;

/** Returns a page-unique element id with a readable prefix. */
export function uniqueId(prefix) {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** Returns the plain text of a text object, for attributes such as aria-label. */
export function plainText(textObject) {
  return textObject?.text ?? '';
}

/** Formats a Slack ts as a local time such as "3:05 PM". */
export function formatTs(ts) {
  return new Date(Number(ts) * 1000).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
}
