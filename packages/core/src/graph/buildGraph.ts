import type { Roadmap, Section, Topic } from '../schema/roadmapSchema.js';
import { buildPrerequisiteFlow, reduceEdges, sortFlow } from './prerequisiteFlow.js';
import type { GraphEdge, GraphNode, RoadmapGraph } from './types.js';
import { walkRoadmap } from './walkRoadmap.js';

/**
 * Builds the dependency graph of a validated roadmap (see `parseRoadmap`): its nodes with their
 * hierarchy, typed edges, a topological order and the transitive reduction used for drawing.
 *
 * @example
 * const graph = buildGraph(roadmap);
 * graph.order; // ['python-fundamentals', 'python-syntax', ...]
 */
export function buildGraph(roadmap: Roadmap): RoadmapGraph {
  const walked = walkRoadmap(roadmap);
  const indexById = new Map<string, number>();
  walked.forEach((node, index) => indexById.set(node.id!, index));
  const idAt = (index: number) => walked[index]!.id!;

  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const edge = (kind: GraphEdge['kind'], source: string, target: string): GraphEdge => ({
    id: `${kind}:${source}->${target}`,
    kind,
    source,
    target,
  });

  walked.forEach((node, index) => {
    const data = node.value as unknown as Section | Topic;
    const parent = node.parentIndex >= 0 ? walked[node.parentIndex]! : undefined;
    nodes.set(node.id!, {
      id: node.id!,
      kind: node.kind,
      title: data.title,
      parent: parent ? parent.id! : null,
      section: idAt(node.sectionIndex),
      depth: node.depth,
      children: node.childIndices.map(idAt),
      choice: node.choice,
      alternativeOf: parent?.choice ? parent.id! : null,
      optional: node.optional,
      level: 'level' in data ? data.level : undefined,
      index,
      data,
    });
    if (parent) edges.push(edge(parent.choice ? 'alternative' : 'contains', parent.id!, node.id!));
  });

  const flow = buildPrerequisiteFlow(walked, indexById);
  const prerequisites = new Map<string, string[]>([...nodes.keys()].map((id) => [id, []]));
  const dependents = new Map<string, string[]>([...nodes.keys()].map((id) => [id, []]));
  for (const e of flow.edges) {
    edges.push(edge(e.kind, idAt(e.source), idAt(e.target)));
    prerequisites.get(idAt(e.target))!.push(idAt(e.source));
    dependents.get(idAt(e.source))!.push(idAt(e.target));
  }

  const { order: flowOrder } = sortFlow(flow);
  const seen = new Set<number>();
  const order: string[] = [];
  for (const f of flowOrder) {
    const owner = flow.owner[f]!;
    if (!seen.has(owner)) {
      seen.add(owner);
      order.push(idAt(owner));
    }
  }
  const drawnEdges = reduceEdges(flow, flowOrder).map((e) => edge(e.kind, idAt(e.source), idAt(e.target)));
  return { roadmap, nodes, edges, drawnEdges, order, prerequisites, dependents };
}
