import { MAX_COMMAND_QUERY } from './parse-command.js';

export type EventCommand =
  | { kind: 'checkin'; title: string }
  | { kind: 'invalid'; problem: string };

/** Reads `/bridge checkin <event title>`; the title is matched like a card's name. */
export function parseCheckInCommand(words: string[]): EventCommand {
  const title = words.join(' ');

  if (title === '') {
    return {
      kind: 'invalid',
      problem:
        'Name the event to check people in to, such as `/bridge checkin Spring WBL showcase`.',
    };
  }

  if (title.length > MAX_COMMAND_QUERY) {
    return {
      kind: 'invalid',
      problem: `That event title is ${title.length} characters long; type at most ${MAX_COMMAND_QUERY}.`,
    };
  }

  return { kind: 'checkin', title };
}
