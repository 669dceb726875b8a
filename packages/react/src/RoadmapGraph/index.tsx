import { useRef } from 'react';
import { ErrorView } from '../ErrorView/index.js';
import { useRoadmapData } from '../hooks/useRoadmapData.js';
import { RoadmapView } from './RoadmapView.js';
import type { RoadmapGraphProps } from './types.js';
import { useElementWidth } from './useElementWidth.js';

export type { RoadmapGraphProps } from './types.js';

/**
 * An interactive learning roadmap: a map to explore (topics open a panel with their resources),
 * progress the reader marks and keeps, search, light and dark themes, and full keyboard and
 * screen-reader access. Invalid data shows every problem with its path; while a layout is
 * computed (in a Web Worker) a skeleton shows; on the server, and until hydration, the outline
 * stands in for the map.
 *
 * @example
 * import roadmap from './python-backend.roadmap.json';
 * import '@roadmap-graph/react/style.css';
 *
 * <RoadmapGraph roadmap={roadmap} theme="auto" hashLinks height={720} />
 */
export function RoadmapGraph(props: RoadmapGraphProps) {
  const { roadmap, layout, direction, createLayoutEngine, theme = 'auto', className, style, height = 640 } = props;
  const data = useRoadmapData(roadmap, { layout, direction, createEngine: createLayoutEngine });
  const root = useRef<HTMLDivElement>(null);
  const width = useElementWidth(root);
  return (
    <div
      ref={root}
      className={className ? `rg-root ${className}` : 'rg-root'}
      // "auto" stays in the markup: theme.css follows prefers-color-scheme for it without script,
      // so the server render already has the reader's palette.
      data-theme={theme}
      style={{ ...style, height: typeof height === 'number' ? `${height}px` : height }}
    >
      {data.status === 'error' ? (
        <div className="rg-body rg-body--error">
          <ErrorView errors={data.errors} />
        </div>
      ) : (
        <RoadmapView
          {...props}
          roadmapData={data.roadmap}
          graph={data.graph}
          layoutData={data.status === 'ready' ? data.layout : undefined}
          width={width}
        />
      )}
    </div>
  );
}
