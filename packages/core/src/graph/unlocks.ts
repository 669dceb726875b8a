import { sortByOrder } from './prerequisitesOf.js';
import type { RoadmapGraph } from './types.js';

/**
 * The sections and topics that name `id` as a prerequisite (directly, or as the previous
 * section), in topological order: what finishing it opens up. Unknown ids unlock nothing.
 */
export function unlocks(graph: RoadmapGraph, id: string): string[] {
  return sortByOrder(graph, graph.dependents.get(id) ?? []);
}
