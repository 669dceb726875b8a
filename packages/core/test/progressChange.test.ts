import { describe, expect, it } from 'vitest';
import { progressChange } from '../src/progress/progressChange.js';

// Moved here from packages/element/test/progress.test.ts (it tested the element's changedEntry,
// now core's progressChange, which React uses for resets and replaces).
describe('progressChange', () => {
  it('names the one topic that changed and its new state', () => {
    expect(progressChange({ a: 'done' }, { a: 'done', b: 'skipped' })).toEqual({ id: 'b', state: 'skipped' });
    expect(progressChange({ a: 'done' }, { a: 'in-progress' })).toEqual({ id: 'a', state: 'in-progress' });
    expect(progressChange({ a: 'done' }, {})).toEqual({ id: 'a', state: null });
  });

  it('names none when nothing or several changed', () => {
    expect(progressChange({ a: 'done' }, { a: 'done' })).toBeUndefined();
    expect(progressChange({ a: 'done', b: 'done' }, {})).toBeUndefined();
  });
});
