export type MeetingCommand =
  | { kind: 'meeting_new' }
  | { kind: 'meeting_log' }
  | { kind: 'meetings' }
  | { kind: 'invalid'; problem: string };

/** Reads the words after `/bridge meeting`: `new` opens the form, `log` records an outcome. */
export function parseMeetingCommand(words: string[]): MeetingCommand {
  if (words.length === 1 && words[0] === 'new') return { kind: 'meeting_new' };
  if (words.length === 1 && (words[0] === 'log' || words[0] === 'outcome')) {
    return { kind: 'meeting_log' };
  }

  return {
    kind: 'invalid',
    problem:
      'To create a meeting, type `/bridge meeting new`; to record what a meeting decided, type `/bridge meeting log`.',
  };
}

/** Reads the words after `/bridge meetings`, which takes no options. */
export function parseMeetingsCommand(words: string[]): MeetingCommand {
  return words.length === 0
    ? { kind: 'meetings' }
    : { kind: 'invalid', problem: '`/bridge meetings` takes no options; type it on its own.' };
}
