// The element's layout worker (dist/roadmap-graph.layout-worker.js): ELK layouts, kept out of
// the page scripts and off the main thread. Built as a classic script so it also starts from a
// blob: URL when the page script lives on another origin. It reads roadmap text too (the read
// worker's handler), for a page that points `RoadmapGraphElement.workerUrl` at it alone.
//
// ELK is most of this file and takes hundreds of milliseconds to evaluate, so it is evaluated on
// the first layout request only: a worker started to read text answers without paying for it.
// The bundle inlines the dynamic import as a lazily run module.
import './readWorker.js';
import type { ElkGraph } from '@roadmap-graph/core';
import { registerWorkerHandlers } from '@roadmap-graph/core';

registerWorkerHandlers({
  async layout(graph: ElkGraph): Promise<ElkGraph> {
    // Core's entry registers ELK as the layout handler from now on (taking back the scope's
    // onmessage, which ELK claims for its own protocol when evaluated in a worker).
    const { layoutWithElk } = await import('@roadmap-graph/core/layout-worker');
    return layoutWithElk(graph);
  },
});
