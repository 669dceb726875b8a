import { progressSummary, type Roadmap, type RoadmapGraph as Graph, type RoadmapLayout } from '@roadmap-graph/core';
import { forwardRef, useCallback, useEffect, useId, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useHashLink } from '../hooks/useHashLink.js';
import { useProgress } from '../hooks/useProgress.js';
import { useSearch } from '../hooks/useSearch.js';
import { MapSkeleton } from '../MapSkeleton/index.js';
import { RoadmapMap, type RoadmapMapHandle } from '../RoadmapMap/index.js';
import { RoadmapOutline } from '../RoadmapOutline/index.js';
import { Toolbar } from '../Toolbar/index.js';
import { TopicPanel } from '../TopicPanel/index.js';
import type { RoadmapGraphHandle, RoadmapGraphProps } from './types.js';
import { useHydrated } from './useHydrated.js';

/** Below this container width the panel covers the whole map. */
const NARROW = 640;
/** From this container width the legend starts unfolded (narrower, it would cover the map). */
const WIDE = 1400;
/** The side panel's width (see panel.css: min(400px, 100%)). */
const PANEL_WIDTH = 400;

/** Props of {@link RoadmapView}. */
export interface RoadmapViewProps extends RoadmapGraphProps {
  roadmapData: Roadmap;
  graph: Graph;
  /** `undefined` while the layout is being computed. */
  layoutData: RoadmapLayout | undefined;
  /** Width of the root element, `undefined` until measured. */
  width: number | undefined;
}

/**
 * A valid roadmap on screen: toolbar, then the map (or the outline, or a skeleton while the
 * layout runs) with the topic panel over its right side, or over all of it when narrow. Owns
 * selection, search and the outline toggle; progress comes from {@link useProgress}.
 */
export const RoadmapView = forwardRef<RoadmapGraphHandle, RoadmapViewProps>(function RoadmapView(props, ref) {
  const { roadmapData: roadmap, graph, layoutData: layout, width, initialTopic, onTopicSelect, hashLinks = false } = props;
  const { search: searchable = true, outline: outlineMode = 'toggle' } = props;
  const { progress, setState, reset, replace, persisted } = useProgress({
    roadmapId: roadmap.id,
    progress: props.progress,
    onProgressChange: props.onProgressChange,
    storage: props.storage,
  });
  const [selectedId, setSelectedId] = useState<string | null>(() =>
    initialTopic !== undefined && graph.nodes.has(initialTopic) ? initialTopic : null,
  );
  const onTopicSelectRef = useRef(onTopicSelect);
  onTopicSelectRef.current = onTopicSelect;
  const select = useCallback((id: string | null) => {
    setSelectedId(id);
    onTopicSelectRef.current?.(id);
  }, []);
  const isNode = useCallback((id: string) => graph.nodes.has(id), [graph]);
  useHashLink(hashLinks, selectedId, select, isNode);

  const [query, setQuery] = useState('');
  const search = useSearch(graph, query);
  const [outlineState, setOutlineOpen] = useState(outlineMode === 'open');
  // The `outline` prop is a setting that wins when it changes; the reader toggles in between.
  const shownMode = useRef(outlineMode);
  useEffect(() => {
    if (shownMode.current === outlineMode) return;
    shownMode.current = outlineMode;
    setOutlineOpen(outlineMode === 'open');
  }, [outlineMode]);
  const outlineOpen = outlineMode !== 'off' && outlineState;
  const toggleOutline = outlineMode === 'off' ? undefined : () => setOutlineOpen((value) => !value);
  const summary = useMemo(() => progressSummary(graph, progress).overall, [graph, progress]);
  const hydrated = useHydrated();
  const map = useRef<RoadmapMapHandle>(null);
  const stageId = useId();

  const narrow = width !== undefined && width < NARROW;
  const open = selectedId !== null && graph.nodes.has(selectedId) ? selectedId : null;
  const showMap = hydrated && !outlineOpen && layout !== undefined;

  // Opening a topic that the panel would cover pans it into the free part of the map.
  useEffect(() => {
    if (open !== null && showMap && !narrow) map.current?.revealTopic(open);
  }, [open, showMap, narrow]);

  const close = useCallback(() => {
    const id = open;
    select(null);
    if (id !== null) map.current?.focusTopic(id);
  }, [open, select]);

  useImperativeHandle(
    ref,
    () => ({
      openTopic(id: string): boolean {
        if (!graph.nodes.has(id)) return false;
        select(id);
        return true;
      },
      closeTopic(): void {
        if (open !== null) select(null);
      },
      fit(): void {
        map.current?.fit();
      },
    }),
    [graph, open, select],
  );

  const showOnMap = useCallback(
    (id: string) => {
      setOutlineOpen(false);
      select(id);
    },
    [select],
  );

  const stage = !hydrated || outlineOpen ? (
    <div className="rg-stage__outline">
      <RoadmapOutline graph={graph} progress={progress} onSelect={hydrated && layout ? showOnMap : undefined} />
    </div>
  ) : !layout ? (
    <MapSkeleton />
  ) : (
    <RoadmapMap
      ref={map}
      graph={graph}
      layout={layout}
      progress={progress}
      selectedId={open}
      onSelect={select}
      highlightChain={props.highlightChain ?? true}
      matches={query.trim() ? search.matches : undefined}
      activeMatch={query.trim() ? (search.active ?? null) : null}
      outlineOpen={outlineOpen}
      onToggleOutline={toggleOutline}
      coveredRight={open !== null && !narrow ? Math.min(PANEL_WIDTH, width ?? PANEL_WIDTH) : 0}
      legendOpen={width !== undefined && width >= WIDE}
    />
  );

  return (
    <>
      <Toolbar
        roadmapId={roadmap.id}
        query={query}
        onQueryChange={setQuery}
        search={search}
        onActivateMatch={(id) => map.current?.centerTopic(id)}
        summary={summary}
        progress={progress}
        onReset={reset}
        onImport={replace}
        progressUnsaved={!persisted}
        outlineOpen={outlineOpen || !hydrated}
        onToggleOutline={toggleOutline}
        outlineId={stageId}
        showSearch={searchable}
      />
      <div className="rg-body">
        <div id={stageId} className={showMap ? 'rg-stage' : 'rg-stage rg-stage--document'}>
          {stage}
        </div>
        {open !== null && (
          <TopicPanel
            graph={graph}
            topicId={open}
            progress={progress}
            onStateChange={setState}
            onNavigate={(id) => {
              select(id);
              if (showMap) map.current?.centerTopic(id);
            }}
            onClose={close}
            narrow={narrow}
          />
        )}
      </div>
    </>
  );
});
