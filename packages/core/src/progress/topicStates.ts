import type { TopicState } from './types.js';

/** Every state a learner can give a topic, in the order the panel offers them. */
export const TOPIC_STATES = ['done', 'in-progress', 'skipped'] as const;

const STATES: ReadonlySet<unknown> = new Set(TOPIC_STATES);

/** Whether `value` is a topic state, as untrusted data (storage, a file, a page script) may hold anything. */
export function isTopicState(value: unknown): value is TopicState {
  return STATES.has(value);
}
