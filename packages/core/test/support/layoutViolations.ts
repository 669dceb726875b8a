import type { RoadmapGraph } from '../../src/graph/types.js';
import type { LayoutBox, Point, RoadmapLayout } from '../../src/schema/roadmapSchema.js';

const EDGE_TOLERANCE = 1;
const BOX_TOLERANCE = 0.5;

/** Distance from a point to the border of a box (zero when on it). */
export function distanceToBorder(p: Point, box: LayoutBox): number {
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  const inside = p.x >= box.x && p.x <= right && p.y >= box.y && p.y <= bottom;
  if (inside) return Math.min(p.x - box.x, right - p.x, p.y - box.y, bottom - p.y);
  const dx = Math.max(box.x - p.x, 0, p.x - right);
  const dy = Math.max(box.y - p.y, 0, p.y - bottom);
  return Math.hypot(dx, dy);
}

function isAncestor(graph: RoadmapGraph, ancestor: string, id: string): boolean {
  for (let current = graph.nodes.get(id)?.parent ?? null; current !== null; current = graph.nodes.get(current)?.parent ?? null) {
    if (current === ancestor) return true;
  }
  return false;
}

/**
 * Everything wrong with a layout of `graph`, one readable line each; empty when the layout
 * keeps every promise: a finite box for every node inside the drawing, children inside their
 * parents, no two unrelated boxes overlapping, and a route of at least two points for every
 * drawn edge that starts on its source's border and ends on its target's (within 1px).
 */
export function layoutViolations(graph: RoadmapGraph, layout: RoadmapLayout): string[] {
  const problems: string[] = [];
  const say = (text: string): void => {
    if (problems.length < 50) problems.push(text);
  };
  const finite = (value: number, what: string): void => {
    if (!Number.isFinite(value)) say(`${what} is not finite: ${value}`);
  };
  finite(layout.width, 'layout width');
  finite(layout.height, 'layout height');

  const boxes = new Map<string, LayoutBox>();
  for (const box of layout.nodes) {
    if (boxes.has(box.id)) say(`box "${box.id}" appears twice`);
    if (!graph.nodes.has(box.id)) say(`box "${box.id}" is not a node of the graph`);
    boxes.set(box.id, box);
    for (const key of ['x', 'y', 'width', 'height'] as const) finite(box[key], `${key} of "${box.id}"`);
    if (box.width <= 0 || box.height <= 0) say(`box "${box.id}" is empty: ${box.width}x${box.height}`);
    if (box.x < -BOX_TOLERANCE || box.y < -BOX_TOLERANCE || box.x + box.width > layout.width + BOX_TOLERANCE || box.y + box.height > layout.height + BOX_TOLERANCE) {
      say(`box "${box.id}" sticks out of the ${layout.width}x${layout.height} drawing`);
    }
  }

  for (const node of graph.nodes.values()) {
    const box = boxes.get(node.id);
    if (box === undefined) {
      say(`node "${node.id}" has no box`);
      continue;
    }
    const parent = node.parent === null ? undefined : boxes.get(node.parent);
    if (parent === undefined) continue;
    if (
      box.x < parent.x - BOX_TOLERANCE ||
      box.y < parent.y - BOX_TOLERANCE ||
      box.x + box.width > parent.x + parent.width + BOX_TOLERANCE ||
      box.y + box.height > parent.y + parent.height + BOX_TOLERANCE
    ) {
      say(`"${node.id}" is not inside its parent "${parent.id}"`);
    }
  }

  // Sweep along x: only boxes whose x-ranges meet can overlap.
  const sorted = [...boxes.values()].filter((b) => graph.nodes.has(b.id)).sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i += 1) {
    const a = sorted[i] as LayoutBox;
    for (let j = i + 1; j < sorted.length; j += 1) {
      const b = sorted[j] as LayoutBox;
      if (b.x >= a.x + a.width - BOX_TOLERANCE) break;
      const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (overlapX <= BOX_TOLERANCE || overlapY <= BOX_TOLERANCE) continue;
      if (isAncestor(graph, a.id, b.id) || isAncestor(graph, b.id, a.id)) continue;
      say(`boxes "${a.id}" and "${b.id}" overlap`);
    }
  }

  const routed = new Map(layout.edges.map((edge) => [edge.id, edge]));
  if (layout.edges.length !== graph.drawnEdges.length) {
    say(`${layout.edges.length} routes for ${graph.drawnEdges.length} drawn edges`);
  }
  for (const edge of graph.drawnEdges) {
    const route = routed.get(edge.id);
    if (route === undefined) {
      say(`drawn edge "${edge.id}" has no route`);
      continue;
    }
    if (route.kind !== edge.kind || route.source !== edge.source || route.target !== edge.target) {
      say(`route "${edge.id}" does not match its edge`);
    }
    if (route.points.length < 2) {
      say(`route "${edge.id}" has ${route.points.length} points`);
      continue;
    }
    for (const p of route.points) {
      finite(p.x, `a point of "${edge.id}"`);
      finite(p.y, `a point of "${edge.id}"`);
    }
    const source = boxes.get(edge.source);
    const target = boxes.get(edge.target);
    const first = route.points[0] as Point;
    const last = route.points[route.points.length - 1] as Point;
    if (source !== undefined && distanceToBorder(first, source) > EDGE_TOLERANCE) {
      say(`route "${edge.id}" starts at (${first.x}, ${first.y}), off the border of "${edge.source}"`);
    }
    if (target !== undefined && distanceToBorder(last, target) > EDGE_TOLERANCE) {
      say(`route "${edge.id}" ends at (${last.x}, ${last.y}), off the border of "${edge.target}"`);
    }
  }
  return problems;
}
