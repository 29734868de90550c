import { describe, expect, it } from 'vitest';
import { truncate } from '../../../src/slack/limits.js';

describe('truncate', () => {
  it('keeps text within the limit', () => {
    expect(truncate('Career fair', 20)).toBe('Career fair');
  });

  it('keeps text exactly at the limit', () => {
    expect(truncate('abcde', 5)).toBe('abcde');
  });

  it('cuts longer text with an ellipsis', () => {
    expect(truncate('abcdef', 5)).toBe('abcd…');
  });

  it('returns exactly max characters when cut', () => {
    expect(Array.from(truncate('x'.repeat(3001), 3000))).toHaveLength(3000);
  });

  it('counts an emoji as one character', () => {
    expect(truncate('🎓🎓🎓', 3)).toBe('🎓🎓🎓');
  });

  it('never splits an emoji', () => {
    expect(truncate('🎓🎓🎓🎓', 3)).toBe('🎓🎓…');
  });

  it('counts astral characters as one', () => {
    // U+1D400 (mathematical bold A) is two UTF-16 code units.
    expect(truncate('𝐀𝐁𝐂', 3)).toBe('𝐀𝐁𝐂');
  });
});
