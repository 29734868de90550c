import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, escapeMrkdwnWithin, mrkdwn, plainText } from '../../../src/slack/text.js';

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

describe('escapeMrkdwnWithin', () => {
  it('keeps escaped text that fits', () => {
    expect(escapeMrkdwnWithin('R&D', 7)).toBe('R&amp;D');
  });

  it('cuts before an entity that does not fit', () => {
    // "R&amp;" would take six characters and leave no room for the ellipsis.
    expect(escapeMrkdwnWithin('R&D lab', 6)).toBe('R…');
  });

  it('keeps an entity that fits with the ellipsis', () => {
    expect(escapeMrkdwnWithin('R&D lab', 7)).toBe('R&amp;…');
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 2999, 3000])('ends on a whole entity at %i', (max) => {
    const cut = escapeMrkdwnWithin('&<>'.repeat(1000), max);

    expect(cut).toMatch(/^(&amp;|&lt;|&gt;)*…$/);
    expect(Array.from(cut).length).toBeLessThanOrEqual(max);
  });

  it('fits 3000 ampersands in 3000 characters', () => {
    const cut = escapeMrkdwnWithin('&'.repeat(3000), 3000);

    expect(cut).toBe(`${'&amp;'.repeat(599)}…`);
  });

  it('counts an emoji as one character', () => {
    expect(escapeMrkdwnWithin('🎓🎓🎓🎓', 3)).toBe('🎓🎓…');
  });
});

describe('text objects', () => {
  it('builds plain text with emoji', () => {
    expect(plainText('Going')).toEqual({ type: 'plain_text', text: 'Going', emoji: true });
  });

  it('builds verbatim mrkdwn', () => {
    expect(mrkdwn('*Going*')).toEqual({ type: 'mrkdwn', text: '*Going*', verbatim: true });
  });
});
