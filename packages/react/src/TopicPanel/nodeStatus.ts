import { STATE_LABELS, topicState, type Progress } from '@roadmap-graph/core';

/**
 * The state of a node as a word: its own state, else "Done" when its children finish it (per
 * core's satisfaction rules), else `undefined` for not started.
 */
export function nodeStatus(progress: Progress, satisfied: (id: string) => boolean, id: string): string | undefined {
  const state = topicState(progress, id);
  if (state) return STATE_LABELS[state];
  return satisfied(id) ? STATE_LABELS.done : undefined;
}
