import { buildGraph } from '../graph/buildGraph.js';
import { checkBakedLayout } from '../layout/checkBakedLayout.js';
import type { MarkdownImport } from '../markdown/read/types.js';
import { readJsonRoadmap } from './readJsonRoadmap.js';
import type { RoadmapTextFormat, RoadmapTextOutcome } from './workerProtocol.js';

/**
 * Reads roadmap text as a worker does for {@link createWorkerEngine}'s `read`: JSON always,
 * Markdown only with `readMarkdown` (core's `fromMarkdown`), which a worker that never sees
 * Markdown leaves out to stay small. A valid roadmap comes with its graph and the state of its
 * baked layout. Never throws: every problem is in the outcome.
 *
 * @example
 * registerWorkerHandlers({ read: (format, text) => readRoadmapText(format, text, fromMarkdown) });
 */
export function readRoadmapText(format: RoadmapTextFormat, text: string, readMarkdown?: (markdown: string) => MarkdownImport): RoadmapTextOutcome {
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
