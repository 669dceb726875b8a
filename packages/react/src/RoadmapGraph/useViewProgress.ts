import { progressSummary, type Progress, type RoadmapGraph, type TopicState } from '@roadmap-graph/core';
import { useCallback, useState } from 'react';
import { useProgress } from '../hooks/useProgress.js';
import { useLabels } from '../labels/LabelsContext.js';
import { useSharedProgress, type SharedProgress } from '../hooks/useSharedProgress.js';
import { describeProgressChange } from './describeProgressChange.js';
import type { RoadmapGraphProps } from './types.js';

/** The progress a {@link RoadmapView} shows, and what changes it. */
export interface ViewProgress {
  /** What the map shows: a shared link's progress, else the reader's own. */
  progress: Progress;
  /** The reader's own progress, which a share link carries. */
  ownProgress: Progress;
  /** `true` while a shared link's progress is shown: nothing can be marked. */
  readOnly: boolean;
  /** `false` once the reader's progress lives in memory only (see {@link useProgress}). */
  persisted: boolean;
  /** The shared link (`#progress=…`) in the address, if any. */
  sharing: SharedProgress;
  /** The last change, for a polite live region. */
  announcement: string;
  /** Marks one topic and announces it. */
  setState(id: string, state: TopicState | undefined): void;
  /** Clears the reader's progress and announces it. */
  reset(): void;
  /** Replaces the reader's progress with an imported one and announces how much is done. */
  replace(imported: Progress): void;
}

/**
 * The reader's own progress ({@link useProgress}) or, with `hashLinks`, someone else's from a
 * shared link, read-only. Every change is announced politely (WCAG 4.1.3): the map itself only
 * repaints a mark.
 */
export function useViewProgress(props: RoadmapGraphProps, roadmapId: string, graph: RoadmapGraph): ViewProgress {
  const own = useProgress({
    roadmapId,
    progress: props.progress,
    onProgressChange: props.onProgressChange,
    storage: props.storage,
  });
  const { setState: storeState, reset, replace, persisted } = own;
  const sharing = useSharedProgress(props.hashLinks ?? false, graph);
  const readOnly = sharing.shared !== undefined;
  const progress = sharing.shared ?? own.progress;
  const [announcement, setAnnouncement] = useState('');
  const words = useLabels();
  const setState = useCallback(
    (id: string, state: TopicState | undefined) => {
      setAnnouncement(describeProgressChange(graph, progress, id, state, words));
      storeState(id, state);
    },
    [graph, progress, storeState, words],
  );

  return {
    progress,
    ownProgress: own.progress,
    readOnly,
    persisted,
    sharing,
    announcement,
    setState,
    reset() {
      reset();
      setAnnouncement(words.labels.progressWasReset);
    },
    replace(imported) {
      replace(imported);
      setAnnouncement(words.labels.progressImported(progressSummary(graph, imported).overall.done, words.format));
    },
  };
}
