/**
 * Reads the location hash: `#/home`, `#/messages`, `#/C…` for a channel, or a permalink such
 * as `#/archives/C0LOCALGEN/p1733322000000100`, which also names the message to highlight.
 * Returns `{ target, highlightTs }`, either undefined when the hash names neither.
 */
export function readLocationHash(hash) {
  const [, first, second, third] = hash.split('?')[0].split('/');

  if (first === 'home' || first === 'messages') {
    return { target: { kind: first } };
  }

  if (first?.startsWith('C')) {
    return { target: { kind: 'channel', channelId: decodeURIComponent(first) } };
  }

  if (first !== 'archives' || !second) {
    return {};
  }

  const permalinkTs = /^p(\d+)(\d{6})$/.exec(third ?? '');
  const highlightTs = permalinkTs ? `${permalinkTs[1]}.${permalinkTs[2]}` : undefined;

  return { target: { kind: 'channel', channelId: decodeURIComponent(second) }, highlightTs };
}

export function hashFor(target) {
  return `#/${target.kind === 'channel' ? target.channelId : target.kind}`;
}
