import { DETAIL_SEPARATOR, estimateTextWidth, LAYOUT_DEFAULTS, topicDetail, type RoadmapGraph } from '@roadmap-graph/core';
import type { RoadmapLabels } from '../labels/RoadmapLabels.js';
import type { MapModel } from './buildMapModel.js';

/**
 * The lines under each topic's title, fitted to its box as the layout sized it (see core's
 * `topicDetail`), in the words of `labels`. Computed once per layout, so node data keeps the
 * same arrays.
 */
export function detailLines(graph: RoadmapGraph, model: MapModel, labels: RoadmapLabels): Map<string, readonly string[]> {
  const lines = new Map<string, readonly string[]>();
  const inset = 2 * LAYOUT_DEFAULTS.topicPadding.x + LAYOUT_DEFAULTS.topicMarkWidth;
  for (const [id, box] of model.boxes) {
    const node = graph.nodes.get(id);
    if (!node || node.kind === 'section' || node.children.length > 0) continue;
    const room = box.width - inset;
    const sized = topicDetail(node, room, estimateTextWidth).lines;
    const shown = topicDetail(node, room, estimateTextWidth, labels).lines;
    // The box is as tall as the English lines: longer words stay on as many lines (CSS clips them).
    lines.set(id, shown.length > sized.length && sized.length === 1 ? [shown.join(DETAIL_SEPARATOR)] : shown);
  }
  return lines;
}
