import { createWorkerEngine, type LayoutEngine, type WorkerEngine } from '@roadmap-graph/core';
import { resolveWorkerScript } from './resolveWorkerScript.js';
import { withDeadline } from './withDeadline.js';
import { workerFailure } from './workerFailure.js';

/** Options of {@link createElementLayoutEngine}. */
export interface ElementLayoutEngineOptions {
  /** URL of the worker script (see workerFileUrl). */
  workerUrl: string;
  /** Longest time one layout may take, loading the worker included, in milliseconds. */
  timeoutMs: number;
}

/** A layout engine the element owns; `dispose()` stops its worker. */
export interface ElementLayoutEngine extends LayoutEngine {
  dispose(): void;
}

/**
 * ELK in the element's worker, loaded on the first layout (so a page whose data carries a
 * fresh layout never downloads it). The deadline covers loading the worker script too: when
 * it runs out the worker is terminated and the layout rejects with a readable reason.
 */
export function createElementLayoutEngine({ workerUrl, timeoutMs }: ElementLayoutEngineOptions): ElementLayoutEngine {
  let engine: WorkerEngine | undefined;
  let disposed = false;
  const stop = (): void => {
    engine?.dispose();
    engine = undefined;
  };

  return {
    layout(graph, signal) {
      if (disposed) return Promise.reject(new Error('the layout engine was disposed'));
      const run = async (inner: AbortSignal) => {
        const script = await resolveWorkerScript(workerUrl);
        inner.throwIfAborted();
        // The engine's own deadline is the same; ours also covers loading the script.
        engine ??= createWorkerEngine(() => new Worker(script, { name: 'roadmap-graph layout' }), { timeoutMs });
        return engine.layout(graph, inner);
      };
      return withDeadline(timeoutMs, signal, run, () => {
        stop();
        return workerFailure('timeout', timeoutMs, workerUrl);
      }).catch((error: unknown) => {
        if (signal?.aborted) throw signal.reason;
        throw workerFailure(error, timeoutMs, workerUrl);
      });
    },
    dispose() {
      disposed = true;
      stop();
    },
  };
}
