import type { ElkGraph } from '../layout/elkGraph.js';
import type { LayoutEngine } from '../layout/types.js';
import type { WorkerEventLike, WorkerLike } from './types.js';
import type { RoadmapTextFormat, RoadmapTextOutcome, WorkerRequest } from './workerProtocol.js';

/** Options of {@link createWorkerEngine}. */
export interface WorkerEngineOptions {
  /**
   * Longest time one request (a layout, or a read) may take, in milliseconds, starting the
   * worker included (its script may have to be fetched first). When it runs out the worker is
   * terminated (a fresh one serves the next request) and the request rejects with an Error
   * named `TimeoutError`.
   * @default 30000
   */
  timeoutMs?: number;
}

/** A {@link LayoutEngine} backed by a Web Worker, which can also read roadmap text; `dispose()` terminates the worker. */
export interface WorkerEngine extends LayoutEngine {
  /**
   * Reads and validates roadmap text in the worker (see readRoadmapText: JSON always, Markdown
   * when the worker registered a Markdown reader). Resolves with the outcome, problems
   * included; rejects like `layout` on abort, time-out and failure of the worker.
   */
  read(format: RoadmapTextFormat, text: string, signal?: AbortSignal): Promise<RoadmapTextOutcome>;
  /** Terminates the worker and rejects every pending request; later requests reject too. */
  dispose(): void;
}

type Task = { kind: 'layout'; graph: ElkGraph } | { kind: 'read'; format: RoadmapTextFormat; text: string };

interface Job {
  id: number;
  task: Task;
  signal: AbortSignal | undefined;
  resolve: (result: never) => void;
  reject: (reason: unknown) => void;
  onAbort: () => void;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const NOUN = { layout: 'layout', read: 'roadmap text' } as const;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A {@link LayoutEngine} for browsers: layouts (and reads of roadmap text) run one at a time in
 * a Web Worker whose entry registers handlers for them (`@roadmap-graph/core/layout-worker`
 * registers ELK; see registerWorkerHandlers), so the page stays responsive. The worker starts
 * on the first request; `createWorker` may return a promise, e.g. when its script is fetched
 * first. Aborting a running request terminates the worker, so the computation really stops; a
 * time-out does the same. Either way the next request gets a fresh worker.
 *
 * @example
 * // Vite bundles the worker entry (ELK included) into its own chunk:
 * import LayoutWorker from '@roadmap-graph/core/layout-worker?worker';
 * const engine = createWorkerEngine(() => new LayoutWorker());
 * const layout = await layoutRoadmap(graph, { engine, signal: controller.signal });
 * engine.dispose();
 */
export function createWorkerEngine(createWorker: () => WorkerLike | Promise<WorkerLike>, options: WorkerEngineOptions = {}): WorkerEngine {
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (typeof createWorker !== 'function') {
    throw new TypeError('createWorkerEngine: createWorker must be a function that returns a new Worker (or a promise of one)');
  }
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new RangeError(`createWorkerEngine: timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
  }

  let worker: WorkerLike | null = null;
  // Counts the workers let go: a start still under way for an earlier one is terminated on arrival.
  let generation = 0;
  let running: Job | null = null;
  const queue: Job[] = [];
  let nextId = 1;
  let disposed = false;

  const stopWorker = (): void => {
    generation++;
    const current = worker;
    worker = null;
    current?.terminate();
  };

  // Settles the running job; the next queued one starts afterwards.
  const settle = (job: Job, outcome: { result: unknown } | { error: unknown }): void => {
    clearTimeout(job.timer);
    job.signal?.removeEventListener('abort', job.onAbort);
    if (running === job) running = null;
    if ('result' in outcome) job.resolve(outcome.result as never);
    else job.reject(outcome.error);
    pump();
  };

  const onMessage = (source: WorkerLike, event: WorkerEventLike): void => {
    const data = event.data as { id?: unknown; result?: unknown; error?: unknown } | null | undefined;
    const job = running;
    if (source !== worker || job === null || data?.id !== job.id) return;
    const failed = job.task.kind === 'layout' ? 'ELK layout failed' : 'The worker could not read the roadmap';
    if ('error' in data) settle(job, { error: new Error(`${failed}: ${String(data.error)}`) });
    else if (typeof data.result === 'object' && data.result !== null) settle(job, { result: data.result });
    else settle(job, { error: new Error('The layout worker answered without a result or an error') });
  };

  const onFailure = (source: WorkerLike, event: WorkerEventLike): void => {
    if (source !== worker) return;
    // Keep the error from also being reported as uncaught on the page.
    event.preventDefault?.();
    stopWorker();
    const detail = typeof event.message === 'string' && event.message !== '' ? `: ${event.message}` : '';
    const job = running;
    if (job !== null) settle(job, { error: new Error(`The layout worker failed${detail}`) });
  };

  // Takes a started worker into service and hands it the job that waited for it.
  const adopt = (created: WorkerLike, started: number, job: Job): void => {
    if (started !== generation || disposed) {
      // Timed out, aborted or disposed while the worker was starting.
      created.terminate();
      return;
    }
    created.addEventListener('message', (event) => onMessage(created, event));
    created.addEventListener('messageerror', (event) => onFailure(created, event));
    created.addEventListener('error', (event) => onFailure(created, event));
    worker = created;
    post(job, created);
  };

  const post = (job: Job, target: WorkerLike): void => {
    const { task, id } = job;
    const request: WorkerRequest =
      task.kind === 'layout' ? { id, graph: task.graph } : { type: 'roadmap-graph:read', id, format: task.format, text: task.text };
    try {
      target.postMessage(request);
    } catch (error) {
      stopWorker();
      settle(job, { error: new Error(`Could not hand the ${NOUN[task.kind]} to the worker: ${messageOf(error)}`) });
    }
  };

  function pump(): void {
    if (running !== null || disposed) return;
    const job = queue.shift();
    if (job === undefined) return;
    running = job;
    // The one deadline of the job: it runs while the worker starts too.
    job.timer = setTimeout(() => {
      stopWorker();
      const what = job.task.kind === 'layout' ? 'Layout' : 'Reading the roadmap';
      const advice = job.task.kind === 'layout' ? 'lay out' : 'read';
      const error = new Error(`${what} timed out after ${timeoutMs} ms; the layout worker was terminated. Raise timeoutMs or ${advice} a smaller roadmap.`);
      error.name = 'TimeoutError';
      settle(job, { error });
    }, timeoutMs);
    if (worker !== null) {
      post(job, worker);
      return;
    }
    const started = generation;
    // The factory's own error (a script that could not be fetched, no Worker here) is the reason.
    const fail = (error: unknown): void => {
      if (running === job) settle(job, { error: error instanceof Error ? error : new Error(`Could not start the layout worker: ${String(error)}`) });
    };
    try {
      const created = createWorker();
      if (typeof (created as Partial<PromiseLike<WorkerLike>>).then === 'function') {
        (created as PromiseLike<WorkerLike>).then((ready) => adopt(ready, started, job), fail);
      } else {
        adopt(created as WorkerLike, started, job);
      }
    } catch (error) {
      fail(error);
    }
  }

  function request<T>(task: Task, signal: AbortSignal | undefined): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (disposed) {
        reject(new Error('createWorkerEngine: this engine was disposed'));
        return;
      }
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const job: Job = { id: nextId++, task, signal, resolve: resolve as (result: never) => void, reject, onAbort: () => {}, timer: undefined };
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
  }

  return {
    layout: (graph, signal) => request<ElkGraph>({ kind: 'layout', graph }, signal),
    read: (format, text, signal) => request<RoadmapTextOutcome>({ kind: 'read', format, text }, signal),
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
