import type { Progress } from '@roadmap-graph/core';
import { memoryStorage } from './memoryStorage.js';
import type { ProgressStorage } from './types.js';

/**
 * Wraps a {@link ProgressStorage} so that it never throws: every save is also kept in memory,
 * and when the wrapped storage fails (quota exceeded, `SecurityError` in a sandboxed iframe,
 * storage disabled) reads come from memory until a later save to it succeeds again. Progress
 * then lasts for the visit instead of being lost with an exception.
 *
 * @param onError Told about each failure, e.g. to tell the reader progress will not persist.
 */
export function withMemoryFallback(storage: ProgressStorage, onError?: (error: unknown) => void): ProgressStorage {
  const memory = memoryStorage();
  // Keys whose newest progress is only in memory, because saving it to `storage` failed.
  const unsaved = new Set<string>();

  const report = (error: unknown): void => {
    try {
      onError?.(error);
    } catch {
      // A failing error handler must not turn a storage failure into a crash.
    }
  };

  const wrapped: ProgressStorage = {
    load(key) {
      if (unsaved.has(key)) return memory.load(key);
      try {
        return storage.load(key);
      } catch (error) {
        report(error);
        return memory.load(key);
      }
    },
    save(key, progress) {
      memory.save(key, progress);
      try {
        storage.save(key, progress);
        unsaved.delete(key);
      } catch (error) {
        unsaved.add(key);
        report(error);
      }
    },
  };
  const subscribe = storage.subscribe?.bind(storage);
  if (subscribe !== undefined) {
    wrapped.subscribe = (key, onChange) => {
      try {
        return subscribe(key, (progress: Progress | undefined) => {
          // Another tab wrote successfully, so that value is now the newest one.
          unsaved.delete(key);
          memory.save(key, progress ?? {});
          onChange(progress);
        });
      } catch (error) {
        report(error);
        return () => {};
      }
    };
  }
  return wrapped;
}
