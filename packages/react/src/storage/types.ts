import type { Progress } from '@roadmap-graph/core';

/**
 * Where progress is kept between visits. `useProgress` wraps every storage with
 * {@link withMemoryFallback}, so an adapter may throw when its backend fails.
 *
 * @example
 * // Progress kept on a server instead of the browser:
 * const storage: ProgressStorage = {
 *   load: (key) => cache.get(key),
 *   save: (key, progress) => { cache.set(key, progress); void api.put(key, progress); },
 * };
 */
export interface ProgressStorage {
  /** The progress saved under `key`, or `undefined` when there is none or it is unreadable. */
  load(key: string): Progress | undefined;
  /** Saves `progress` under `key`. May throw (quota exceeded, storage disabled). */
  save(key: string, progress: Progress): void;
  /**
   * Optional: calls `onChange` when the progress under `key` changes outside this page (another
   * tab) with the new value, `undefined` when it was removed. Returns an unsubscribe function.
   */
  subscribe?(key: string, onChange: (progress: Progress | undefined) => void): () => void;
}
