/**
 * File name of the layout worker, emitted beside the page scripts in dist/ (vite.config.ts).
 * The ES build names it once more as a literal (scriptUrl.es.ts), where bundlers must see it.
 */
export const WORKER_FILE = 'roadmap-graph.layout-worker.js';

/**
 * File name of the read worker (readWorker.ts), which reads and validates roadmap text without
 * ELK; beside the layout worker, and named as a literal in scriptUrl.es.ts the same way.
 */
export const READ_WORKER_FILE = 'roadmap-graph.read-worker.js';

/** Which of the element's workers: the layout worker (ELK) or the read worker (text). */
export type WorkerRole = 'layout' | 'read';
