import type { Progress } from '@roadmap-graph/core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { memoryStorage } from '../src/storage/memoryStorage.js';
import type { ProgressStorage } from '../src/storage/types.js';
import { withMemoryFallback } from '../src/storage/withMemoryFallback.js';
import { quotaError } from './quotaError.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('storage adapters', () => {
  test('memoryStorage keeps a copy of what was saved', () => {
    const storage = memoryStorage();
    const progress: Record<string, 'done'> = { a: 'done' };
    storage.save('k', progress);
    progress.b = 'done';
    expect(storage.load('k')).toEqual({ a: 'done' });
    expect(storage.load('other')).toBeUndefined();
  });

  test('withMemoryFallback reads from memory while the wrapped storage fails, and recovers', () => {
    let full = true;
    const backing = new Map<string, Progress>();
    const flaky: ProgressStorage = {
      load: (key) => backing.get(key),
      save: (key, progress) => {
        if (full) throw quotaError();
        backing.set(key, progress);
      },
    };
    const onError = vi.fn();
    const storage = withMemoryFallback(flaky, onError);
    storage.save('k', { a: 'done' });
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ name: 'QuotaExceededError' }));
    expect(storage.load('k')).toEqual({ a: 'done' });
    full = false;
    storage.save('k', { a: 'done', b: 'done' });
    expect(backing.get('k')).toEqual({ a: 'done', b: 'done' });
    expect(storage.load('k')).toEqual({ a: 'done', b: 'done' });
  });

  test('withMemoryFallback survives a storage whose load throws', () => {
    const broken: ProgressStorage = {
      load: () => {
        throw new Error('disabled');
      },
      save: () => {
        throw new Error('disabled');
      },
    };
    const storage = withMemoryFallback(broken);
    expect(storage.load('k')).toBeUndefined();
    storage.save('k', { a: 'skipped' });
    expect(storage.load('k')).toEqual({ a: 'skipped' });
  });
});
