import { widthClassFor } from '@roadmap-graph/core';
import { forwardRef, useEffect, useRef } from 'react';
import { ErrorView } from '../ErrorView/index.js';
import { useRoadmapData } from '../hooks/useRoadmapData.js';
import { MapSkeleton } from '../MapSkeleton/index.js';
import { RoadmapView } from './RoadmapView.js';
import type { RoadmapGraphHandle, RoadmapGraphProps } from './types.js';
import { naturalMapHeight } from '../RoadmapMap/startView.js';
import { useElementWidth } from './useElementWidth.js';
import { useTextSpacing } from './useTextSpacing.js';
import { usePageScheme } from '../hooks/useResolvedTheme.js';
import { RoadmapLabelsProvider, useLabels } from '../labels/LabelsContext.js';

export type { RoadmapGraphHandle, RoadmapGraphProps } from './types.js';

/**
 * An interactive learning roadmap: a map to explore (topics open a panel with their resources),
 * progress the reader marks and keeps, search, light and dark themes, and full keyboard and
 * screen-reader access. The map is drawn from the layout made for the component's width (phone,
 * column or wide, see `widthClassFor`) and follows it when the width changes. Invalid data shows
 * every problem with its path; while a layout is computed (in a Web Worker) a skeleton shows; on
 * the server, and until hydration, the outline stands in for the map.
 *
 * @example
 * import roadmap from './python-backend.roadmap.json';
 * import '@roadmap-graph/react/style.css';
 *
 * <RoadmapGraph roadmap={roadmap} theme="auto" hashLinks height={720} />
 *
 * // Opening a topic from outside:
 * const graph = useRef<RoadmapGraphHandle>(null);
 * <RoadmapGraph ref={graph} roadmap={roadmap} />; graph.current?.openTopic('flask');
 */
export const RoadmapGraph = forwardRef<RoadmapGraphHandle, RoadmapGraphProps>(function RoadmapGraph(props, ref) {
  return (
    <RoadmapLabelsProvider labels={props.labels} lang={props.lang}>
      <RoadmapRoot ref={ref} {...props} />
    </RoadmapLabelsProvider>
  );
});

/** The root element and what it shows, inside the labels of {@link RoadmapGraph}. */
const RoadmapRoot = forwardRef<RoadmapGraphHandle, RoadmapGraphProps>(function RoadmapRoot(props, ref) {
  const { roadmap, layout, direction, createLayoutEngine, theme = 'auto', className, style, height = 640 } = props;
  const pageScheme = usePageScheme(theme === 'auto');
  const root = useRef<HTMLDivElement>(null);
  const width = useElementWidth(root);
  // The layout made for this width (root less its 1 px borders): phone, column or wide. Until the
  // box has a width (measured before the first paint; later in a hidden tab) none is picked.
  const widthClass = width === undefined || width === 0 ? null : widthClassFor(width - 2);
  const probe = useRef<HTMLSpanElement>(null);
  const textSpacing = useTextSpacing(probe);
  const data = useRoadmapData(roadmap, { layout, direction, widthClass, textSpacing, createEngine: createLayoutEngine });
  const auto = height === 'auto';
  // The map's own width: the root less its 1 px borders.
  const mapHeight = auto && data.status === 'ready' && width !== undefined ? naturalMapHeight(data.layout, width - 2) : undefined;
  const { labels } = useLabels();
  const onDataChange = useRef(props.onDataChange);
  onDataChange.current = props.onDataChange;
  useEffect(() => {
    onDataChange.current?.(data);
  }, [data]);
  return (
    <div
      ref={root}
      className={className ? `rg-root ${className}` : 'rg-root'}
      part="root"
      // Screen readers pronounce the words in this language; without `lang` the page's applies.
      lang={props.lang || undefined}
      // "auto" stays in the markup: theme.css follows prefers-color-scheme for it without script,
      // so the server render already has the reader's palette. Once hydrated, a page's own theme
      // toggle (<html data-theme="dark">, class="dark", …) wins, followed live.
      data-theme={theme === 'auto' ? (pageScheme ?? 'auto') : theme}
      style={{ ...style, height: typeof height === 'number' ? `${height}px` : height }}
      data-height={auto ? 'auto' : undefined}
      // The width class drawn (phone, column or wide), for a host's CSS and for tests.
      data-width-class={data.status === 'ready' ? data.layout.widthClass : undefined}
    >
      {/* Reads the text spacing a reader's style sheet imposes (see useTextSpacing). */}
      <span ref={probe} className="rg-spacing-probe" aria-hidden="true">
        Spacing probe: words in a title
      </span>
      {data.status === 'error' ? (
        <div className="rg-body rg-body--error">
          <ErrorView errors={data.errors} />
        </div>
      ) : data.status === 'validating' ? (
        <div className="rg-body">
          <MapSkeleton label={labels.checking} />
        </div>
      ) : (
        <RoadmapView
          ref={ref}
          {...props}
          roadmapData={data.roadmap}
          graph={data.graph}
          layoutData={data.status === 'ready' ? data.layout : undefined}
          width={width}
          mapHeight={mapHeight}
        />
      )}
    </div>
  );
});
