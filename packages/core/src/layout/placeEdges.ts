import type { GraphEdge, RoadmapGraph } from '../graph/types.js';

/** Where each drawn edge of a roadmap is laid out. */
export interface PlacedEdges {
  /** Edges inside one section, by the id of the deepest node containing both ends. */
  inside: Map<string, GraphEdge[]>;
  /**
   * For each container, its children that must come after other children (an edge inside it,
   * lifted to the two children that hold its ends): child → the children before it.
   */
  predecessors: Map<string, Map<string, Set<string>>>;
  /** Edges between two sections (or what they contain), in drawn order. */
  across: GraphEdge[];
}

/** The node itself and its ancestors, nearest first. */
export function lineage(id: string, nodes: RoadmapGraph['nodes']): string[] {
  const chain: string[] = [];
  for (let current: string | null = id; current !== null; current = nodes.get(current)?.parent ?? null) {
    if (chain.length > nodes.size) throw new Error(`layoutRoadmap: the parent chain of "${id}" loops`);
    chain.push(current);
  }
  return chain;
}

/**
 * Sorts the drawn edges of a roadmap: an edge within one section is laid out by ELK inside the
 * deepest node that contains both its ends; an edge between sections is routed between the
 * sections once they are placed.
 */
export function placeEdges(graph: RoadmapGraph): PlacedEdges {
  const { nodes } = graph;
  const inside = new Map<string, GraphEdge[]>();
  const predecessors = new Map<string, Map<string, Set<string>>>();
  const across: GraphEdge[] = [];
  for (const edge of graph.drawnEdges) {
    for (const end of [edge.source, edge.target]) {
      if (!nodes.has(end)) throw new Error(`layoutRoadmap: edge "${edge.id}" refers to unknown node "${end}"`);
    }
    const fromSource = lineage(edge.source, nodes);
    const toTarget = lineage(edge.target, nodes);
    const shared = new Set(fromSource);
    const container = toTarget.find((id) => shared.has(id));
    if (container === undefined) {
      across.push(edge);
      continue;
    }
    const list = inside.get(container) ?? [];
    list.push(edge);
    inside.set(container, list);
    // Lift the edge to the two children of its container that hold its ends: the grid keeps them apart.
    const before = fromSource[fromSource.indexOf(container) - 1];
    const after = toTarget[toTarget.indexOf(container) - 1];
    if (before === undefined || after === undefined || before === after) continue;
    const byChild = predecessors.get(container) ?? new Map<string, Set<string>>();
    const set = byChild.get(after) ?? new Set<string>();
    set.add(before);
    byChild.set(after, set);
    predecessors.set(container, byChild);
  }
  return { inside, predecessors, across };
}
