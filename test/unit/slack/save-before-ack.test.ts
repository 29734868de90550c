import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../../../src/domain/errors.js';
import { SAVE_BEFORE_ACK_MS, saveBeforeAck } from '../../../src/slack/save-before-ack.js';

const logger = pino({ level: 'silent' });

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((resolveWith, rejectWith) => {
    resolve = resolveWith;
    reject = rejectWith;
  });

  return { promise, resolve, reject };
}

describe('saveBeforeAck', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('closes the form after a quick save', async () => {
    const ack = vi.fn(async () => {});
    const outcome = await saveBeforeAck({
      ack,
      save: Promise.resolve('row-1'),
      errorBlockId: 'title',
      logger,
      onLateFailure: async () => {},
    });

    expect(outcome).toEqual({ saved: true, value: 'row-1' });
    expect(ack).toHaveBeenCalledWith();
  });

  it('keeps the form open on a field error', async () => {
    const ack = vi.fn(async () => {});
    const outcome = await saveBeforeAck({
      ack,
      save: Promise.reject(new ValidationError({ employerId: 'That employer is gone.' })),
      errorBlockId: 'title',
      toBlockErrors: (errors) => ({ newEmployerName: errors.employerId ?? '' }),
      logger,
      onLateFailure: async () => {},
    });

    expect(outcome).toEqual({ saved: false });
    expect(ack).toHaveBeenCalledWith({
      response_action: 'errors',
      errors: { newEmployerName: 'That employer is gone.' },
    });
  });

  it('keeps the form open on a failure', async () => {
    const ack = vi.fn(async () => {});
    await saveBeforeAck({
      ack,
      save: Promise.reject(new Error('connection reset')),
      errorBlockId: 'title',
      logger,
      onLateFailure: async () => {},
    });

    expect(ack).toHaveBeenCalledWith({
      response_action: 'errors',
      errors: {
        title:
          'Bridge could not save this just now because of an internal error. Try Save again in a minute.',
      },
    });
  });

  it('acknowledges a slow save at the deadline', async () => {
    const ack = vi.fn(async () => {});
    const slow = deferred<string>();
    const running = saveBeforeAck({
      ack,
      save: slow.promise,
      errorBlockId: 'title',
      logger,
      onLateFailure: async () => {},
    });

    await vi.advanceTimersByTimeAsync(SAVE_BEFORE_ACK_MS - 1);
    expect(ack).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1);
    expect(ack).toHaveBeenCalledWith();

    slow.resolve('row-2');
    expect(await running).toEqual({ saved: true, value: 'row-2' });
  });

  it('reports a slow save that fails', async () => {
    const ack = vi.fn(async () => {});
    const onLateFailure = vi.fn(async () => {});
    const slow = deferred<string>();
    const running = saveBeforeAck({
      ack,
      save: slow.promise,
      errorBlockId: 'title',
      logger,
      onLateFailure,
    });

    await vi.advanceTimersByTimeAsync(SAVE_BEFORE_ACK_MS);
    slow.reject(new Error('database went away'));

    expect(await running).toEqual({ saved: false });
    expect(onLateFailure).toHaveBeenCalledTimes(1);
  });
});
