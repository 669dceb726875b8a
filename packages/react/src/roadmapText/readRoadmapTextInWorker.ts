import type { RoadmapTextFormat, RoadmapTextOutcome, RoadmapTextRequest, RoadmapTextResponse } from './protocol.js';

/** Options of {@link readRoadmapTextInWorker}. */
export interface ReadInWorkerOptions {
  /** Starts a worker that answers roadmap text requests; may first fetch its script. */
  createWorker: () => Worker | Promise<Worker>;
  /** Deadline in milliseconds, starting the worker included. */
  timeoutMs: number;
  /** Stops the read (the worker is terminated); the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

let nextId = 1;

/**
 * Reads and validates roadmap text in a worker of its own, so that no amount of text, and no
 * pathological pattern in it, blocks the page. The worker is terminated when the answer comes,
 * on abort and when the deadline runs out: a read that takes too long really stops. Resolves
 * with the outcome (problems included); rejects with the signal's reason on abort, an Error
 * named `TimeoutError` on time-out, and an Error when the worker cannot start or fails.
 */
export function readRoadmapTextInWorker(format: RoadmapTextFormat, text: string, options: ReadInWorkerOptions): Promise<RoadmapTextOutcome> {
  const { createWorker, timeoutMs, signal } = options;
  const id = nextId++;
  return new Promise<RoadmapTextOutcome>((resolve, reject) => {
    let worker: Worker | undefined;
    let settled = false;
    const finish = (settle: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker?.terminate();
      settle();
    };
    const onAbort = (): void => finish(() => reject(signal?.reason));
    const timer = setTimeout(() => {
      const error = new Error(`reading the roadmap took longer than ${timeoutMs} ms and was stopped`);
      error.name = 'TimeoutError';
      finish(() => reject(error));
    }, timeoutMs);
    if (signal?.aborted) {
      onAbort();
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });

    const start = async (): Promise<void> => {
      const created = await createWorker();
      if (settled) {
        // Aborted or timed out while the script was being fetched.
        created.terminate();
        return;
      }
      worker = created;
      created.addEventListener('message', (event: MessageEvent<unknown>) => {
        const data = event.data as Partial<RoadmapTextResponse> | null;
        if (data?.type !== 'roadmap-graph:read' || data.id !== id) return;
        const { type: _type, id: _id, ...outcome } = data as RoadmapTextResponse;
        finish(() => resolve(outcome));
      });
      const onError = (event: Event): void => {
        // Keeps the failure from also being reported as an uncaught error on the page.
        event.preventDefault();
        const message = (event as Partial<ErrorEvent>).message;
        finish(() => reject(new Error(`the worker failed${message ? `: ${message}` : ''}`)));
      };
      created.addEventListener('error', onError);
      created.addEventListener('messageerror', onError);
      const request: RoadmapTextRequest = { type: 'roadmap-graph:read', id, format, text };
      created.postMessage(request);
    };
    start().catch((error: unknown) => finish(() => reject(error instanceof Error ? error : new Error(String(error)))));
  });
}
