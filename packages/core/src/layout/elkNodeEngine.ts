import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ElkGraph } from './elkGraph.js';
import type { LayoutEngine } from './types.js';

/**
 * A {@link LayoutEngine} that runs ELK in the current thread: for Node (the CLI, tests, build
 * scripts). It lives behind the `@roadmap-graph/core/elk-node` entry so that browser bundles
 * importing the main entry never include ELK. ELK cannot be interrupted once it runs here:
 * an aborted `signal` rejects before the layout starts or, at the latest, when it ends.
 * Use {@link createWorkerEngine} in browsers, where a layout must not block the page.
 *
 * @example
 * import { createElkEngine } from '@roadmap-graph/core/elk-node';
 * const layout = await layoutRoadmap(graph, { engine: createElkEngine() });
 */
export function createElkEngine(): LayoutEngine {
  const elk = new ELK();
  return {
    async layout(graph: ElkGraph, signal?: AbortSignal): Promise<ElkGraph> {
      signal?.throwIfAborted();
      const result = await elk.layout(graph as ElkNode);
      signal?.throwIfAborted();
      return result;
    },
  };
}
