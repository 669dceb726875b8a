import { progressSummary, type Progress, type RoadmapGraph, type TopicState } from '@roadmap-graph/core';
import { MARK_LABELS } from '../nodes/markLabels.js';

/**
 * What a screen reader hears after the reader changed a topic's state, e.g. "Flask: done. 12 of
 * 42 topics done.": the change itself, then where the whole roadmap stands.
 */
export function describeProgressChange(graph: RoadmapGraph, progress: Progress, id: string, state: TopicState | undefined): string {
  const title = graph.nodes.get(id)?.title ?? id;
  const after: Record<string, TopicState> = { ...progress };
  if (state === undefined) delete after[id];
  else after[id] = state;
  const { done, total } = progressSummary(graph, after).overall;
  const what = state === undefined ? 'not started' : MARK_LABELS[state].toLowerCase();
  return `${title}: ${what}. ${done} of ${total} topics done.`;
}
