import { describe, expect, it } from 'vitest';
import { sanitizeProgress } from '../src/progress/sanitizeProgress.js';
import { topicState } from '../src/progress/topicState.js';
import { isTopicState, TOPIC_STATES } from '../src/progress/topicStates.js';

// Moved here from packages/element/test/progress.test.ts with the function it tests, which the
// element, the React storage, the progress file and useProgress now all share.
describe('sanitizeProgress', () => {
  it('keeps topic states only', () => {
    const parsed = JSON.parse('{"a":"done","b":"maybe","__proto__":"done","c":"skipped","d":1}') as unknown;
    expect(sanitizeProgress(parsed)?.progress).toEqual({ a: 'done', c: 'skipped' });
    expect(Object.getPrototypeOf(sanitizeProgress(parsed)?.progress)).toBe(Object.prototype);
    expect(sanitizeProgress(null)).toBeUndefined();
    expect(sanitizeProgress(['done'])).toBeUndefined();
  });

  it('counts the entries it dropped', () => {
    const parsed = JSON.parse('{"a":"done","b":"maybe","__proto__":"done","c":"in-progress","d":1}') as unknown;
    expect(sanitizeProgress(parsed)?.ignored).toBe(3);
  });
});

describe('topic states', () => {
  it('are done, in progress and skipped, and nothing else reads as one', () => {
    expect(TOPIC_STATES).toEqual(['done', 'in-progress', 'skipped']);
    expect(TOPIC_STATES.every(isTopicState)).toBe(true);
    for (const junk of ['next', 'Done', '', null, undefined, 1, {}]) expect(isTopicState(junk), String(junk)).toBe(false);
    expect(topicState(JSON.parse('{"a":"maybe","b":"skipped"}') as Record<string, never>, 'a')).toBeUndefined();
    expect(topicState({ b: 'skipped' }, 'b')).toBe('skipped');
  });
});
