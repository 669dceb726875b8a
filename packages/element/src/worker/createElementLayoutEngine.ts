import { createWorkerEngine, type WorkerEngine } from '@roadmap-graph/core';
import { startWorker } from './startWorker.js';
import { workerFailure } from './workerFailure.js';

/**
 * ELK in the element's worker, loaded on the first layout (so a page whose data carries a
 * fresh layout never downloads it). The worker client's one deadline (`timeoutMs`) covers
 * loading the worker script too; failures come back in words for the page's author.
 */
export function createElementLayoutEngine(workerUrl: string, timeoutMs: number): WorkerEngine {
  const engine = createWorkerEngine(startWorker(workerUrl, 'layout', 'layout'), { timeoutMs });
  return {
    ...engine,
    layout: (graph, signal) =>
      engine.layout(graph, signal).catch((error: unknown) => {
        throw signal?.aborted ? signal.reason : workerFailure(error, timeoutMs, workerUrl);
      }),
  };
}
