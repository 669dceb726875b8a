import type { Progress } from '@roadmap-graph/core';
import type { ProgressStorage } from './types.js';

/**
 * A {@link ProgressStorage} that keeps progress in memory only: it lasts as long as the page.
 * Useful for previews, tests, and as the fallback when the browser's storage fails.
 */
export function memoryStorage(): ProgressStorage {
  const saved = new Map<string, Progress>();
  return {
    load: (key) => saved.get(key),
    save: (key, progress) => {
      // A copy, so later changes to the caller's object do not leak into what was saved.
      saved.set(key, Object.freeze({ ...progress }));
    },
  };
}
