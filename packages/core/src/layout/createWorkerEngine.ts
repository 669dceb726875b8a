import type { ElkNode } from 'elkjs/lib/elk-api';
import type { LayoutWorkerRequest, LayoutWorkerResponse } from './layoutWorkerProtocol.js';
import type { LayoutEngine } from './types.js';

/** Options of {@link createWorkerEngine}. */
export interface WorkerEngineOptions {
  /**
   * Longest time one layout may take, in milliseconds. When it runs out the worker is
   * terminated (a fresh one serves the next layout) and the layout rejects.
   * @default 30000
   */
  timeoutMs?: number;
}

/** A {@link LayoutEngine} backed by a Web Worker; `dispose()` terminates the worker. */
export interface WorkerEngine extends LayoutEngine {
  /** Terminates the worker and rejects every pending layout; later layouts reject too. */
  dispose(): void;
}

interface Job {
  id: number;
  graph: ElkNode;
  signal: AbortSignal | undefined;
  resolve: (result: ElkNode) => void;
  reject: (reason: unknown) => void;
  onAbort: () => void;
  timer: ReturnType<typeof setTimeout> | undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A {@link LayoutEngine} for browsers: layouts run one at a time in a Web Worker running the
 * `@roadmap-graph/core/layout-worker` entry, so the page stays responsive. The worker starts
 * on the first layout. Aborting a running layout terminates the worker, so the computation
 * really stops; a timeout does the same. Either way the next layout gets a fresh worker.
 *
 * @example
 * // Vite bundles the worker entry (ELK included) into its own chunk:
 * import LayoutWorker from '@roadmap-graph/core/layout-worker?worker';
 * const engine = createWorkerEngine(() => new LayoutWorker());
 * const layout = await layoutRoadmap(graph, { engine, signal: controller.signal });
 * engine.dispose();
 */
export function createWorkerEngine(createWorker: () => Worker, options: WorkerEngineOptions = {}): WorkerEngine {
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (typeof createWorker !== 'function') {
    throw new TypeError('createWorkerEngine: createWorker must be a function that returns a new Worker');
  }
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new RangeError(`createWorkerEngine: timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
  }

  let worker: Worker | null = null;
  let running: Job | null = null;
  const queue: Job[] = [];
  let nextId = 1;
  let disposed = false;

  const stopWorker = (): void => {
    const current = worker;
    worker = null;
    current?.terminate();
  };

  // Settles the running job; the next queued one starts afterwards.
  const settle = (job: Job, outcome: { result: ElkNode } | { error: unknown }): void => {
    clearTimeout(job.timer);
    job.signal?.removeEventListener('abort', job.onAbort);
    if (running === job) running = null;
    if ('result' in outcome) job.resolve(outcome.result);
    else job.reject(outcome.error);
    pump();
  };

  const onMessage = (source: Worker, event: MessageEvent<unknown>): void => {
    const data = event.data as Partial<LayoutWorkerResponse> | null;
    const job = running;
    if (source !== worker || job === null || data?.id !== job.id) return;
    if ('error' in data) settle(job, { error: new Error(`ELK layout failed: ${String(data.error)}`) });
    else if ('result' in data && typeof data.result === 'object' && data.result !== null) settle(job, { result: data.result });
    else settle(job, { error: new Error('The layout worker answered without a result or an error') });
  };

  const onFailure = (source: Worker, event: Event): void => {
    if (source !== worker) return;
    // Keep the error from also being reported as uncaught on the page.
    event.preventDefault?.();
    stopWorker();
    const message = (event as Partial<ErrorEvent>).message;
    const detail = typeof message === 'string' && message !== '' ? `: ${message}` : '';
    const job = running;
    if (job !== null) settle(job, { error: new Error(`The layout worker failed${detail}`) });
  };

  const startWorker = (): Worker => {
    const created = createWorker();
    created.addEventListener('message', (event) => onMessage(created, event));
    created.addEventListener('messageerror', (event) => onFailure(created, event));
    created.addEventListener('error', (event) => onFailure(created, event));
    worker = created;
    return created;
  };

  function pump(): void {
    if (running !== null || disposed) return;
    const job = queue.shift();
    if (job === undefined) return;
    running = job;
    try {
      const target = worker ?? startWorker();
      job.timer = setTimeout(() => {
        stopWorker();
        const error = new Error(
          `Layout timed out after ${timeoutMs} ms; the layout worker was terminated. Raise timeoutMs or lay out a smaller roadmap.`,
        );
        error.name = 'TimeoutError';
        settle(job, { error });
      }, timeoutMs);
      const request: LayoutWorkerRequest = { id: job.id, graph: job.graph };
      target.postMessage(request);
    } catch (error) {
      stopWorker();
      settle(job, { error: new Error(`Could not hand the layout to the worker: ${messageOf(error)}`) });
    }
  }

  return {
    layout(graph: ElkNode, signal?: AbortSignal): Promise<ElkNode> {
      return new Promise<ElkNode>((resolve, reject) => {
        if (disposed) {
          reject(new Error('createWorkerEngine: this engine was disposed'));
          return;
        }
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const job: Job = { id: nextId++, graph, signal, resolve, reject, onAbort: () => {}, timer: undefined };
        job.onAbort = () => {
          const reason: unknown = signal?.reason;
          if (running === job) {
            // ELK cannot be interrupted from outside; terminating its worker is what stops it.
            stopWorker();
            settle(job, { error: reason });
          } else {
            const index = queue.indexOf(job);
            if (index >= 0) queue.splice(index, 1);
            job.signal?.removeEventListener('abort', job.onAbort);
            reject(reason);
          }
        };
        signal?.addEventListener('abort', job.onAbort, { once: true });
        queue.push(job);
        pump();
      });
    },
    dispose(): void {
      if (disposed) return;
      disposed = true;
      stopWorker();
      const error = new Error('createWorkerEngine: this engine was disposed');
      const pending = running === null ? [...queue] : [running, ...queue];
      running = null;
      queue.length = 0;
      for (const job of pending) {
        clearTimeout(job.timer);
        job.signal?.removeEventListener('abort', job.onAbort);
        job.reject(error);
      }
    },
  };
}
