/** Field name to the message shown under that field. */
export type FieldErrors = Record<string, string>;

/** Input that breaks a rule a person can fix; each message names the field and the fix. */
export class ValidationError extends Error {
  readonly code = 'bridge_invalid_input';

  constructor(readonly fieldErrors: FieldErrors) {
    super(
      `Invalid input: ${Object.entries(fieldErrors)
        .map(([field, message]) => `${field}: ${message}`)
        .join('; ')}`,
    );
  }
}

/** A failure whose message is safe and useful to show to the person who caused it. */
export class UserFacingError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
