import type { Progress } from '@roadmap-graph/core';
import type { ProgressStorage } from './types.js';

const EMPTY: Progress = Object.freeze({});

/** The progress under one storage key as an external store for `useSyncExternalStore`. */
export interface ProgressStore {
  /** The current progress; the same object until it changes. */
  getSnapshot(): Progress;
  subscribe(listener: () => void): () => void;
  /** Replaces the progress, saves it and tells the subscribers. */
  set(progress: Progress): void;
}

/**
 * An external store over `storage` under `key`. Storage is read on the first snapshot, not on
 * creation, so a store made during a server render never touches storage.
 */
export function createProgressStore(storage: ProgressStorage, key: string): ProgressStore {
  let current: Progress | undefined;
  const listeners = new Set<() => void>();
  const emit = (): void => {
    for (const listener of [...listeners]) listener();
  };

  return {
    getSnapshot() {
      current ??= storage.load(key) ?? EMPTY;
      return current;
    },
    subscribe(listener) {
      listeners.add(listener);
      const unsubscribe = storage.subscribe?.(key, (progress) => {
        current = progress ?? EMPTY;
        emit();
      });
      return () => {
        listeners.delete(listener);
        unsubscribe?.();
      };
    },
    set(progress) {
      current = progress;
      storage.save(key, progress);
      emit();
    },
  };
}

export { EMPTY as EMPTY_PROGRESS };
