import type { Progress, RoadmapGraph } from '@roadmap-graph/core';

/** Props of {@link RoadmapOutline}. */
export interface RoadmapOutlineProps {
  graph: RoadmapGraph;
  progress: Progress;
  /** When given, each topic gets a "Show on map" button that calls it with the topic's id. */
  onSelect?: (id: string) => void;
}
