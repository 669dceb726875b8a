import { prerequisitesOf } from '../graph/prerequisitesOf.js';
import type { RoadmapGraph } from '../graph/types.js';
import { createSatisfaction } from './createSatisfaction.js';
import { topicState } from './topicState.js';
import type { Progress } from './types.js';

/**
 * The topics to learn next: not finished, not inside a container marked finished, not an
 * alternative the learner passed over by finishing another one, and with every prerequisite finished, where one
 * finished alternative satisfies its group. In topological order.
 *
 * @example
 * nextTopics(graph, { 'python-syntax': 'done' }); // ['control-flow', ...]
 */
export function nextTopics(graph: RoadmapGraph, progress: Progress): string[] {
  const satisfied = createSatisfaction(graph, progress);
  return graph.order.filter((id) => {
    const node = graph.nodes.get(id)!;
    if (node.kind === 'section' || satisfied(id)) return false;
    return !setAside(graph, progress, satisfied, id) && prerequisitesOf(graph, id).every(satisfied);
  });
}

// A topic is set aside when a container of it was marked finished as a whole, or when the
// learner finished another alternative of a choice it belongs to.
function setAside(graph: RoadmapGraph, progress: Progress, satisfied: (id: string) => boolean, id: string): boolean {
  for (let child = id, parent = graph.nodes.get(id)!.parent; parent !== null; child = parent, parent = graph.nodes.get(parent)!.parent) {
    const state = topicState(progress, parent);
    if (state === 'done' || state === 'skipped') return true;
    const container = graph.nodes.get(parent)!;
    if (container.choice && container.children.some((c) => c !== child && topicState(progress, c) !== 'skipped' && satisfied(c))) return true;
  }
  return false;
}
