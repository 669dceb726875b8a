import type { Progress, TopicState } from '@roadmap-graph/core';

const STATES: ReadonlySet<unknown> = new Set<TopicState>(['done', 'in-progress', 'skipped']);

/**
 * Progress set from a page script, kept to what progress can hold: entries whose value is a
 * topic state. Anything else (not an object, other values, `__proto__`) is dropped.
 */
export function sanitizeProgress(value: unknown): Progress {
  const progress: Record<string, TopicState> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return progress;
  for (const [id, state] of Object.entries(value)) {
    if (id !== '__proto__' && STATES.has(state)) progress[id] = state as TopicState;
  }
  return progress;
}
