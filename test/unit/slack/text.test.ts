import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, mrkdwn, plainText } from '../../../src/slack/text.js';

describe('escapeMrkdwn', () => {
  it.each([
    ['<!channel>', '&lt;!channel&gt;'],
    ['<@U123>', '&lt;@U123&gt;'],
    ['<https://evil.example|click>', '&lt;https://evil.example|click&gt;'],
    ['R&D', 'R&amp;D'],
    ['&lt;', '&amp;lt;'],
    ['Welding & <Fabrication>', 'Welding &amp; &lt;Fabrication&gt;'],
  ])('escapes %s', (text, escaped) => {
    expect(escapeMrkdwn(text)).toBe(escaped);
  });

  it('keeps plain text unchanged', () => {
    expect(escapeMrkdwn('Summer *welding* internship, 4 slots')).toBe(
      'Summer *welding* internship, 4 slots',
    );
  });
});

describe('text objects', () => {
  it('builds plain text with emoji', () => {
    expect(plainText('Going')).toEqual({ type: 'plain_text', text: 'Going', emoji: true });
  });

  it('builds mrkdwn', () => {
    expect(mrkdwn('*Going*')).toEqual({ type: 'mrkdwn', text: '*Going*' });
  });
});
