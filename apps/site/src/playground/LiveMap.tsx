import type { ProgressStorage, ThemeSetting } from '@roadmap-graph/react';
import { RoadmapGraph } from '@roadmap-graph/react';
import { memo } from 'react';
import type { LaidOutRoadmap } from './useLiveLayout.js';

/** Props of {@link LiveMap}. */
export interface LiveMapProps {
  shown: LaidOutRoadmap;
  theme: ThemeSetting;
  storage: ProgressStorage;
}

/**
 * The playground's map. Memoised: the page re-renders on every key press, the map only when a
 * new layout arrives or the theme changes, so typing stays responsive on big roadmaps.
 */
export const LiveMap = memo(function LiveMap({ shown, theme, storage }: LiveMapProps) {
  return <RoadmapGraph roadmap={shown.roadmap} layout={shown.layout} theme={theme} storage={storage} height="100%" className="playground-map__graph" />;
});
