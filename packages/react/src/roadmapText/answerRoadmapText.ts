import { buildGraph, checkBakedLayout, type MarkdownImport } from '@roadmap-graph/core';
import { isRoadmapTextRequest, type RoadmapTextOutcome, type RoadmapTextResponse } from './protocol.js';
import { readJsonRoadmap } from './readJsonRoadmap.js';

/** The parts of a worker's global scope that {@link answerRoadmapText} uses. */
export interface RoadmapTextScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: RoadmapTextResponse): void;
}

/**
 * Makes a worker answer roadmap text requests (see protocol.ts) while every other message still
 * reaches the handler already installed (core's layout worker assigns `onmessage` when
 * imported, so import it first). JSON is always read; Markdown only with `readMarkdown` (core's
 * `fromMarkdown`), which a worker that never sees Markdown leaves out to stay small.
 *
 * @example
 * import '@roadmap-graph/core/layout-worker';
 * answerRoadmapText(self as unknown as RoadmapTextScope, fromMarkdown);
 */
export function answerRoadmapText(scope: RoadmapTextScope, readMarkdown?: (markdown: string) => MarkdownImport): void {
  const next = scope.onmessage;
  scope.onmessage = (event) => {
    const request = event.data;
    if (!isRoadmapTextRequest(request)) {
      next?.call(scope, event);
      return;
    }
    scope.postMessage({ type: 'roadmap-graph:read', id: request.id, ...read(request.format, request.text, readMarkdown) });
  };
}

function read(format: 'json' | 'markdown', text: string, readMarkdown: ((markdown: string) => MarkdownImport) | undefined): RoadmapTextOutcome {
  try {
    if (format === 'markdown' && readMarkdown === undefined) {
      return { ok: false, errors: [{ path: '', message: 'this worker reads JSON roadmaps only, not Markdown outlines' }], warnings: [] };
    }
    const result = format === 'json' ? readJsonRoadmap(text) : readMarkdown!(text);
    if (!result.ok) {
      const syntaxError = 'syntaxError' in result ? result.syntaxError : undefined;
      return { ok: false, errors: result.errors, warnings: result.warnings, ...(syntaxError === undefined ? {} : { syntaxError }) };
    }
    // The graph too (its transitive reduction grows faster than the text on dense prerequisites)
    // and the baked layout's freshness (a hash of the whole content). Sent in the same message
    // as the roadmap, so the graph's nodes and the status's layout still point into it.
    const { roadmap } = result;
    return { ok: true, roadmap, graph: buildGraph(roadmap), baked: checkBakedLayout(roadmap), warnings: result.warnings };
  } catch (error) {
    // The readers never throw by contract; a bug still ends as an answer, not a silent worker.
    return { ok: false, errors: [{ path: '', message: `could not read the roadmap: ${error instanceof Error ? error.message : String(error)}` }], warnings: [] };
  }
}
