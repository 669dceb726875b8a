import { sanitizeProgress, type Progress } from '@roadmap-graph/core';
import type { ProgressStorage } from './types.js';

function parseStored(text: string | null): Progress | undefined {
  if (text === null) return undefined;
  try {
    return sanitizeProgress(JSON.parse(text))?.progress;
  } catch {
    // Junk written by something else (or by hand) reads as no progress, never as a crash.
    return undefined;
  }
}

/**
 * A {@link ProgressStorage} backed by `window.localStorage` (JSON per key), the default of
 * `useProgress`. Junk under a key reads as no progress. Access errors are thrown on purpose
 * (no localStorage on the server, `SecurityError` in sandboxed iframes, `QuotaExceededError`
 * when full): `useProgress` catches them and keeps progress in memory instead. Changes made
 * in other tabs reach `subscribe` through the `storage` event.
 *
 * @param getStorage Returns the Storage to use.
 * @default () => window.localStorage
 */
export function localStorageAdapter(getStorage: () => Storage = () => window.localStorage): ProgressStorage {
  return {
    load: (key) => parseStored(getStorage().getItem(key)),
    save: (key, progress) => getStorage().setItem(key, JSON.stringify(progress)),
    subscribe(key, onChange) {
      if (typeof window === 'undefined') return () => {};
      const onStorage = (event: StorageEvent): void => {
        let area: Storage;
        try {
          area = getStorage();
        } catch {
          return;
        }
        if (event.storageArea !== area) return;
        // `key` is null when another tab called clear().
        if (event.key === key) onChange(parseStored(event.newValue));
        else if (event.key === null) onChange(undefined);
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}
