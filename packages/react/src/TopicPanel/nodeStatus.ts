import { topicState, type Progress } from '@roadmap-graph/core';
import type { RoadmapLabels } from '../labels/RoadmapLabels.js';

/**
 * The state of a node as a word: its own state, else "Done" when its children finish it (per
 * core's satisfaction rules), else `undefined` for not started.
 */
export function nodeStatus(progress: Progress, satisfied: (id: string) => boolean, id: string, labels: RoadmapLabels): string | undefined {
  const state = topicState(progress, id);
  if (state) return labels.states[state];
  return satisfied(id) ? labels.states.done : undefined;
}
