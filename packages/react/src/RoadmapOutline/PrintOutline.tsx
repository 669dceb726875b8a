import type { Progress, RoadmapGraph } from '@roadmap-graph/core';
import { memo, startTransition, useDeferredValue, useEffect, useState } from 'react';
import { RoadmapOutline } from './index.js';

/** Props of {@link PrintOutline}. */
export interface PrintOutlineProps {
  graph: RoadmapGraph;
  progress: Progress;
}

/**
 * The outline for paper, kept beside the map: hidden on screen (so out of the accessibility
 * tree too) and printed in the map's place by print.css, which says why the map does not print.
 * It mounts after the map's first paint, in a transition, and follows the roadmap and progress
 * at low priority, so a large roadmap's outline never delays the map or a click; it re-renders
 * only when the roadmap or the progress changes.
 */
export const PrintOutline = memo(function PrintOutline({ graph, progress }: PrintOutlineProps) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => startTransition(() => setMounted(true)), []);
  // Behind the map at low priority: a reader typing a roadmap in the playground or marking
  // topics never waits for the copy on paper.
  const shownGraph = useDeferredValue(graph);
  const shownProgress = useDeferredValue(progress);
  if (!mounted) return null;
  return (
    <div className="rg-print-outline">
      <RoadmapOutline graph={shownGraph} progress={shownProgress} />
    </div>
  );
});
