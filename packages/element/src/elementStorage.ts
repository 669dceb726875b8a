import { localStorageAdapter, memoryStorage, type Progress, type ProgressStorage } from '@roadmap-graph/react';

/** The progress storage of one element, which the element can also write to from outside. */
export interface ElementStorage extends ProgressStorage {
  /** Saves `progress` under `key` and tells the map, as another tab's change would. */
  push(key: string, progress: Progress): void;
}

/**
 * Storage for the `progress` attribute: `off` keeps progress in memory only (nothing is
 * written to the reader's browser), any other non-empty value is the localStorage key to use,
 * and without a value the React package's default key (`roadmap-graph:progress:<roadmap id>`)
 * is kept, so the element and a React app on one site share progress.
 */
export function elementStorage(setting: string | null): ElementStorage {
  const value = setting?.trim() ?? '';
  const off = value.toLowerCase() === 'off';
  const fixedKey = value !== '' && !off && value.toLowerCase() !== 'on' ? value : undefined;
  const base = off ? memoryStorage() : localStorageAdapter();
  const keyOf = (key: string): string => fixedKey ?? key;
  const listeners = new Map<string, Set<(progress: Progress | undefined) => void>>();

  return {
    load: (key) => base.load(keyOf(key)),
    save: (key, progress) => base.save(keyOf(key), progress),
    subscribe(key, onChange) {
      const stored = keyOf(key);
      const set = listeners.get(stored) ?? new Set();
      listeners.set(stored, set);
      set.add(onChange);
      const unsubscribe = base.subscribe?.(stored, onChange);
      return () => {
        set.delete(onChange);
        unsubscribe?.();
      };
    },
    push(key, progress) {
      const stored = keyOf(key);
      try {
        base.save(stored, progress);
      } catch {
        // Storage full or refused: the map still shows it, like useProgress's memory fallback.
      }
      for (const listener of [...(listeners.get(stored) ?? [])]) listener(progress);
    },
  };
}
