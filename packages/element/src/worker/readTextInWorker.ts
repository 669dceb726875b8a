import { readRoadmapTextInWorker, type RoadmapTextFormat, type RoadmapTextOutcome } from '@roadmap-graph/core';
import { startWorker } from './startWorker.js';
import { workerFailure } from './workerFailure.js';

/** Options of {@link readTextInWorker}. */
export interface ReadTextOptions {
  /** The element's read worker (see readWorkerFileUrl). */
  workerUrl: string;
  /** Deadline in milliseconds, loading the worker included. */
  timeoutMs: number;
  signal: AbortSignal;
  /** Path of the problem when the read fails (`src`, `script`, `roadmap`). */
  path: string;
}

/**
 * Reads roadmap text (a Markdown outline with core's `fromMarkdown`, or long JSON with
 * `parseRoadmap`) in the element's worker: the parsers stay out of the page script, and no text
 * can block the page. The worker is terminated when done, on abort and on time-out. Resolves
 * with problems rather than rejecting, except on abort.
 */
export async function readTextInWorker(format: RoadmapTextFormat, text: string, options: ReadTextOptions): Promise<RoadmapTextOutcome> {
  const { workerUrl, timeoutMs, signal, path } = options;
  try {
    return await readRoadmapTextInWorker(format, text, { createWorker: startWorker(workerUrl, format, 'read'), timeoutMs, signal });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    const reason = workerFailure(error, timeoutMs, workerUrl, 'read').message;
    const what = format === 'markdown' ? 'the Markdown outline' : `the roadmap (${Math.round(text.length / 1024)} KB of JSON)`;
    return { ok: false, errors: [{ path, message: `could not read ${what}: ${reason}` }], warnings: [] };
  }
}
