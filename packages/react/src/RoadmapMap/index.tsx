import { ReactFlowProvider } from '@xyflow/react';
import { forwardRef } from 'react';
import { MapCanvas } from './MapCanvas.js';
import type { RoadmapMapHandle, RoadmapMapProps } from './types.js';

export type { RoadmapMapHandle, RoadmapMapProps } from './types.js';

/**
 * The interactive map of a laid-out roadmap on React Flow: sections as boxes with progress
 * counts, topics as buttons with level, state and "next up" marks, and the layout's routes
 * drawn as they are. The page keeps its wheel scroll; Ctrl/⌘+wheel, pinch and the controls
 * zoom, dragging pans. Tab follows the learning order, arrow keys move to the nearest topic that
 * way, Enter, Space or a click call `onSelect`.
 *
 * @example
 * const map = useRef<RoadmapMapHandle>(null);
 * <RoadmapMap ref={map} graph={graph} layout={layout} progress={progress} onSelect={setSelected} />
 */
export const RoadmapMap = forwardRef<RoadmapMapHandle, RoadmapMapProps>(function RoadmapMap(props, ref) {
  return (
    <ReactFlowProvider>
      <MapCanvas {...props} ref={ref} />
    </ReactFlowProvider>
  );
});
