import type { BakedLayoutStatus, MarkdownWarning, Roadmap, RoadmapGraph, ValidationError } from '@roadmap-graph/core';

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

/** Asks a worker to read roadmap text (JSON or a Markdown outline) and validate it, off the main thread. */
export interface RoadmapTextRequest {
  type: 'roadmap-graph:read';
  id: number;
  format: RoadmapTextFormat;
  text: string;
}

/** A worker's answer to a {@link RoadmapTextRequest} with the same `id`. */
export type RoadmapTextResponse = { type: 'roadmap-graph:read'; id: number } & RoadmapTextOutcome;

/** Whether a message is a {@link RoadmapTextRequest}; everything else goes to the worker's layout handler. */
export function isRoadmapTextRequest(value: unknown): value is RoadmapTextRequest {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record.type === 'roadmap-graph:read' &&
    typeof record.id === 'number' &&
    (record.format === 'json' || record.format === 'markdown') &&
    typeof record.text === 'string'
  );
}
