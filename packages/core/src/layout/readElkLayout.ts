import type { ElkExtendedEdge, ElkNode, ElkPoint } from 'elkjs/lib/elk-api';
import type { GraphEdge, RoadmapGraph } from '../graph/types.js';
import type { LayoutBox, LayoutEdge, Point, RoadmapLayout } from '../schema/roadmapSchema.js';
import { LIMITS } from '../schema/limits.js';
import { breakLines } from './breakLines.js';
import { capRoute } from './capRoute.js';
import { flowSections, type AcrossSpec, type FlowPoint } from './flowSections.js';
import type { Extent } from './planGrids.js';
import type { ClassPlan } from './planWidthClass.js';
import type { LayoutStyle } from './resolveLayoutStyle.js';
import { straightenJogs } from './straightenJogs.js';
import { sectionFrameId, type RoadmapElkGraph } from './toElkGraph.js';
import type { LayoutDirection } from './types.js';

/** The geometric part of a {@link RoadmapLayout}. */
export type LayoutGeometry = Pick<RoadmapLayout, 'width' | 'height' | 'nodes' | 'edges'>;

/** Half pixels are as fine as a screen shows, and keep baked layouts small and byte-stable. */
export function roundToHalf(value: number): number {
  const rounded = Math.round(value * 2) / 2;
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

/** Appends points, leaving out repeats and points in the middle of a straight run. */
function extend(points: Point[], more: readonly Point[]): void {
  for (const p of more) {
    const last = points[points.length - 1];
    if (last !== undefined && last.x === p.x && last.y === p.y) continue;
    const before = points[points.length - 2];
    if (before !== undefined && last !== undefined && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))) {
      points[points.length - 1] = p;
      continue;
    }
    points.push(p);
  }
}

/** What {@link readElkLayout} needs besides ELK's result. */
export interface ReadContext {
  graph: RoadmapGraph;
  style: LayoutStyle;
  plan: ClassPlan;
  elk: RoadmapElkGraph;
}

/**
 * Reads a laid-out ELK graph back into absolute boxes and routes. ELK sized each section and laid
 * out what is inside it; the sections are then placed in lines by {@link flowSections}, which
 * also routes the edges between sections, joined to the legs ELK routed inside them. ELK gives
 * node positions relative to the parent node, and route points relative to the edge's
 * `container` node (the `org.eclipse.elk.json.edgeCoords: CONTAINER` mode), so both are shifted
 * by the absolute position of that node. The result is shifted so nothing is left of or above
 * (0, 0), and every number is rounded to half a pixel.
 */
export function readElkLayout(result: ElkNode, context: ReadContext): LayoutGeometry {
  const { graph, style, plan, elk } = context;
  const { direction } = plan;
  const toFlow = (x: number, y: number): FlowPoint => (direction === 'DOWN' ? { main: y, cross: x } : { main: x, cross: y });
  const toPoint = (p: FlowPoint): Point => (direction === 'DOWN' ? { x: p.cross, y: p.main } : { x: p.main, y: p.cross });

  // Sections: their sizes decide the lines; then they get their place.
  const frames = new Map((result.children ?? []).map((child) => [child.id, child]));
  const sectionIds = graph.roadmap.sections.map((section) => section.id);
  const sectionNodes = new Map(sectionIds.map((id) => [id, frames.get(sectionFrameId(id))?.children?.[0]]));
  const sectionIndex = new Map(sectionIds.map((id, i) => [id, i]));
  const extents: Extent[] = sectionIds.map((id) => {
    const node = sectionNodes.get(id);
    if (node === undefined) throw new Error(`layoutRoadmap: the layout engine returned no box for "${id}"`);
    const size = toFlow(finite(node.width, `width for "${id}"`), finite(node.height, `height for "${id}"`));
    return { main: size.main, cross: size.cross };
  });
  const lines =
    plan.lines === 'single'
      ? [sectionIds.map((_, i) => i)]
      : 'groups' in plan.lines
        ? plan.lines.groups
        : breakLines(extents, plan.lines.limit, style.sectionSpacing).lines;
  const portCross = (section: string, port: string | undefined): number | undefined => {
    if (port === undefined) return undefined;
    const found = sectionNodes.get(section)?.ports?.find((p) => p.id === port);
    if (found === undefined) return undefined;
    return toFlow(finite(found.x, `port x of "${section}"`), finite(found.y, `port y of "${section}"`)).cross;
  };
  const specs: AcrossSpec[] = elk.across.map(({ edge, outPort, inPort }) => {
    const from = graph.nodes.get(edge.source)?.section as string;
    const to = graph.nodes.get(edge.target)?.section as string;
    return {
      from: sectionIndex.get(from) as number,
      to: sectionIndex.get(to) as number,
      outCross: portCross(from, outPort),
      inCross: portCross(to, inPort),
    };
  });
  const flow = flowSections(extents, lines, specs, style, direction);
  sectionIds.forEach((id, i) => {
    const node = sectionNodes.get(id) as ElkNode;
    const frame = frames.get(sectionFrameId(id)) as ElkNode;
    const origin = toPoint(flow.origins[i] as FlowPoint);
    frame.x = origin.x - (node.x ?? 0);
    frame.y = origin.y - (node.y ?? 0);
  });

  // Boxes and ELK's routes, absolute.
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
    if (elk.gridEdgeIds.has(edge.id)) continue;
    const offset = origin.get(edge.container ?? parent) ?? origin.get(parent) ?? { x: 0, y: 0 };
    const points: Point[] = [];
    for (const section of edge.sections ?? []) {
      const raw = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
      extend(
        points,
        raw.map((p) => ({ x: offset.x + finite(p.x, `route x for "${edge.id}"`), y: offset.y + finite(p.y, `route y for "${edge.id}"`) })),
      );
    }
    routes.set(edge.id, points);
  }
  elk.across.forEach((legs, i) => {
    const points: Point[] = [];
    for (const leg of legs.out) extend(points, routes.get(leg) ?? []);
    extend(points, (flow.routes[i] as FlowPoint[]).map(toPoint));
    for (const leg of legs.in) extend(points, routes.get(leg) ?? []);
    routes.set(legs.edge.id, points);
  });

  const nodes: LayoutBox[] = [];
  for (const node of graph.nodes.values()) {
    const box = boxes.get(node.id);
    if (box === undefined) throw new Error(`layoutRoadmap: the layout engine returned no box for "${node.id}"`);
    nodes.push(box);
  }
  const elkRoutes: LayoutEdge[] = graph.drawnEdges.map((edge: GraphEdge) => {
    let points = routes.get(edge.id) ?? [];
    if (points.length < 2) {
      points = fallbackRoute(boxes.get(edge.source) as LayoutBox, boxes.get(edge.target) as LayoutBox, direction);
    }
    return { id: edge.id, kind: edge.kind, source: edge.source, target: edge.target, points };
  });
  const edges = straightenJogs(elkRoutes, boxes, direction);

  let minX = Infinity;
  let minY = Infinity;
  for (const box of nodes) {
    minX = Math.min(minX, box.x);
    minY = Math.min(minY, box.y);
  }
  for (const edge of edges) {
    for (const p of edge.points) {
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
    }
  }
  const rx = (value: number) => roundToHalf(value - minX);
  const ry = (value: number) => roundToHalf(value - minY);
  let width = 0;
  let height = 0;
  const rounded = nodes.map((b) => {
    const x = rx(b.x);
    const y = ry(b.y);
    const right = rx(b.x + b.width);
    const bottom = ry(b.y + b.height);
    width = Math.max(width, right);
    height = Math.max(height, bottom);
    return { id: b.id, x, y, width: right - x, height: bottom - y };
  });
  const routed = edges.map((e) => {
    const points: Point[] = [];
    extend(points, e.points.map((p) => ({ x: rx(p.x), y: ry(p.y) })));
    if (points.length > LIMITS.maxRoutePoints) points.splice(0, points.length, ...capRoute(points, direction));
    for (const p of points) {
      width = Math.max(width, p.x);
      height = Math.max(height, p.y);
    }
    return { ...e, points };
  });
  return { width, height, nodes: rounded, edges: routed };
}
