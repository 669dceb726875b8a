import type { Progress } from '@roadmap-graph/core';
import { memoryStorage, type ProgressStorage } from '@roadmap-graph/react';

/**
 * A progress storage in memory that starts every roadmap at `initial`: stories show a learner
 * part-way through, can be clicked, and never touch the browser's localStorage.
 */
export function seededStorage(initial: Progress): ProgressStorage {
  const storage = memoryStorage();
  return {
    load: (key) => storage.load(key) ?? initial,
    save: (key, progress) => storage.save(key, progress),
  };
}
