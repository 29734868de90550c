export const timedOut = Symbol('timed out');

/** Settles with the work's result, or with `timedOut` when the work takes longer than timeoutMs. */
export async function withTimeout<T>(
  work: PromiseLike<T>,
  timeoutMs: number,
): Promise<T | typeof timedOut> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof timedOut>((resolve) => {
    timer = setTimeout(() => resolve(timedOut), timeoutMs);
  });

  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
