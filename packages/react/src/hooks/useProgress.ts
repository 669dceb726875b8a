import {
  isTopicState,
  progressChange,
  sanitizeProgress,
  type Progress,
  type ProgressChange,
  type TopicState,
} from '@roadmap-graph/core';
import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { localStorageAdapter } from '../storage/localStorageAdapter.js';
import { progressStorageKey } from '../storage/progressStorageKey.js';
import type { ProgressStorage } from '../storage/types.js';
import { withMemoryFallback } from '../storage/withMemoryFallback.js';
import { createProgressStore, EMPTY_PROGRESS, type ProgressStore } from '../storage/createProgressStore.js';

/** Options of {@link useProgress}. */
export interface UseProgressOptions {
  /** Id of the roadmap; progress is stored under `roadmap-graph:progress:<roadmapId>`. */
  roadmapId: string;
  /** Controlled progress: when given, the hook never stores anything and only reports changes. */
  progress?: Progress;
  /**
   * Called with the new progress after every change, controlled or not, and the change: the
   * topic and its new state (`null` when cleared), `undefined` when several topics changed at
   * once (a reset, a replace).
   */
  onProgressChange?: (progress: Progress, change: ProgressChange | undefined) => void;
  /**
   * Where uncontrolled progress is kept. Pass a stable object (a new one re-reads storage).
   * Failures of the storage fall back to memory, never to an exception.
   * @default localStorageAdapter()
   */
  storage?: ProgressStorage;
}

/** What {@link useProgress} returns. */
export interface ProgressControls {
  /** Progress by topic id, including entries for ids the roadmap no longer has. */
  progress: Progress;
  /** Sets the state of one topic; `undefined` clears it (not started). */
  setState: (id: string, state: TopicState | undefined) => void;
  /** Clears all progress for this roadmap. */
  reset: () => void;
  /** Replaces all progress, e.g. with an imported file; entries that are not a state are dropped. */
  replace: (progress: Progress) => void;
  /**
   * `false` once the storage failed to read or save (full, disabled, a sandboxed iframe):
   * progress then lives in memory and is lost when the page is left. Always `true` when controlled.
   */
  persisted: boolean;
}

const serverSnapshot = (): Progress => EMPTY_PROGRESS;

const NO_STORE: ProgressStore = {
  getSnapshot: serverSnapshot,
  subscribe: () => () => {},
  set: () => {},
};

/**
 * A learner's progress through one roadmap, controlled (`progress` + `onProgressChange`) or kept
 * in storage (localStorage by default, memory when storage fails). Entries for topic ids the
 * roadmap does not have are kept, so progress survives a topic being removed and added back;
 * core's `topicState` and summaries ignore them. Uncontrolled progress follows changes made in
 * other tabs, and the server render (and hydration) sees no progress, so the markup matches.
 *
 * @example
 * const { progress, setState } = useProgress({ roadmapId: roadmap.id });
 * setState('flask', 'done');
 */
export function useProgress(options: UseProgressOptions): ProgressControls {
  const { roadmapId, progress: controlled, onProgressChange, storage } = options;
  const isControlled = controlled !== undefined;
  // The store whose storage failed; set after the render that noticed (a read fails during one).
  const [failedStore, setFailedStore] = useState<ProgressStore | undefined>(undefined);
  // Controlled progress never reads, writes or listens to storage.
  const store = useMemo(() => {
    if (isControlled) return NO_STORE;
    const onError = (): void => queueMicrotask(() => setFailedStore(created));
    const created = createProgressStore(withMemoryFallback(storage ?? localStorageAdapter(), onError), progressStorageKey(roadmapId));
    return created;
  }, [isControlled, storage, roadmapId]);
  const stored = useSyncExternalStore(store.subscribe, store.getSnapshot, serverSnapshot);
  const progress = controlled ?? stored;

  // Callbacks read the newest values through a ref so they stay stable across renders. In
  // uncontrolled mode the store updates synchronously, so two updates in one event build on
  // each other; in controlled mode each change builds on the `progress` prop, like an input.
  const latest = useRef({ controlled, onProgressChange, store });
  latest.current = { controlled, onProgressChange, store };

  const commit = useCallback((next: Progress, change: ProgressChange | undefined): void => {
    const { controlled: isControlled, onProgressChange: notify, store: target } = latest.current;
    if (isControlled === undefined) target.set(next);
    notify?.(next, change);
  }, []);

  const current = useCallback((): Progress => {
    const { controlled: value, store: source } = latest.current;
    return value ?? source.getSnapshot();
  }, []);

  const setState = useCallback(
    (id: string, state: TopicState | undefined): void => {
      if (typeof id !== 'string' || id === '__proto__' || (state !== undefined && !isTopicState(state))) return;
      const before = current();
      if (state === undefined ? !Object.hasOwn(before, id) : before[id] === state) return;
      const next: Record<string, TopicState> = { ...before };
      if (state === undefined) delete next[id];
      else next[id] = state;
      commit(next, { id, state: state ?? null });
    },
    [commit, current],
  );
  // A reset or a replace may still change just one topic; the event then names it.
  const bulk = useCallback((next: Progress): void => commit(next, progressChange(current(), next)), [commit, current]);
  const reset = useCallback((): void => bulk(EMPTY_PROGRESS), [bulk]);
  const replace = useCallback((value: Progress): void => bulk(sanitizeProgress(value)?.progress ?? EMPTY_PROGRESS), [bulk]);

  // A failure belongs to the store it happened in: a new `storage` or roadmap starts out trusted.
  const persisted = failedStore !== store;
  return useMemo(() => ({ progress, setState, reset, replace, persisted }), [progress, setState, reset, replace, persisted]);
}
