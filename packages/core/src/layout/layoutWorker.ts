// Web Worker entry (`@roadmap-graph/core/layout-worker`): runs ELK off the main thread for
// createWorkerEngine. Self-contained on purpose, so bundlers can emit it as its own chunk, e.g.
// with Vite: `import LayoutWorker from '@roadmap-graph/core/layout-worker?worker'`, or with a
// copied file: `new Worker(new URL('./layoutWorker.js', import.meta.url), { type: 'module' })`.
// A worker that serves more (reading roadmap text) imports this entry and registers its other
// handlers beside it (see registerWorkerHandlers).
import type { ElkNode } from 'elkjs/lib/elk-api';
import ELK from 'elkjs/lib/elk.bundled.js';
import { registerWorkerHandlers } from '../worker/registerWorkerHandlers.js';

const elk = new ELK();

registerWorkerHandlers({ layout: (graph) => elk.layout(graph as ElkNode) });
