import { WebApiError } from './web-api-error.js';

export type WebApiArguments = Record<string, unknown>;

/**
 * Parses a Web API request body. Slack accepts form-encoded bodies, where nested values such as
 * `blocks` and `view` arrive as JSON strings, and JSON bodies.
 */
export function parseRequestBody(
  rawBody: string,
  contentType: string | undefined,
): WebApiArguments {
  if (rawBody.trim() === '') {
    return {};
  }

  if (contentType?.includes('application/json')) {
    try {
      const parsed: unknown = JSON.parse(rawBody);

      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
        return parsed as WebApiArguments;
      }
    } catch {
      // A body that is not a JSON object falls through to invalid_json.
    }

    throw new WebApiError('invalid_json');
  }

  return Object.fromEntries(new URLSearchParams(rawBody));
}

/** Returns an argument as a string; form bodies carry numbers and booleans as strings too. */
export function stringArgument(args: WebApiArguments, name: string): string | undefined {
  const value = args[name];

  if (typeof value === 'string') {
    return value;
  }

  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }

  return undefined;
}

export function booleanArgument(args: WebApiArguments, name: string): boolean | undefined {
  const value = args[name];

  if (value === undefined) {
    return undefined;
  }

  return value === true || value === 'true' || value === '1' || value === 1;
}

export function numberArgument(args: WebApiArguments, name: string): number | undefined {
  const value = stringArgument(args, name);
  const number = value === undefined || value === '' ? Number.NaN : Number(value);

  return Number.isFinite(number) ? number : undefined;
}

/**
 * Returns a nested argument, decoding it when it arrived as a JSON string. Undefined when absent;
 * throws `errorCode` when the string is not JSON.
 */
export function jsonArgument(args: WebApiArguments, name: string, errorCode: string): unknown {
  const value = args[name];

  if (typeof value !== 'string') {
    return value;
  }

  if (value === '') {
    return undefined;
  }

  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new WebApiError(errorCode);
  }
}
