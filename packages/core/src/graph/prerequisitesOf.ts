import type { RoadmapGraph } from './types.js';

/** Options of {@link prerequisitesOf}. */
export interface PrerequisitesOptions {
  /**
   * Also list the prerequisites of the prerequisites, all the way back.
   * @default false
   */
  transitive?: boolean;
}

/**
 * What must be finished before a node can start: its own `requires` and those of the sections
 * and topics that contain it (a topic in a section that follows "HTTP basics" needs it too),
 * in topological order. Unknown ids have none.
 *
 * @example
 * prerequisitesOf(graph, 'django-rest-framework'); // ['rest-basics', 'django-orm', ...]
 */
export function prerequisitesOf(graph: RoadmapGraph, id: string, options: PrerequisitesOptions = {}): string[] {
  if (!graph.nodes.has(id)) return [];
  const found = new Set<string>();
  const queue = [...ownAndInherited(graph, id)];
  while (queue.length) {
    const next = queue.shift()!;
    if (found.has(next) || next === id) continue;
    found.add(next);
    if (options.transitive) queue.push(...ownAndInherited(graph, next));
  }
  return sortByOrder(graph, found);
}

function ownAndInherited(graph: RoadmapGraph, id: string): string[] {
  const out: string[] = [];
  for (let at: string | null = id; at !== null; at = graph.nodes.get(at)?.parent ?? null) {
    out.push(...(graph.prerequisites.get(at) ?? []));
  }
  return out;
}

/** Ids sorted by their place in `graph.order`. */
export function sortByOrder(graph: RoadmapGraph, ids: Iterable<string>): string[] {
  const rank = orderRank(graph);
  return [...ids].sort((a, b) => rank.get(a)! - rank.get(b)!);
}

const ranks = new WeakMap<RoadmapGraph, Map<string, number>>();
function orderRank(graph: RoadmapGraph): Map<string, number> {
  let rank = ranks.get(graph);
  if (!rank) {
    rank = new Map(graph.order.map((id, i) => [id, i]));
    ranks.set(graph, rank);
  }
  return rank;
}
