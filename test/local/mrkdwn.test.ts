import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  mrkdwnToHtml,
  plainTextToHtml,
  textObjectToHtml,
} from '../../src/local/page/mrkdwn.js';

const directory = {
  users: new Map([['U0LOCAL02', 'Marcus Lee']]),
  channels: new Map([['C0LOCALWBL', 'wbl-partnership']]),
};

describe('mrkdwn formatting', () => {
  it('renders bold, italic, strike and code', () => {
    expect(mrkdwnToHtml('*Welding* _paid_ ~closed~ `code`')).toBe(
      '<strong>Welding</strong> <em>paid</em> <del>closed</del> <code>code</code>',
    );
  });

  it('leaves markers inside words alone', () => {
    expect(mrkdwnToHtml('snake_case_name and 2*3*4')).toBe('snake_case_name and 2*3*4');
  });

  it('renders preformatted blocks without formatting inside', () => {
    expect(mrkdwnToHtml('```\n*not bold*\n```')).toBe('<pre class="mrkdwn-pre">*not bold*\n</pre>');
  });

  it('renders links with labels', () => {
    expect(mrkdwnToHtml('<https://example.org/a?b=1&amp;c=2|Apply here>')).toBe(
      '<a href="https://example.org/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">' +
        'Apply here</a>',
    );
  });

  it('renders user and channel mentions by name', () => {
    expect(mrkdwnToHtml('<@U0LOCAL02> posted in <#C0LOCALWBL>', directory)).toBe(
      '<span class="mention">@Marcus Lee</span> posted in ' +
        '<span class="mention channel-mention">#wbl-partnership</span>',
    );
  });

  it('labels unknown mentions', () => {
    expect(mrkdwnToHtml('<@U0OTHER|pat> and <!here>')).toBe(
      '<span class="mention">@pat</span> and <span class="mention">@here</span>',
    );
  });

  it('decodes Slack escapes once', () => {
    expect(mrkdwnToHtml('AT&amp;T &lt;3 &amp;lt;')).toBe('AT&amp;T &lt;3 &amp;lt;');
  });

  it('renders quotes, line breaks and emoji', () => {
    expect(mrkdwnToHtml('&gt; quoted\nplain :tada:')).toBe(
      '<blockquote>quoted</blockquote>plain 🎉',
    );
  });
});

describe('mrkdwn escaping', () => {
  it('escapes script tags in text', () => {
    const html = mrkdwnToHtml('&lt;script&gt;alert(1)&lt;/script&gt;');

    expect(html).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('escapes raw angle brackets', () => {
    expect(mrkdwnToHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('refuses javascript links', () => {
    const html = mrkdwnToHtml('<javascript:alert(document.cookie)|click me>');

    expect(html).not.toContain('<a');
    expect(html).toBe('&lt;javascript:alert(document.cookie)|click me&gt;');
  });

  it('escapes quotes in link targets and labels', () => {
    const html = mrkdwnToHtml(
      '<https://example.org/"onmouseover="alert(1)|&lt;b&gt;label&lt;/b&gt;>',
    );

    expect(html).toBe(
      '<a href="https://example.org/&quot;onmouseover=&quot;alert(1)" target="_blank" ' +
        'rel="noopener noreferrer">&lt;b&gt;label&lt;/b&gt;</a>',
    );
  });

  it('escapes hostile mention labels', () => {
    expect(mrkdwnToHtml('<@U0X|<img src=x>>')).toBe('&lt;@U0X|&lt;img src=x&gt;&gt;');
    expect(mrkdwnToHtml('<@U0X|"><svg onload=1>')).toBe(
      '<span class="mention">@&quot;</span>&lt;svg onload=1&gt;',
    );
  });

  it('escapes code spans', () => {
    expect(mrkdwnToHtml('`<b onclick="x">`')).toBe('<code>&lt;b onclick=&quot;x&quot;&gt;</code>');
  });

  it('drops characters that would forge placeholders', () => {
    expect(mrkdwnToHtml('\uE0000\uE001 <https://a.example|a>')).toBe(
      '0 <a href="https://a.example" target="_blank" rel="noopener noreferrer">a</a>',
    );
  });
});

describe('plain text', () => {
  it('escapes and keeps formatting characters', () => {
    expect(plainTextToHtml('<b>*Hi*</b> & :wave:')).toBe('&lt;b&gt;*Hi*&lt;/b&gt; &amp; 👋');
  });

  it('keeps shortcodes when emoji is false', () => {
    expect(plainTextToHtml(':wave:', { emoji: false })).toBe(':wave:');
  });

  it('renders a text object by its type', () => {
    expect(textObjectToHtml({ type: 'mrkdwn', text: '*a*' })).toBe('<strong>a</strong>');
    expect(textObjectToHtml({ type: 'plain_text', text: '*a*' })).toBe('*a*');
    expect(textObjectToHtml(undefined)).toBe('');
  });

  it('escapes all five HTML characters', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});
