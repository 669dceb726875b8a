import { createWorkerEngine, type WorkerEngine } from '@roadmap-graph/core';
import { createLayoutWorker } from '../createLayoutWorker.js';

/**
 * The layout engine `useRoadmapData` uses unless given one: ELK in a module Web Worker
 * (src/layoutWorker.ts, emitted as dist/layoutWorker.js), so layout never blocks the main
 * thread. Returns `undefined` where there are no Web Workers (a server render, old runtimes);
 * the worker itself starts with the first layout.
 */
export function createDefaultLayoutEngine(): WorkerEngine | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return createWorkerEngine(createLayoutWorker);
}
