import { prerequisitesOf, type LayoutBox, type LayoutEdge, type RoadmapGraph, type RoadmapLayout } from '@roadmap-graph/core';

/** A rectangle in map coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The parts of the map that only change with the roadmap or its layout. */
export interface MapModel {
  /** Ids of the sections and topics that have a box, in topological order (the DOM and Tab order). */
  order: readonly string[];
  /** The topics of {@link MapModel.order} alone: the order Tab follows. */
  topics: readonly string[];
  /** Ids of the sections that have a box. */
  sections: ReadonlySet<string>;
  boxes: ReadonlyMap<string, LayoutBox>;
  /** Where each topic's button is: the whole box, or the header band of a topic with subtopics. */
  targets: ReadonlyMap<string, Rect>;
  /** Height of the header band of each topic with subtopics. */
  headerHeights: ReadonlyMap<string, number>;
  /** How many prerequisites each topic has, own and inherited from its section and parents. */
  prerequisiteCounts: ReadonlyMap<string, number>;
  /** The drawn routes: section order and prerequisites. */
  edges: readonly (LayoutEdge & { kind: 'sequence' | 'requires' })[];
  /** The extent of each route of {@link MapModel.edges}, for drawing only the routes in view. */
  edgeBounds: readonly Rect[];
}

// A group's header holds its title with the layout's vertical padding around it; its first
// subtopic starts right below. Used when a group has no laid-out child to measure against.
const FALLBACK_HEADER = 35;

/**
 * Reads what the map needs from a graph and its layout once: boxes in topological order, the
 * button area of each topic, and prerequisite counts for the accessible names. Nodes without a
 * box (a layout for another roadmap version) are left out rather than drawn at 0,0.
 */
export function buildMapModel(graph: RoadmapGraph, layout: RoadmapLayout): MapModel {
  const boxes = new Map(layout.nodes.map((box) => [box.id, box]));
  const order = graph.order.filter((id) => boxes.has(id) && graph.nodes.has(id));
  const targets = new Map<string, Rect>();
  const headerHeights = new Map<string, number>();
  const prerequisiteCounts = new Map<string, number>();
  const topics: string[] = [];
  const sections = new Set<string>();
  for (const id of order) {
    const node = graph.nodes.get(id)!;
    if (node.kind === 'section') {
      sections.add(id);
      continue;
    }
    topics.push(id);
    const box = boxes.get(id)!;
    prerequisiteCounts.set(id, prerequisitesOf(graph, id).length);
    if (node.children.length === 0) {
      targets.set(id, { x: box.x, y: box.y, width: box.width, height: box.height });
      continue;
    }
    const childTops = node.children.map((c) => boxes.get(c)?.y).filter((y): y is number => y !== undefined);
    const header = childTops.length ? Math.max(1, Math.min(...childTops) - box.y) : Math.min(FALLBACK_HEADER, box.height);
    headerHeights.set(id, header);
    targets.set(id, { x: box.x, y: box.y, width: box.width, height: header });
  }
  const ids = new Set(order);
  const edges = layout.edges.filter(
    (edge): edge is LayoutEdge & { kind: 'sequence' | 'requires' } =>
      (edge.kind === 'sequence' || edge.kind === 'requires') && ids.has(edge.source) && ids.has(edge.target) && edge.points.length >= 2,
  );
  return { order, topics, sections, boxes, targets, headerHeights, prerequisiteCounts, edges, edgeBounds: edges.map(routeBounds) };
}

function routeBounds({ points }: LayoutEdge): Rect {
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  // A straight route is a line: give it a pixel of extent so it overlaps what it crosses.
  return { x, y, width: Math.max(1, Math.max(...xs) - x), height: Math.max(1, Math.max(...ys) - y) };
}
