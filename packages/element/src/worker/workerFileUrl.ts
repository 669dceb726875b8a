import { SCRIPT_URL } from '#script-url';

/** File name of the worker, emitted beside the page scripts in dist/. */
export const WORKER_FILE = 'roadmap-graph.layout-worker.js';

/**
 * Where the layout worker lives: `override` when given (RoadmapGraphElement.workerUrl), else
 * beside the script that defined the element (its own URL for the ES module,
 * document.currentScript for the classic script), else beside the page.
 */
export function workerFileUrl(override?: string): string {
  const base = typeof document === 'undefined' ? undefined : document.baseURI;
  if (override) return new URL(override, base).href;
  return new URL(WORKER_FILE, SCRIPT_URL ?? base).href;
}
