import { isTopicState } from './topicStates.js';
import type { Progress, TopicState } from './types.js';

/** Progress read from untrusted data, and how many entries were dropped as unreadable. */
export interface SanitizedProgress {
  progress: Progress;
  /** Entries whose value is not a topic state (or whose key is `__proto__`). */
  ignored: number;
}

/**
 * Copies the entries of untrusted progress data (storage, an imported file, a page script) whose
 * value is a topic state, whatever their id: progress for topics that no longer exist is kept,
 * the logic ignores it. Returns `undefined` when `value` is not a plain object at all.
 *
 * @example
 * sanitizeProgress(JSON.parse('{"flask":"done","orm":"maybe"}'));
 * // { progress: { flask: 'done' }, ignored: 1 }
 */
export function sanitizeProgress(value: unknown): SanitizedProgress | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const progress: Record<string, TopicState> = {};
  let ignored = 0;
  for (const [id, state] of Object.entries(value)) {
    // JSON.parse makes "__proto__" an own key; assigning it below would replace the prototype.
    if (id === '__proto__' || !isTopicState(state)) {
      ignored++;
      continue;
    }
    progress[id] = state;
  }
  return { progress, ignored };
}
