/** `/bridge digest preview|settings|on|off`. */
export type DigestCommand =
  | { kind: 'digest_preview' }
  | { kind: 'digest_settings' }
  | { kind: 'digest_on' }
  | { kind: 'digest_off' }
  | { kind: 'invalid'; problem: string };

const digestCommands: Record<string, DigestCommand> = {
  preview: { kind: 'digest_preview' },
  settings: { kind: 'digest_settings' },
  on: { kind: 'digest_on' },
  off: { kind: 'digest_off' },
};

/** Reads the words after `/bridge digest`, lowercased. */
export function parseDigestCommand(words: readonly string[]): DigestCommand {
  const [word = '', ...extra] = words;
  const parsed = digestCommands[word];

  if (parsed && extra.length === 0) return parsed;

  return {
    kind: 'invalid',
    problem:
      'Type `/bridge digest preview` to see this week’s digest so far, `/bridge digest on` or `/bridge digest off` to get or stop your weekly role digest, or `/bridge digest settings` (convener) to set when and where the digest goes.',
  };
}
