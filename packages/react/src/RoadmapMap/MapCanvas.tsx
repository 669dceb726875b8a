import { choiceForks, nextTopics } from '@roadmap-graph/core';
import { ReactFlow, ViewportPortal, type EdgeTypes, type NodeTypes } from '@xyflow/react';
import { forwardRef, useCallback, useEffect, useId, useImperativeHandle, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { RouteEdge } from '../edges/RouteEdge/index.js';
import { useLabels } from '../labels/LabelsContext.js';
import { MapControls } from '../MapControls/index.js';
import { SectionNode } from '../nodes/SectionNode/index.js';
import { TopicNode } from '../nodes/TopicNode/index.js';
import { buildMapModel } from './buildMapModel.js';
import { findNeighbour, type Direction } from './findNeighbour.js';
import { focusWhenMounted } from './focusWhenMounted.js';
import { MapOverview } from './MapOverview.js';
import { entryTopic, planMount, type MountPlan } from './mountWindow.js';
import { prerequisiteChain } from './prerequisiteChain.js';
import type { RoadmapMapHandle, RoadmapMapProps } from './types.js';
import { topicButton } from './topicButton.js';
import { useMapEdges } from './useMapEdges.js';
import { useMapNodes } from './useMapNodes.js';
import { FIT, PAN_MS, useMapViewport } from './useMapViewport.js';
import { useMetaWheelZoom, ZOOM_RANGE } from './useMetaWheelZoom.js';
import { useScrollAsPan } from './useScrollAsPan.js';
import { useMapGestures } from './useMapGestures.js';
import { GestureHintView } from './GestureHintView.js';
import { topicMark } from './topicMark.js';
import { useMountWindow } from './useMountWindow.js';

const NODE_TYPES: NodeTypes = { section: SectionNode, topic: TopicNode };
const EDGE_TYPES: EdgeTypes = { route: RouteEdge };
const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const NO_MATCHES: readonly string[] = [];
/** Before the map is measured nothing is mounted: it is transparent until its start view is set. */
const NOTHING: MountPlan = { shown: new Set(), anchors: new Set(), edges: [], detail: true };

/** The map inside its React Flow provider; see {@link RoadmapMap}. */
export const MapCanvas = forwardRef<RoadmapMapHandle, RoadmapMapProps>(function MapCanvas(props, ref) {
  const { graph, layout, progress, onSelect, onToggleOutline } = props;
  const { selectedId = null, highlightChain = true, matches = NO_MATCHES, activeMatch = null, outlineOpen = false } = props;
  const { minimapThreshold = 150, legendOpen = false, gestures = 'auto' } = props;
  const { labels } = useLabels();
  const flowId = `rg-map-${useId().replace(/[^\w-]/g, '')}`;
  const container = useRef<HTMLDivElement>(null);
  useMetaWheelZoom(container);
  useScrollAsPan(container);
  const { resolved: gestureMode, hint } = useMapGestures(container, gestures);

  const model = useMemo(() => buildMapModel(graph, layout), [graph, layout]);
  const chain = useMemo(
    () => (highlightChain && selectedId !== null ? prerequisiteChain(graph, selectedId) : null),
    [graph, highlightChain, selectedId],
  );
  const matchSet = useMemo(() => new Set(matches), [matches]);
  const next = useMemo(() => new Set(nextTopics(graph, progress)), [graph, progress]);
  const markOf = useCallback((id: string) => topicMark(progress, next, id), [progress, next]);

  // Only what is in view is mounted (see mountWindow.ts), and the topics the reader is on: the
  // focused one (or where Tab enters), the open one and the active search match, wherever they are.
  const mountWindow = useMountWindow(container);
  const [focused, setFocused] = useState<string | null>(null);
  const entry = focused !== null && model.targets.has(focused) ? focused : entryTopic(model, mountWindow);
  const plan = useMemo(
    () => (mountWindow === undefined ? NOTHING : planMount(model, mountWindow, [selectedId, activeMatch, entry].filter((id): id is string => !!id))),
    [model, mountWindow, selectedId, activeMatch, entry],
  );

  const onStateChange = props.onStateChange;
  const view = { progress, selectedId, chain, matches: matchSet, activeMatch, next, checkable: onStateChange !== undefined };
  const nodes = useMapNodes(graph, model, view, flowId, plan);
  const forks = useMemo(() => choiceForks(graph, model.boxes), [graph, model]);
  const edges = useMapEdges(model, plan.edges, chain);

  const { centerTopic, fit, onInit, placed } = useMapViewport(container, layout, model, selectedId);

  // React Flow draws each route in an <svg> of its own, which screen readers list as an unnamed
  // image; the routes are decoration (each topic's name says how many prerequisites it has).
  // biome-ignore lint/correctness/useExhaustiveDependencies: React Flow draws new edge layers when the edges change
  useEffect(() => {
    for (const layer of container.current?.querySelectorAll('.react-flow__edges') ?? []) layer.setAttribute('aria-hidden', 'true');
  }, [edges]);

  // A topic out of view is not mounted: pin it, bring it into view, and focus it once it is there.
  // `travelling`: the topic focus is on its way to, so a second Tab pressed before it arrives
  // goes on from there rather than from the topic focus is leaving.
  const travelling = useRef<string | null>(null);
  const focusTopic = useCallback(
    (id: string): void => {
      if (!model.targets.has(id)) return;
      setFocused(id);
      centerTopic(id, true);
      travelling.current = id;
      focusWhenMounted(container.current, id, () => {
        if (travelling.current === id) travelling.current = null;
      });
    },
    [model, centerTopic],
  );

  useImperativeHandle(
    ref,
    () => ({
      focusTopic,
      centerTopic: (id: string) => centerTopic(id),
      revealTopic: (id: string) => centerTopic(id, true),
      fit: () => fit(PAN_MS),
    }),
    [focusTopic, centerTopic, fit],
  );

  // Done from the map: the check beside a title, or "D" on a focused topic, toggles it.
  const toggleDone = (id: string): void => {
    const node = graph.nodes.get(id);
    if (!onStateChange || !node || node.kind === 'section' || node.children.length > 0) return;
    onStateChange(id, progress[id] === 'done' ? undefined : 'done');
  };

  const onClick = (event: MouseEvent): void => {
    const check = event.target instanceof Element ? event.target.closest<HTMLElement>('button[data-check-id]') : null;
    if (check) {
      toggleDone(check.dataset.checkId!);
      return;
    }
    const id = topicButton(event.target)?.dataset.topicId;
    if (id) onSelect(id);
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    const id = topicButton(event.target)?.dataset.topicId;
    if (!id || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Tab') {
      // Tab follows the learning order through every topic, mounted or not; past the first or
      // the last topic it leaves the map as usual.
      const to = model.topics[model.topics.indexOf(travelling.current ?? id) + (event.shiftKey ? -1 : 1)];
      if (to === undefined) return;
      event.preventDefault();
      focusTopic(to);
      return;
    }
    if ((event.key === 'd' || event.key === 'D') && !event.shiftKey) {
      event.preventDefault();
      toggleDone(id);
      return;
    }
    const direction = ARROWS[event.key];
    if (!direction || event.shiftKey) return;
    // Arrows never scroll the page while a topic has focus, even at the edge of the map.
    event.preventDefault();
    const next = findNeighbour(model.targets, id, direction);
    if (next) focusTopic(next);
  };

  // Focus from outside (Tab into the map, a click) keeps the topic mounted and brings it into view.
  const onFocus = (event: FocusEvent): void => {
    const button = topicButton(event.target);
    const id = button?.dataset.topicId;
    if (!id) return;
    setFocused(id);
    if (button.matches(':focus-visible')) centerTopic(id, true);
  };

  const descriptionId = `${flowId}-help`;
  return (
    <div className={chain ? 'rg-map rg-map--chain' : 'rg-map'} part="map" data-gestures={gestureMode}>
      <p id={descriptionId} className="rg-visually-hidden">
        {labels.mapHelp(onStateChange !== undefined)}
      </p>
      <div ref={container} className="rg-map__canvas" onClick={onClick} onKeyDown={onKeyDown} onFocus={onFocus}>
        <ReactFlow
          id={flowId}
          aria-label={labels.map(graph.roadmap.title)}
          aria-describedby={descriptionId}
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          edgesReconnectable={false}
          elementsSelectable={false}
          disableKeyboardA11y
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          panActivationKeyCode={null}
          zoomActivationKeyCode={null}
          preventScrolling={false}
          zoomOnScroll={false}
          panOnScroll={false}
          zoomOnPinch
          zoomOnDoubleClick={false}
          panOnDrag
          minZoom={ZOOM_RANGE.min}
          maxZoom={ZOOM_RANGE.max}
          onInit={onInit}
          style={placed ? undefined : { opacity: 0 }}
          // The credit is in the bar under the map (MapControls), where it covers nothing.
          proOptions={{ hideAttribution: true }}
        >
          {plan.detail && forks.length > 0 && (
            <ViewportPortal>
              {forks.map((fork) => (
                // The fork in the path: "or" between each two alternatives (Flask or Django).
                <span key={`${fork.between[0]}|${fork.between[1]}`} className="rg-or" aria-hidden="true" style={{ left: fork.x, top: fork.y }}>
                  {labels.or}
                </span>
              ))}
            </ViewportPortal>
          )}
          {model.topics.length > minimapThreshold && <MapOverview model={model} layout={layout} markOf={markOf} />}
        </ReactFlow>
        {hint && <GestureHintView hint={hint} />}
      </div>
      <MapControls
        outlineOpen={outlineOpen}
        onToggleOutline={onToggleOutline}
        fitPadding={FIT.padding}
        onFit={() => fit(PAN_MS)}
        legendOpen={legendOpen}
      />
    </div>
  );
});
