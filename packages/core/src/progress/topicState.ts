import { isTopicState } from './topicStates.js';
import type { Progress, TopicState } from './types.js';

/**
 * The state of a topic in possibly untrusted progress data (from storage or an import): only
 * own keys with a known state count, so `__proto__` or stale junk reads as not started.
 */
export function topicState(progress: Progress, id: string): TopicState | undefined {
  if (!Object.hasOwn(progress, id)) return undefined;
  const state: unknown = progress[id];
  return isTopicState(state) ? state : undefined;
}
