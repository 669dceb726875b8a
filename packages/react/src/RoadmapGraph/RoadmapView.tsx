import { progressSummary, type Roadmap, type RoadmapGraph as Graph, type RoadmapLayout } from '@roadmap-graph/core';
import { forwardRef, useCallback, useEffect, useId, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useHashLink } from '../hooks/useHashLink.js';
import { useLabels } from '../labels/LabelsContext.js';
import { useSearch } from '../hooks/useSearch.js';
import { MapSkeleton } from '../MapSkeleton/index.js';
import { RoadmapMap, type RoadmapMapHandle } from '../RoadmapMap/index.js';
import { RoadmapOutline } from '../RoadmapOutline/index.js';
import { PrintOutline } from '../RoadmapOutline/PrintOutline.js';
import { Toolbar } from '../Toolbar/index.js';
import { TopicPanel } from '../TopicPanel/index.js';
import { MissingTopicNotice } from './MissingTopicNotice.js';
import { SharedProgressBanner } from './SharedProgressBanner.js';
import type { RoadmapGraphHandle, RoadmapGraphProps } from './types.js';
import { useHydrated } from './useHydrated.js';
import { useOutlineToggle } from './useOutlineToggle.js';
import { useSheetFocus } from './useSheetFocus.js';
import { useViewProgress } from './useViewProgress.js';

/**
 * From this width the panel docks beside the map (which keeps at least 600 px); narrower, it is
 * a sheet over the map with a way back, so the map is never squeezed into a sliver.
 */
const DOCK_WIDTH = 1000;
/** Below this width the toolbar takes one row: the search, and a menu for the rest. */
const COMPACT_WIDTH = 640;

/** Props of {@link RoadmapView}. */
export interface RoadmapViewProps extends RoadmapGraphProps {
  roadmapData: Roadmap;
  graph: Graph;
  /** `undefined` while the layout is being computed. */
  layoutData: RoadmapLayout | undefined;
  /** Width of the root element, `undefined` until measured. */
  width: number | undefined;
  /** Height of the map (canvas and bar) in pixels for `height="auto"`, else `undefined`: the host sets the height. */
  mapHeight: number | undefined;
}

/**
 * A valid roadmap on screen: toolbar, then the map (or the outline, or a skeleton while the
 * layout runs) with the topic panel docked beside it, or as a sheet over it when narrow (the
 * map and toolbar under the sheet are then inert, so Tab never reaches topics it hides). Owns
 * selection, search, the outline toggle and the notice for a deep link to an unknown topic;
 * progress comes from {@link useViewProgress}.
 */
export const RoadmapView = forwardRef<RoadmapGraphHandle, RoadmapViewProps>(function RoadmapView(props, ref) {
  const { roadmapData: roadmap, graph, layoutData: layout, width, initialTopic, onTopicSelect, hashLinks = false } = props;
  const { search: searchable = true, outline: outlineMode = 'toggle' } = props;
  const { labels } = useLabels();
  const viewed = useViewProgress(props, roadmap.id, graph);
  const { progress, readOnly, setState, sharing } = viewed;
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
  const [missingTopic, setMissingTopic] = useState<string | null>(null);
  useHashLink(hashLinks, selectedId, select, isNode, setMissingTopic);

  const [query, setQuery] = useState('');
  const search = useSearch(graph, query);
  const outline = useOutlineToggle(outlineMode);
  const outlineOpen = outline.open;
  const summary = useMemo(() => progressSummary(graph, progress).overall, [graph, progress]);
  const hydrated = useHydrated();
  const map = useRef<RoadmapMapHandle>(null);
  const stageId = useId();

  const sheet = width !== undefined && width < DOCK_WIDTH;
  const open = selectedId !== null && graph.nodes.has(selectedId) ? selectedId : null;
  const showMap = hydrated && !outlineOpen && layout !== undefined;
  const covered = open !== null && sheet;

  // The docked panel narrows the map: bring the opened topic into what is left of it.
  useEffect(() => {
    if (open !== null && showMap && !sheet) map.current?.revealTopic(open);
  }, [open, showMap, sheet]);

  const { toolbarArea, stageArea, close } = useSheetFocus(covered, open, select, map);
  const skipTarget = useRef<HTMLSpanElement>(null);
  // In the tab order only while it holds focus: Chrome starts the next Tab from an untabbable
  // element's shadow host, which would lead back into the map when it is in a shadow root.
  const skipPast = (): void => {
    const target = skipTarget.current;
    if (!target) return;
    target.tabIndex = 0;
    target.focus();
  };

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

  // Search answers as the reader types: the active match (the first, then wherever the arrows
  // go) is brought into view; Enter or a pick opens it.
  const activeMatch = query.trim() ? search.active : undefined;
  useEffect(() => {
    if (activeMatch !== undefined && showMap) map.current?.revealTopic(activeMatch);
  }, [activeMatch, showMap]);
  const openMatch = useCallback(
    (id: string) => {
      select(id);
      if (showMap) map.current?.centerTopic(id);
    },
    [select, showMap],
  );
  const describeTopic = useCallback(
    (id: string) => {
      const node = graph.nodes.get(id);
      return { title: node?.title ?? id, section: node ? (graph.nodes.get(node.section)?.title ?? '') : '' };
    },
    [graph],
  );

  const closeOutline = outline.close;
  const showOnMap = useCallback(
    (id: string) => {
      closeOutline();
      select(id);
    },
    [closeOutline, select],
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
      onStateChange={readOnly ? undefined : setState}
      highlightChain={props.highlightChain ?? true}
      matches={query.trim() ? search.matches : undefined}
      activeMatch={query.trim() ? (search.active ?? null) : null}
      outlineOpen={outlineOpen}
      onToggleOutline={outline.toggle}
      gestures={props.gestures}
    />
  );

  return (
    <>
      {/* Past one map is a long way by Tab (a stop per topic): the first stop offers to skip it. */}
      <button type="button" className="rg-skip" onClick={skipPast}>
        {labels.skipPast}
      </button>
      <div ref={toolbarArea} className="rg-toolbar-area">
        <Toolbar
          roadmapId={roadmap.id}
          query={query}
          onQueryChange={setQuery}
          search={search}
          onOpenMatch={openMatch}
          describeTopic={describeTopic}
          summary={summary}
          progress={progress}
          onReset={viewed.reset}
          onImport={viewed.replace}
          outlineOpen={outlineOpen || !hydrated}
          onToggleOutline={outline.toggle}
          outlineId={stageId}
          progressUnsaved={!viewed.persisted && !readOnly}
          readOnly={readOnly}
          linkToProgress={hashLinks ? () => sharing.linkTo(viewed.ownProgress) : undefined}
          showSearch={searchable}
          compact={width !== undefined && width < COMPACT_WIDTH}
        />
      </div>
      <p className="rg-visually-hidden" role="status">
        {viewed.announcement}
      </p>
      {(readOnly || sharing.problem) && (
        <SharedProgressBanner done={summary.done} total={summary.total} problem={sharing.problem} onLeave={sharing.leave} />
      )}
      {missingTopic !== null && (
        <MissingTopicNotice id={missingTopic} onDismiss={() => setMissingTopic(null)} />
      )}
      <div
        className={open !== null && !sheet ? 'rg-body rg-body--docked' : 'rg-body'}
        style={props.mapHeight !== undefined && showMap ? { height: props.mapHeight } : undefined}
      >
        <div ref={stageArea} id={stageId} className={showMap ? 'rg-stage' : 'rg-stage rg-stage--document'}>
          {stage}
        </div>
        {/* Paper gets the outline in the map's place (styles/print.css says why). */}
        {hydrated && !outlineOpen && <PrintOutline graph={graph} progress={progress} />}
        {open !== null && (
          <TopicPanel
            graph={graph}
            topicId={open}
            progress={progress}
            onStateChange={readOnly ? undefined : setState}
            onNavigate={(id) => {
              select(id);
              if (showMap) map.current?.centerTopic(id);
            }}
            onClose={close}
            narrow={sheet}
          />
        )}
      </div>
      <span
        ref={skipTarget}
        tabIndex={-1}
        className="rg-visually-hidden"
        onBlur={(event) => {
          event.currentTarget.tabIndex = -1;
        }}
      >
        {labels.endOf(roadmap.title)}
      </span>
    </>
  );
});
