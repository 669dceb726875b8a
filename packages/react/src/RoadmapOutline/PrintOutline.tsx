import type { Progress, RoadmapGraph } from '@roadmap-graph/core';
import { memo } from 'react';
import { RoadmapOutline } from './index.js';
import { usePrinting } from './usePrinting.js';

/** Props of {@link PrintOutline}. */
export interface PrintOutlineProps {
  graph: RoadmapGraph;
  progress: Progress;
}

/**
 * The outline for paper, printed in the map's place by print.css (which says why the map does
 * not print). It is rendered only while the page is printed (from `beforeprint` to `afterprint`):
 * kept beside the map all the time, a large roadmap's outline cost a long task on every load
 * (one of 300 ms for a 4 MB roadmap in the element, whose Preact renders it in one go) and work
 * on every progress change, for a page that is rarely printed.
 */
export const PrintOutline = memo(function PrintOutline({ graph, progress }: PrintOutlineProps) {
  const printing = usePrinting();
  if (!printing) return null;
  return (
    <div className="rg-print-outline">
      <RoadmapOutline graph={graph} progress={progress} />
    </div>
  );
});
