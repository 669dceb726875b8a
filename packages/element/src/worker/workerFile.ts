/**
 * File name of the layout worker, emitted beside the page scripts in dist/ (vite.config.ts).
 * The ES build names it once more as a literal (scriptUrl.es.ts), where bundlers must see it.
 */
export const WORKER_FILE = 'roadmap-graph.layout-worker.js';
