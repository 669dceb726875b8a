import type { Progress, TopicState } from '@roadmap-graph/core';

/**
 * The one topic whose state differs between two progress records, with its new state (`null`
 * when cleared); `undefined` when none or several changed (a reset, an import).
 */
export function changedEntry(before: Progress, after: Progress): { id: string; state: TopicState | null } | undefined {
  let found: { id: string; state: TopicState | null } | undefined;
  for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const state = Object.hasOwn(after, id) ? after[id]! : null;
    const previous = Object.hasOwn(before, id) ? before[id]! : null;
    if (state === previous) continue;
    if (found !== undefined) return undefined;
    found = { id, state };
  }
  return found;
}
