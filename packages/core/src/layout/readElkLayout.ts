import type { ElkExtendedEdge, ElkNode, ElkPoint } from 'elkjs/lib/elk-api';
import type { GraphEdge, RoadmapGraph } from '../graph/types.js';
import type { LayoutBox, LayoutEdge, Point, RoadmapLayout } from '../schema/roadmapSchema.js';
import type { LayoutDirection } from './types.js';

/** The geometric part of a {@link RoadmapLayout}. */
export type LayoutGeometry = Pick<RoadmapLayout, 'width' | 'height' | 'nodes' | 'edges'>;

/** Two decimals are plenty for pixels and keep baked layouts small and byte-stable. */
function round(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

function finite(value: number | undefined, what: string): number {
  if (value === undefined || !Number.isFinite(value)) {
    throw new Error(`layoutRoadmap: the layout engine returned no finite ${what}`);
  }
  return value;
}

/** A route for an edge ELK left unrouted: from the source's outgoing side to the target's incoming side. */
function fallbackRoute(source: LayoutBox, target: LayoutBox, direction: LayoutDirection): Point[] {
  if (direction === 'DOWN') {
    return [
      { x: source.x + source.width / 2, y: source.y + source.height },
      { x: target.x + target.width / 2, y: target.y },
    ];
  }
  return [
    { x: source.x + source.width, y: source.y + source.height / 2 },
    { x: target.x, y: target.y + target.height / 2 },
  ];
}

/**
 * Reads a laid-out ELK graph back into absolute boxes and routes. ELK gives node positions
 * relative to the parent node, and route points relative to the edge's `container` node (the
 * `org.eclipse.elk.json.edgeCoords: CONTAINER` mode), so both are shifted by the absolute
 * position of that node. The result is shifted so nothing is left of or above (0, 0), and every
 * number is rounded to two decimals.
 */
export function readElkLayout(
  result: ElkNode,
  graph: RoadmapGraph,
  gridEdgeIds: ReadonlySet<string>,
  direction: LayoutDirection,
): LayoutGeometry {
  const origin = new Map<string, ElkPoint>();
  const boxes = new Map<string, LayoutBox>();
  const placedEdges: { edge: ElkExtendedEdge; parent: string }[] = [];

  const visit = (node: ElkNode, x: number, y: number): void => {
    origin.set(node.id, { x, y });
    for (const edge of node.edges ?? []) placedEdges.push({ edge, parent: node.id });
    for (const child of node.children ?? []) {
      const cx = x + finite(child.x, `x for "${child.id}"`);
      const cy = y + finite(child.y, `y for "${child.id}"`);
      boxes.set(child.id, {
        id: child.id,
        x: cx,
        y: cy,
        width: finite(child.width, `width for "${child.id}"`),
        height: finite(child.height, `height for "${child.id}"`),
      });
      visit(child, cx, cy);
    }
  };
  // The root's own position is irrelevant: everything is measured from its top-left corner.
  visit(result, 0, 0);

  const routes = new Map<string, Point[]>();
  for (const { edge, parent } of placedEdges) {
    if (gridEdgeIds.has(edge.id)) continue;
    const offset = origin.get(edge.container ?? parent) ?? origin.get(parent) ?? { x: 0, y: 0 };
    const points: Point[] = [];
    for (const section of edge.sections ?? []) {
      for (const p of [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]) {
        const point = { x: offset.x + finite(p.x, `route x for "${edge.id}"`), y: offset.y + finite(p.y, `route y for "${edge.id}"`) };
        const last = points[points.length - 1];
        if (last === undefined || last.x !== point.x || last.y !== point.y) points.push(point);
      }
    }
    routes.set(edge.id, points);
  }

  const nodes: LayoutBox[] = [];
  for (const node of graph.nodes.values()) {
    const box = boxes.get(node.id);
    if (box === undefined) throw new Error(`layoutRoadmap: the layout engine returned no box for "${node.id}"`);
    nodes.push(box);
  }
  const edges: LayoutEdge[] = graph.drawnEdges.map((edge: GraphEdge) => {
    let points = routes.get(edge.id) ?? [];
    if (points.length < 2) {
      points = fallbackRoute(boxes.get(edge.source) as LayoutBox, boxes.get(edge.target) as LayoutBox, direction);
    }
    return { id: edge.id, kind: edge.kind, source: edge.source, target: edge.target, points };
  });

  let minX = 0;
  let minY = 0;
  let maxX = finite(result.width ?? 0, 'graph width');
  let maxY = finite(result.height ?? 0, 'graph height');
  for (const box of nodes) {
    minX = Math.min(minX, box.x);
    minY = Math.min(minY, box.y);
    maxX = Math.max(maxX, box.x + box.width);
    maxY = Math.max(maxY, box.y + box.height);
  }
  for (const edge of edges) {
    for (const p of edge.points) {
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x);
      maxY = Math.max(maxY, p.y);
    }
  }
  return {
    width: round(maxX - minX),
    height: round(maxY - minY),
    nodes: nodes.map((b) => ({ id: b.id, x: round(b.x - minX), y: round(b.y - minY), width: round(b.width), height: round(b.height) })),
    edges: edges.map((e) => ({ ...e, points: e.points.map((p) => ({ x: round(p.x - minX), y: round(p.y - minY) })) })),
  };
}
