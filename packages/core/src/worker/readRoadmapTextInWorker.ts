import { createWorkerEngine } from './createWorkerEngine.js';
import type { WorkerLike } from './types.js';
import type { RoadmapTextFormat, RoadmapTextOutcome } from './workerProtocol.js';

/** Options of {@link readRoadmapTextInWorker}. */
export interface ReadInWorkerOptions {
  /** Starts a worker that reads roadmap text (see registerWorkerHandlers); may first fetch its script. */
  createWorker: () => WorkerLike | Promise<WorkerLike>;
  /** Deadline in milliseconds, starting the worker included. */
  timeoutMs: number;
  /** Stops the read (the worker is terminated); the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Reads and validates roadmap text in a worker of its own, so that no amount of text, and no
 * pathological pattern in it, blocks the page: a {@link createWorkerEngine} for one read, whose
 * worker is terminated when the answer comes, on abort and when the deadline runs out. Resolves
 * with the outcome (problems included); rejects with the signal's reason on abort, an Error
 * named `TimeoutError` on time-out, and an Error when the worker cannot start or fails.
 */
export async function readRoadmapTextInWorker(format: RoadmapTextFormat, text: string, options: ReadInWorkerOptions): Promise<RoadmapTextOutcome> {
  const engine = createWorkerEngine(options.createWorker, { timeoutMs: options.timeoutMs });
  try {
    return await engine.read(format, text, options.signal);
  } finally {
    engine.dispose();
  }
}
