import { describe, expect, it } from 'vitest';
import { parseBridgeCommand } from '../../../../src/slack/commands/parse-command.js';

describe('plan, committee and story commands', () => {
  it.each([
    ['committee', { kind: 'committee' }],
    ['plan', { kind: 'plan', phase: 0 }],
    ['plan 3', { kind: 'plan', phase: 3 }],
    ['story new', { kind: 'story_new' }],
  ])('reads %s', (text, expected) => {
    expect(parseBridgeCommand(text)).toEqual(expected);
  });

  it.each([['plan 7'], ['plan two'], ['plan 1 2'], ['committee add'], ['story']])(
    'explains what is wrong with %s',
    (text) => {
      expect(parseBridgeCommand(text).kind).toBe('invalid');
    },
  );
});
