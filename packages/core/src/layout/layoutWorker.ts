// Web Worker entry (`@roadmap-graph/core/layout-worker`): runs ELK off the main thread for
// createWorkerEngine. Self-contained on purpose, so bundlers can emit it as its own chunk, e.g.
// with Vite: `import LayoutWorker from '@roadmap-graph/core/layout-worker?worker'`, or with a
// copied file: `new Worker(new URL('./layoutWorker.js', import.meta.url), { type: 'module' })`.
// A worker that serves more (reading roadmap text) imports this entry and registers its other
// handlers beside it (see registerWorkerHandlers).
import type { ElkNode } from 'elkjs/lib/elk-api';
import ELK from 'elkjs/lib/elk.bundled.js';
import { registerWorkerHandlers } from '../worker/registerWorkerHandlers.js';
import type { ElkGraph } from './elkGraph.js';

const elk = new ELK();

/** Lays out an ELK graph with this worker's ELK (for a worker that loads this entry late; see the element's worker). */
export function layoutWithElk(graph: ElkGraph): Promise<ElkGraph> {
  return elk.layout(graph as ElkNode) as Promise<ElkGraph>;
}

registerWorkerHandlers({ layout: layoutWithElk });
