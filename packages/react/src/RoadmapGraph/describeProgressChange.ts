import { progressSummary, type Progress, type RoadmapGraph, type TopicState } from '@roadmap-graph/core';
import type { LabelsInUse } from '../labels/LabelsContext.js';

/**
 * What a screen reader hears after the reader changed a topic's state, e.g. "Flask: done. 12 of
 * 42 topics done.": the change itself, then where the whole roadmap stands.
 */
export function describeProgressChange(
  graph: RoadmapGraph,
  progress: Progress,
  id: string,
  state: TopicState | undefined,
  { labels, format }: LabelsInUse,
): string {
  const title = graph.nodes.get(id)?.title ?? id;
  const after: Record<string, TopicState> = { ...progress };
  if (state === undefined) delete after[id];
  else after[id] = state;
  const { done, total } = progressSummary(graph, after).overall;
  return labels.progressChanged(title, state === undefined ? labels.notStarted : labels.states[state], done, total, format);
}
