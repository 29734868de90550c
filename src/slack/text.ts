/**
 * Escapes text a person typed for Slack mrkdwn, so that it stays text: `<`, `>` and `&` are
 * what Slack reads as mentions (`<@U…>`, `<!channel>`) and links (`<https://…|label>`).
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function plainText(text: string) {
  return { type: 'plain_text' as const, text, emoji: true };
}

export function mrkdwn(text: string) {
  return { type: 'mrkdwn' as const, text };
}
