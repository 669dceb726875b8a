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
 *
 * Every save is also kept in memory: when the browser refuses one (storage full, disabled, a
 * sandboxed iframe) reads come from memory, so `element.progress` returns what the map shows.
 * The failure is still thrown, so that the map tells the reader their progress will not last.
 */
export function elementStorage(setting: string | null): ElementStorage {
  const value = setting?.trim() ?? '';
  const off = value.toLowerCase() === 'off';
  const fixedKey = value !== '' && !off && value.toLowerCase() !== 'on' ? value : undefined;
  const base = off ? memoryStorage() : localStorageAdapter();
  const keyOf = (key: string): string => fixedKey ?? key;
  const listeners = new Map<string, Set<(progress: Progress | undefined) => void>>();
  const memory = memoryStorage();
  // Keys whose newest progress is only in memory, because saving it failed.
  const unsaved = new Set<string>();

  const save = (stored: string, progress: Progress): void => {
    memory.save(stored, progress);
    try {
      base.save(stored, progress);
      unsaved.delete(stored);
    } catch (error) {
      unsaved.add(stored);
      throw error;
    }
  };

  return {
    load(key) {
      const stored = keyOf(key);
      return unsaved.has(stored) ? memory.load(stored) : base.load(stored);
    },
    save: (key, progress) => save(keyOf(key), progress),
    subscribe(key, onChange) {
      const stored = keyOf(key);
      const set = listeners.get(stored) ?? new Set();
      listeners.set(stored, set);
      set.add(onChange);
      const unsubscribe = base.subscribe?.(stored, (progress) => {
        // Another tab saved: that is the newest progress now.
        unsaved.delete(stored);
        onChange(progress);
      });
      return () => {
        set.delete(onChange);
        unsubscribe?.();
      };
    },
    push(key, progress) {
      const stored = keyOf(key);
      try {
        save(stored, progress);
      } catch {
        // Kept in memory: the map shows it, and `progress` reads it back.
      }
      for (const listener of [...(listeners.get(stored) ?? [])]) listener(progress);
    },
  };
}
