export type RequestCommand =
  | { kind: 'request_new' }
  | { kind: 'requests' }
  | { kind: 'donation_new' }
  | { kind: 'donations' }
  | { kind: 'pilots' }
  | { kind: 'invalid'; problem: string };

/** Lists that `/bridge requests`, `/bridge donations` and `/bridge pilots` show. */
export type RequestListKind = 'requests' | 'donations' | 'pilots';

/** Reads `/bridge request new` and `/bridge donation new`. */
export function parseNewRequestCommand(
  record: 'request' | 'donation',
  rest: string[],
): RequestCommand {
  if (rest.length === 1 && rest[0] === 'new') {
    return record === 'request' ? { kind: 'request_new' } : { kind: 'donation_new' };
  }

  const purpose =
    record === 'request'
      ? 'To request a guest speaker, a facility tour, a mentor or equipment, type `/bridge request new`.'
      : 'To record an equipment donation, type `/bridge donation new`.';

  return { kind: 'invalid', problem: purpose };
}

/** Reads `/bridge requests`, `/bridge donations` and `/bridge pilots`, which take no options. */
export function parseRequestListCommand(list: RequestListKind, rest: string[]): RequestCommand {
  return rest.length === 0
    ? { kind: list }
    : { kind: 'invalid', problem: `\`/bridge ${list}\` takes no options; type it on its own.` };
}
