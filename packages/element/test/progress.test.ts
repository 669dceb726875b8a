import { afterEach, describe, expect, it, vi } from 'vitest';
import { elementStorage } from '../src/progress/elementStorage.js';

afterEach(() => localStorage.clear());

describe('elementStorage', () => {
  it('uses the default key without a setting, and the given key with one', () => {
    elementStorage(null).save('roadmap-graph:progress:x', { a: 'done' });
    elementStorage('my-key').save('roadmap-graph:progress:x', { b: 'done' });
    expect(JSON.parse(localStorage.getItem('roadmap-graph:progress:x')!)).toEqual({ a: 'done' });
    expect(JSON.parse(localStorage.getItem('my-key')!)).toEqual({ b: 'done' });
    expect(elementStorage('my-key').load('anything')).toEqual({ b: 'done' });
  });

  it('writes nothing to the browser with progress="off"', () => {
    const storage = elementStorage('OFF');
    storage.save('roadmap-graph:progress:x', { a: 'done' });
    expect(storage.load('roadmap-graph:progress:x')).toEqual({ a: 'done' });
    expect(localStorage.length).toBe(0);
  });

  it('pushes progress set from outside to its subscribers, and stops after unsubscribe', () => {
    const storage = elementStorage(null);
    const listener = vi.fn();
    const unsubscribe = storage.subscribe!('k', listener);
    storage.push('k', { a: 'skipped' });
    expect(listener).toHaveBeenCalledWith({ a: 'skipped' });
    expect(storage.load('k')).toEqual({ a: 'skipped' });
    unsubscribe();
    storage.push('k', {});
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
