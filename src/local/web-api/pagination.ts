import { numberArgument, stringArgument, type WebApiArguments } from './request-arguments.js';
import { WebApiError } from './web-api-error.js';

/**
 * Returns one page of items and the cursor of the next page, as Slack's cursor-paginated
 * methods do. The cursor is opaque to callers; here it is the base64 of the next offset.
 */
export function paginate<T>(
  items: T[],
  args: WebApiArguments,
  defaultLimit: number,
): { page: T[]; response_metadata: { next_cursor: string } } {
  const limit = numberArgument(args, 'limit') || defaultLimit;
  const cursor = stringArgument(args, 'cursor');
  const offset = cursor ? decodeCursor(cursor) : 0;
  const next = offset + limit;
  const nextCursor = next < items.length ? Buffer.from(`offset:${next}`).toString('base64') : '';

  return { page: items.slice(offset, next), response_metadata: { next_cursor: nextCursor } };
}

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));

  if (match?.[1] === undefined) {
    throw new WebApiError('invalid_cursor');
  }

  return Number(match[1]);
}
