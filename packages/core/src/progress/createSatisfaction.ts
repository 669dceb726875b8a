import type { RoadmapGraph } from '../graph/types.js';
import { topicState } from './topicState.js';
import type { Progress } from './types.js';

/**
 * Returns a memoised test of whether a node counts as finished: marked done or skipped, or,
 * for a container, its required children are finished (for a choice, any one alternative the
 * learner did not skip). When a container's children are all optional, all of them are needed.
 */
export function createSatisfaction(graph: RoadmapGraph, progress: Progress): (id: string) => boolean {
  const memo = new Map<string, boolean>();
  const satisfied = (id: string): boolean => {
    const cached = memo.get(id);
    if (cached !== undefined) return cached;
    const node = graph.nodes.get(id);
    let result = false;
    const state = topicState(progress, id);
    if (state === 'done' || state === 'skipped') result = true;
    else if (node?.children.length) {
      const required = node.children.filter((c) => !graph.nodes.get(c)!.optional);
      const needed = required.length ? required : node.children;
      result = node.choice ? node.children.some((c) => chosen(c) && satisfied(c)) : needed.every(satisfied);
    }
    memo.set(id, result);
    return result;
  };
  // Skipping one alternative is how a learner says "I picked the other one", not a finish.
  const chosen = (id: string) => topicState(progress, id) !== 'skipped';
  return satisfied;
}
