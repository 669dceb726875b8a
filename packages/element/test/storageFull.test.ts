import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgressKeeper } from '../src/progress/createProgressKeeper.js';
import { elementStorage } from '../src/progress/elementStorage.js';

// Storage that fills up on demand: writes work until fillStorage(), then every one throws.
let full = false;
const setItem = Storage.prototype.setItem;
vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
  if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  setItem.call(this, key, value);
});
const fillStorage = (): void => {
  full = true;
};

afterEach(() => {
  full = false;
  localStorage.clear();
});

describe('when the browser refuses to save progress', () => {
  it('elementStorage still throws (the map must know) but reads back what it was given', () => {
    fillStorage();
    const storage = elementStorage(null);
    expect(() => storage.save('roadmap-graph:progress:x', { a: 'done' })).toThrow(/quota/);
    expect(storage.load('roadmap-graph:progress:x')).toEqual({ a: 'done' });
    storage.push('roadmap-graph:progress:x', { b: 'skipped' });
    expect(storage.load('roadmap-graph:progress:x')).toEqual({ b: 'skipped' });
  });

  it('the progress property reads the progress the map shows, not the stale stored one', () => {
    localStorage.setItem('roadmap-graph:progress:x', JSON.stringify({ old: 'done' }));
    fillStorage();
    const keeper = createProgressKeeper();
    keeper.roadmapShown('x');
    // What the map does when the reader marks a topic: save (refused), then report the change.
    expect(() => keeper.storage.save('roadmap-graph:progress:x', { old: 'done', a: 'done' })).toThrow();
    keeper.changed({ old: 'done', a: 'done' });
    expect(keeper.read()).toEqual({ old: 'done', a: 'done' });
    keeper.write({ c: 'in-progress' });
    expect(keeper.read()).toEqual({ c: 'in-progress' });
  });
});
