import type { RoadmapGraph } from '../graph/types.js';
import { createSatisfaction } from './createSatisfaction.js';
import { topicState } from './topicState.js';
import type { Progress, ProgressSummary, SectionProgress } from './types.js';

/**
 * Counts finished topics per section and overall. Leaves are counted (the things a learner
 * ticks), a finished container finishes its leaves, optional topics are left out of the totals,
 * and a choice counts only the alternative the learner got furthest with.
 */
export function progressSummary(graph: RoadmapGraph, progress: Progress): ProgressSummary {
  const satisfied = createSatisfaction(graph, progress);

  const count = (id: string, finishedAbove: boolean): { done: number; total: number } => {
    const node = graph.nodes.get(id)!;
    const finished = finishedAbove || satisfied(id);
    if (!node.children.length) return { done: finished ? 1 : 0, total: 1 };
    const required = node.children.filter((c) => !graph.nodes.get(c)!.optional);
    const children = required.length ? required : node.children;
    if (node.choice) {
      // The alternative the learner got furthest with, leaving out the ones they skipped.
      const picked = children.filter((c) => topicState(progress, c) !== 'skipped');
      const counted = (picked.length ? picked : children).map((c) => count(c, finished));
      return counted.reduce((best, c) => (c.done / c.total > best.done / best.total ? c : best), counted[0]!);
    }
    const counted = children.map((c) => count(c, finished));
    return counted.reduce((sum, c) => ({ done: sum.done + c.done, total: sum.total + c.total }), { done: 0, total: 0 });
  };

  const sections: SectionProgress[] = [];
  for (const node of graph.nodes.values()) {
    if (node.kind !== 'section') continue;
    const { done, total } = node.children.length ? count(node.id, false) : { done: 0, total: 0 };
    let inProgress = 0;
    const stack = [...node.children];
    while (stack.length) {
      const id = stack.pop()!;
      if (topicState(progress, id) === 'in-progress') inProgress++;
      stack.push(...graph.nodes.get(id)!.children);
    }
    sections.push({ id: node.id, done, total, inProgress, complete: satisfied(node.id) });
  }
  const done = sections.reduce((s, x) => s + x.done, 0);
  const total = sections.reduce((s, x) => s + x.total, 0);
  return { sections, overall: { done, total, percent: total ? Math.round((done / total) * 100) : 0 } };
}
