import { choiceForks } from '@roadmap-graph/core';
import { MiniMap, ReactFlow, ViewportPortal, type EdgeTypes, type NodeTypes } from '@xyflow/react';
import { forwardRef, useCallback, useEffect, useId, useImperativeHandle, useMemo, useRef, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { RouteEdge } from '../edges/RouteEdge/index.js';
import { useLabels } from '../labels/LabelsContext.js';
import { MapControls } from '../MapControls/index.js';
import { SectionNode } from '../nodes/SectionNode/index.js';
import { TopicNode } from '../nodes/TopicNode/index.js';
import type { MapFlowNode } from '../nodes/types.js';
import { stateColors } from '../theme/palette.js';
import { buildMapModel } from './buildMapModel.js';
import { findNeighbour, type Direction } from './findNeighbour.js';
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

const NODE_TYPES: NodeTypes = { section: SectionNode, topic: TopicNode };
const EDGE_TYPES: EdgeTypes = { route: RouteEdge };
const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const NO_MATCHES: readonly string[] = [];

function minimapColor(node: MapFlowNode): string {
  if (node.type === 'section') return 'var(--rg-section-border)';
  return node.data.mark === 'none' ? 'var(--rg-topic-border)' : stateColors(node.data.mark).accent;
}

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
  const onStateChange = props.onStateChange;
  const nodes = useMapNodes(graph, model, { progress, selectedId, chain, matches: matchSet, activeMatch, checkable: onStateChange !== undefined }, flowId);
  const forks = useMemo(() => choiceForks(graph, model.boxes), [graph, model]);
  const edges = useMapEdges(model, chain);

  const { centerTopic, fit, onInit, placed } = useMapViewport(container, layout, model, selectedId);

  // React Flow draws each route in an <svg> of its own, which screen readers list as an unnamed
  // image; the routes are decoration (each topic's name says how many prerequisites it has).
  // biome-ignore lint/correctness/useExhaustiveDependencies: React Flow draws new edge layers when the edges change
  useEffect(() => {
    for (const layer of container.current?.querySelectorAll('.react-flow__edges') ?? []) layer.setAttribute('aria-hidden', 'true');
  }, [edges]);

  const focusTopic = useCallback(
    (id: string): void => {
      const button = container.current?.querySelector<HTMLButtonElement>(`button[data-topic-id="${CSS.escape(id)}"]`);
      if (!button) return;
      button.focus({ preventScroll: true });
      centerTopic(id, true);
    },
    [centerTopic],
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

  // Tab moves focus without asking us; bring the topic into view like React Flow would.
  const onFocus = (event: FocusEvent): void => {
    const button = topicButton(event.target);
    const id = button?.dataset.topicId;
    if (id && button.matches(':focus-visible')) centerTopic(id, true);
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
          {forks.length > 0 && (
            <ViewportPortal>
              {forks.map((fork) => (
                // The fork in the path: "or" between each two alternatives (Flask or Django).
                <span key={`${fork.between[0]}|${fork.between[1]}`} className="rg-or" aria-hidden="true" style={{ left: fork.x, top: fork.y }}>
                  {labels.or}
                </span>
              ))}
            </ViewportPortal>
          )}
          {model.topicCount > minimapThreshold && (
            <MiniMap<MapFlowNode>
              position="bottom-right"
              ariaLabel={labels.overview}
              nodeColor={minimapColor}
              nodeStrokeWidth={0}
              pannable
            />
          )}
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
