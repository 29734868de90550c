import type { AckFn, ViewResponseAction } from '@slack/bolt';
import type { FieldErrors } from '../domain/errors.js';
import { ValidationError } from '../domain/errors.js';
import type { Logger } from '../logger.js';

/**
 * How long a form submission waits for its save before acknowledging. Slack closes the request
 * after three seconds, so this leaves a second for the network and Bolt.
 */
export const SAVE_BEFORE_ACK_MS = 2000;

export type SaveOutcome<T> = { saved: true; value: T } | { saved: false };

/**
 * Runs a form's save and acknowledges the submission by its result. A save that finishes in
 * time closes the form. A rejected field or a failure keeps the form open with the message under
 * `errorBlockId`, so nothing typed is lost. A slower save is acknowledged at the deadline and
 * finishes afterwards, and `onLateFailure` then sends the person a message if it fails.
 */
export async function saveBeforeAck<T>(options: {
  ack: AckFn<ViewResponseAction> | AckFn<void>;
  save: Promise<T>;
  errorBlockId: string;
  /** Maps field errors from a ValidationError to the blocks the view shows. */
  toBlockErrors?: (errors: FieldErrors) => FieldErrors;
  logger: Logger;
  onLateFailure: (error: unknown) => Promise<void>;
}): Promise<SaveOutcome<T>> {
  const ack = options.ack as AckFn<ViewResponseAction | undefined>;
  const settled = options.save.then(
    (value) => ({ state: 'done' as const, value }),
    (error: unknown) => ({ state: 'failed' as const, error }),
  );
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<{ state: 'late' }>((resolve) => {
    timer = setTimeout(() => resolve({ state: 'late' }), SAVE_BEFORE_ACK_MS);
  });
  const first = await Promise.race([settled, deadline]);
  clearTimeout(timer);

  if (first.state === 'done') {
    await ack();
    return { saved: true, value: first.value };
  }

  if (first.state === 'failed') {
    await ack({ response_action: 'errors', errors: errorsFor(first.error, options) });
    return { saved: false };
  }

  await ack();
  const late = await settled;

  if (late.state === 'done') return { saved: true, value: late.value };

  options.logger.error({ err: late.error }, 'Saving a form failed after its acknowledgement');
  await options.onLateFailure(late.error);

  return { saved: false };
}

function errorsFor(
  error: unknown,
  options: {
    errorBlockId: string;
    toBlockErrors?: (errors: FieldErrors) => FieldErrors;
    logger: Logger;
  },
): FieldErrors {
  if (error instanceof ValidationError) {
    return options.toBlockErrors ? options.toBlockErrors(error.fieldErrors) : error.fieldErrors;
  }

  options.logger.error({ err: error }, 'Saving a form failed; the form stays open');

  return {
    [options.errorBlockId]:
      'Bridge could not save this just now because of an internal error. Try Save again in a minute.',
  };
}
