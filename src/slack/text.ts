/**
 * Escapes text a person typed for Slack mrkdwn, so that it stays text: `<`, `>` and `&` are
 * what Slack reads as mentions (`<@U…>`, `<!channel>`) and links (`<https://…|label>`).
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes typed text for mrkdwn and cuts the typed text, not the escaped one, so that the
 * result plus an ellipsis fits in `max` characters and no entity such as `&amp;` is split.
 * Characters are counted as code points, as `truncate` counts them.
 */
export function escapeMrkdwnWithin(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);

  if (Array.from(escaped).length <= max) return escaped;

  let prefix = '';
  let length = 0;

  for (const character of text) {
    const piece = escapeMrkdwn(character);
    const pieceLength = Array.from(piece).length;

    if (length + pieceLength > max - 1) break;

    prefix += piece;
    length += pieceLength;
  }

  return `${prefix}…`;
}

export function plainText(text: string) {
  return { type: 'plain_text' as const, text, emoji: true };
}

/**
 * Builds a mrkdwn text object with `verbatim: true`, so Slack does not turn bare URLs and
 * channel names in typed text into links. Explicit `<#C…>` and `<@U…>` syntax still renders.
 */
export function mrkdwn(text: string) {
  return { type: 'mrkdwn' as const, text, verbatim: true };
}
