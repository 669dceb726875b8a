import { sanitizeProgress, type Progress, type ProgressChange } from '@roadmap-graph/core';
import { progressStorageKey } from '@roadmap-graph/react';
import { elementStorage, type ElementStorage } from './elementStorage.js';
import type { ProgressChangeDetail } from '../events.js';

/** An element's progress bookkeeping; see {@link createProgressKeeper}. */
export interface ProgressKeeper {
  /** Where the map keeps progress (for `<RoadmapGraph storage>`); replaced when the setting changes. */
  readonly storage: ElementStorage;
  /** The `progress` attribute changed. */
  setSetting(value: string | null): void;
  /** The roadmap with this id is on show: its stored progress is read, progress set before is applied. */
  roadmapShown(roadmapId: string): void;
  /**
   * Reads the storage once, ahead of need: the first read of localStorage in a page waits for
   * the browser to load it (tens of milliseconds), better spent while the data downloads than
   * between its arrival and the first map.
   */
  warm(): void;
  /** The `progress` property's value. */
  read(): Progress;
  /** The progress the roadmap with this id will show with (for the first map, drawn before it is on show). */
  readFor(roadmapId: string): Progress;
  /** Sets progress from a page script (kept until a roadmap is on show). */
  write(value: unknown): void;
  /** The reader changed progress (`change` as the map reports it): the `progress-change` event's detail. */
  changed(progress: Progress, change?: ProgressChange): ProgressChangeDetail;
}

/**
 * Keeps what the element knows of the reader's progress: the storage the `progress` attribute
 * asks for, the last progress seen (what the `progress` property reads when storage refuses),
 * and progress a page script set before the roadmap was known.
 */
export function createProgressKeeper(): ProgressKeeper {
  let storage = elementStorage(null);
  let roadmapId: string | undefined;
  let last: Progress | undefined;
  let pending: Progress | undefined;

  const stored = (): Progress | undefined => {
    if (roadmapId === undefined) return undefined;
    try {
      return storage.load(progressStorageKey(roadmapId)) ?? {};
    } catch {
      // Storage refused (sandboxed iframe, disabled): what the element last saw stands.
      return undefined;
    }
  };

  const keeper: ProgressKeeper = {
    get storage() {
      return storage;
    },
    setSetting(value) {
      storage = elementStorage(value);
      last = stored();
    },
    roadmapShown(id) {
      if (id !== roadmapId) {
        roadmapId = id;
        last = stored();
      }
      if (pending !== undefined) {
        const value = pending;
        pending = undefined;
        keeper.write(value);
      }
    },
    warm() {
      try {
        storage.load(progressStorageKey(''));
      } catch {
        // Refused: the reads that matter fall back as they always do.
      }
    },
    read() {
      return stored() ?? last ?? pending ?? {};
    },
    readFor(id) {
      if (pending !== undefined) return pending;
      try {
        return storage.load(progressStorageKey(id)) ?? {};
      } catch {
        return (id === roadmapId ? last : undefined) ?? {};
      }
    },
    write(value) {
      // Anything but an object of topic states (from a page script) means no progress.
      const progress = sanitizeProgress(value)?.progress ?? {};
      if (roadmapId === undefined) {
        pending = progress;
        return;
      }
      last = progress;
      storage.push(progressStorageKey(roadmapId), progress);
    },
    changed(progress, change) {
      last = progress;
      return { id: change?.id ?? null, state: change?.state ?? null, progress };
    },
  };
  return keeper;
}
