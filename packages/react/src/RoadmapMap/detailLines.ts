import { estimateTextWidth, LAYOUT_DEFAULTS, topicDetail, type RoadmapGraph } from '@roadmap-graph/core';
import type { MapModel } from './buildMapModel.js';

/**
 * The lines under each topic's title, fitted to its box as the layout sized it (see core's
 * `topicDetail`). Computed once per layout, so node data keeps the same arrays.
 */
export function detailLines(graph: RoadmapGraph, model: MapModel): Map<string, readonly string[]> {
  const lines = new Map<string, readonly string[]>();
  const inset = 2 * LAYOUT_DEFAULTS.topicPadding.x + LAYOUT_DEFAULTS.topicMarkWidth;
  for (const [id, box] of model.boxes) {
    const node = graph.nodes.get(id);
    if (!node || node.kind === 'section' || node.children.length > 0) continue;
    lines.set(id, topicDetail(node, box.width - inset, estimateTextWidth).lines);
  }
  return lines;
}
