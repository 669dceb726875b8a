/**
 * Runs `task` with a signal that aborts when `signal` does or when `ms` run out. On time-out
 * the promise rejects with `onTimeout()`'s error (which may also clean up, e.g. stop a worker);
 * on abort with the signal's reason, without waiting for the task to notice.
 */
export function withDeadline<T>(
  ms: number,
  signal: AbortSignal | undefined,
  task: (signal: AbortSignal) => Promise<T>,
  onTimeout: () => Error,
): Promise<T> {
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const finish = (settle: () => void): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = (): void => {
      controller.abort(signal?.reason);
      finish(() => reject(signal?.reason));
    };
    const timer = setTimeout(() => {
      const error = onTimeout();
      controller.abort(error);
      finish(() => reject(error));
    }, ms);
    if (signal?.aborted) {
      onAbort();
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    let running: Promise<T>;
    try {
      running = task(controller.signal);
    } catch (error) {
      finish(() => reject(error));
      return;
    }
    running.then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => finish(() => reject(error)),
    );
  });
}
