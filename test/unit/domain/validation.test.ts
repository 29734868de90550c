import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { optionalText, requiredText } from '../../../src/domain/validation.js';

const titleMessage = 'Title contains a control character; remove it.';
const notesMessage = 'Notes contains a control character; remove it.';

/** Returns the first message a schema gives for a value, or undefined when it accepts it. */
function messageFor(schema: z.ZodType, value: string): string | undefined {
  const result = schema.safeParse(value);

  return result.success ? undefined : result.error.issues[0]?.message;
}

describe('requiredText', () => {
  const title = requiredText('Title', 150);

  it.each([
    ['NUL', 'Career\u0000day'],
    ['backspace', 'Career\u0008day'],
    ['escape', 'Career\u001bday'],
    ['DEL', 'Career\u007fday'],
    ['a C1 control', 'Career\u0085day'],
    ['C1 CSI', 'Career\u009bday'],
    ['a tab', 'Career\tday'],
    ['a newline', 'Career\nday'],
    ['a carriage return', 'Career\rday'],
    ['left-to-right embedding', 'Career\u202aday'],
    ['right-to-left override', 'Career\u202eday'],
    ['left-to-right isolate', 'Career\u2066day'],
    ['pop directional isolate', 'Career\u2069day'],
  ])('rejects %s', (_case, value) => {
    expect(messageFor(title, value)).toBe(titleMessage);
  });

  it('rejects a lone control character', () => {
    expect(messageFor(title, '\u0000')).toBe(titleMessage);
  });

  it.each([
    ['accents', 'Día de carreras'],
    ['emoji', 'Career day 🎓'],
    ['a non-breaking space', 'Career\u00a0day'],
    ['a left-to-right mark', 'Career\u200eday'],
  ])('accepts %s', (_case, value) => {
    expect(messageFor(title, value)).toBeUndefined();
  });

  it('trims surrounding whitespace first', () => {
    expect(title.parse('\n Career day\t')).toBe('Career day');
  });

  it('reports the length before the character', () => {
    expect(messageFor(requiredText('Title', 5), 'Career\u0000day')).toBe(
      'Title must be at most 5 characters; shorten it.',
    );
  });
});

describe('optionalText', () => {
  const singleLine = optionalText('Notes', 200);
  const notes = optionalText('Notes', 3000, { multiline: true });

  it('rejects a newline in a single line', () => {
    expect(messageFor(singleLine, 'Hall B\nsecond floor')).toBe(notesMessage);
  });

  it('keeps tab and newline when multiline', () => {
    expect(notes.parse('Bring:\n\t- a resume')).toBe('Bring:\n\t- a resume');
  });

  it.each([
    ['NUL', 'Bring\u0000a resume'],
    ['a lone carriage return', 'Bring\ra resume'],
    ['vertical tab', 'Bring\u000ba resume'],
    ['a C1 control', 'Bring\u0090a resume'],
    ['right-to-left override', 'Bring \u202efdp.exe'],
  ])('rejects %s when multiline', (_case, value) => {
    expect(messageFor(notes, value)).toBe(notesMessage);
  });

  it('turns Windows line endings into newlines', () => {
    expect(notes.parse('Bring:\r\n- a resume')).toBe('Bring:\n- a resume');
  });

  it('still turns blank into undefined', () => {
    expect(notes.parse('  \n ')).toBeUndefined();
  });
});

describe('single-line text spacing', () => {
  it('folds runs of spaces to one', () => {
    const parsed = requiredText('Employer', 100).safeParse('Zeta   Corp  Ltd');

    expect(parsed.success).toBe(true);
    expect(parsed.data).toBe('Zeta Corp Ltd');
  });

  it('keeps spacing in multiline text', () => {
    const parsed = optionalText('Description', 100, { multiline: true }).safeParse('a  b\n\nc');

    expect(parsed.data).toBe('a  b\n\nc');
  });
});
