import type { ElkGraph } from '../layout/elkGraph.js';
import type { BakedLayoutStatus } from '../layout/checkBakedLayout.js';
import type { RoadmapGraph } from '../graph/types.js';
import type { MarkdownWarning } from '../markdown/read/types.js';
import type { Roadmap } from '../schema/roadmapSchema.js';
import type { ValidationError } from '../validate/types.js';

/** What {@link createWorkerEngine} posts to the worker for a layout. */
export interface LayoutWorkerRequest {
  id: number;
  graph: ElkGraph;
}

/** What the worker posts back for a layout: the laid-out graph, or why ELK failed. */
export type LayoutWorkerResponse = { id: number; result: ElkGraph } | { id: number; error: string };

/** How roadmap text is written. */
export type RoadmapTextFormat = 'json' | 'markdown';

/**
 * Roadmap text read and validated, with its graph built and its baked layout checked against
 * the content (by the worker, so that none of these steps, each growing with the text, runs on
 * the page's main thread), or every problem with it.
 */
export type RoadmapTextOutcome =
  | { ok: true; roadmap: Roadmap; graph: RoadmapGraph; baked: BakedLayoutStatus; warnings: MarkdownWarning[] }
  | {
      ok: false;
      errors: ValidationError[];
      warnings: MarkdownWarning[];
      /** Set when JSON text did not parse at all: the parser's reason, for a message in the reader's words. */
      syntaxError?: string;
    };

/** What {@link createWorkerEngine} posts to the worker to read roadmap text (JSON or a Markdown outline). */
export interface ReadWorkerRequest {
  type: 'roadmap-graph:read';
  id: number;
  format: RoadmapTextFormat;
  text: string;
}

/** Every message the worker answers; see registerWorkerHandlers. */
export type WorkerRequest = LayoutWorkerRequest | ReadWorkerRequest;

/** The worker's answer to the request with the same `id`: its result, or why it failed. */
export type WorkerResponse = { id: number; result: unknown } | { id: number; error: string };

/** Whether a message asks to read roadmap text; the rest are layouts. */
export function isReadRequest(value: unknown): value is ReadWorkerRequest {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record.type === 'roadmap-graph:read' &&
    typeof record.id === 'number' &&
    (record.format === 'json' || record.format === 'markdown') &&
    typeof record.text === 'string'
  );
}
