import type { Progress, ProgressChange } from './types.js';

/**
 * The one topic whose state differs between two progress records, with its new state (`null`
 * when cleared); `undefined` when none or several changed (a reset, an import). For changes
 * made in bulk; a change of one topic is known where it is made.
 *
 * @example
 * progressChange({ flask: 'done' }, { flask: 'done', orm: 'skipped' }); // { id: 'orm', state: 'skipped' }
 */
export function progressChange(before: Progress, after: Progress): ProgressChange | undefined {
  let found: ProgressChange | undefined;
  for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const state = Object.hasOwn(after, id) ? after[id]! : null;
    const previous = Object.hasOwn(before, id) ? before[id]! : null;
    if (state === previous) continue;
    if (found !== undefined) return undefined;
    found = { id, state };
  }
  return found;
}
