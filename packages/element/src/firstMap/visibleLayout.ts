import type { RoadmapGraph, RoadmapLayout } from '@roadmap-graph/core';

/** A rectangle in map coordinates. */
export interface MapRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: MapRect, left: number, top: number, right: number, bottom: number): boolean =>
  left <= a.right && right >= a.left && top <= a.bottom && bottom >= a.top;

/**
 * The part of a layout that can be seen in `rect`: its boxes and routes that reach into it, and
 * the subtopics of every topic whose box does (a topic's header is measured against them). The
 * first map draws only this, so that a roadmap of thousands of topics costs what one screen does.
 */
export function visibleLayout(graph: RoadmapGraph, layout: RoadmapLayout, rect: MapRect): RoadmapLayout {
  const ids = new Set<string>();
  for (const box of layout.nodes) {
    if (!overlaps(rect, box.x, box.y, box.x + box.width, box.y + box.height)) continue;
    ids.add(box.id);
    for (const child of graph.nodes.get(box.id)?.children ?? []) ids.add(child);
  }
  const edges = layout.edges.filter((edge) => {
    const xs = edge.points.map((point) => point.x);
    const ys = edge.points.map((point) => point.y);
    return overlaps(rect, Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
  });
  return { ...layout, nodes: layout.nodes.filter((box) => ids.has(box.id)), edges };
}
