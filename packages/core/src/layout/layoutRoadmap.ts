import type { RoadmapGraph } from '../graph/types.js';
import type { RoadmapLayout } from '../schema/roadmapSchema.js';
import { readElkLayout } from './readElkLayout.js';
import { resolveLayoutStyle } from './resolveLayoutStyle.js';
import { roadmapContentHash } from './roadmapContentHash.js';
import { toElkGraph } from './toElkGraph.js';
import type { LayoutOptions } from './types.js';

/**
 * Computes the picture of a roadmap: a box for every section, topic and subtopic and a route
 * for every drawn edge, in absolute pixel coordinates with two decimals. The result is
 * deterministic (byte-identical JSON for the same roadmap and options, in any process) and
 * carries the roadmap's content hash, so it can be baked into the file with
 * {@link withBakedLayout} and checked later with {@link checkBakedLayout}.
 *
 * Sections follow each other along `direction`; inside a section, topics that do not depend
 * on each other wrap into a compact grid instead of one long row.
 *
 * @example
 * import { createElkEngine } from '@roadmap-graph/core/elk-node';
 * const layout = await layoutRoadmap(buildGraph(roadmap), { engine: createElkEngine() });
 */
export async function layoutRoadmap(graph: RoadmapGraph, options: LayoutOptions): Promise<RoadmapLayout> {
  if (typeof options?.engine?.layout !== 'function') {
    throw new TypeError(
      'layoutRoadmap: options.engine is required: createElkEngine() from "@roadmap-graph/core/elk-node" in Node, createWorkerEngine(...) in browsers',
    );
  }
  if (!(graph?.nodes instanceof Map) || !Array.isArray(graph.drawnEdges) || typeof graph.roadmap !== 'object') {
    throw new TypeError('layoutRoadmap: graph must be a RoadmapGraph, as returned by buildGraph(roadmap)');
  }
  options.signal?.throwIfAborted();
  const style = resolveLayoutStyle(options);
  const hash = roadmapContentHash(graph.roadmap);
  const { root, gridEdgeIds } = toElkGraph(graph, style);
  const result = await options.engine.layout(root, options.signal);
  options.signal?.throwIfAborted();
  const geometry = readElkLayout(result, graph, gridEdgeIds, style.direction);
  return { version: 1, hash, direction: style.direction, ...geometry };
}
