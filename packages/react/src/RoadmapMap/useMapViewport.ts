import type { RoadmapLayout } from '@roadmap-graph/core';
import { getViewportForBounds, useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { motionDuration } from '../motion/motionDuration.js';
import type { MapModel } from './buildMapModel.js';
import { startView } from './startView.js';
import { topicButton } from './topicButton.js';
import { ZOOM_RANGE } from './useMetaWheelZoom.js';

/** How "fit" frames the whole roadmap: padding as a share of the map, and the largest zoom. */
export const FIT = { padding: 0.06, maxZoom: 1 } as const;
/** Centring a topic on purpose (search, panel links) zooms in to at least this. */
const READABLE_ZOOM = 0.75;
/** Revealing a focused topic keeps the zoom unless it is below this. */
const MIN_READABLE_ZOOM = 0.5;
/** How long the map pans to a topic or to the fit, before `prefers-reduced-motion` (motionDuration). */
export const PAN_MS = 250;

/** Where the map looks, and the moves that change it. */
export interface MapViewport {
  /**
   * Centres a topic in the map. `reveal` only acts when the topic is not fully in view and keeps
   * the zoom unless it is unreadably small, so moving focus with Tab or the arrows does not make
   * the map jump; otherwise (search, links in the panel) the topic is always centred, zoomed in
   * to a readable size if needed. An open panel sits beside the map, not over it, so the whole
   * map is free.
   */
  centerTopic(id: string, reveal?: boolean): void;
  /** Shows the whole roadmap, panning for `duration` ms. */
  fit(duration: number): void;
  /** For React Flow's `onInit`: sets the start view, with the open topic in it. */
  onInit(): void;
  /** `false` until the start view is set; the map stays transparent until then. */
  placed: boolean;
}

/**
 * The map's viewport: the start view (the beginning of the roadmap at reading size), set once
 * React Flow is ready and again for each new layout, keeping the open or focused topic in view.
 *
 * @param container - the element React Flow fills
 * @param selectedId - the open topic, kept in view when the layout changes
 */
export function useMapViewport(
  container: RefObject<HTMLDivElement | null>,
  layout: RoadmapLayout,
  model: MapModel,
  selectedId: string | null,
): MapViewport {
  const flow = useReactFlow();

  const centerTopic = useCallback(
    (id: string, reveal = false): void => {
      const rect = model.targets.get(id);
      const element = container.current;
      if (!rect || !element || element.clientWidth === 0) return;
      const { x, y, zoom } = flow.getViewport();
      const { clientWidth: width, clientHeight: height } = element;
      const left = rect.x * zoom + x;
      const top = rect.y * zoom + y;
      const margin = 8;
      const visible =
        left >= margin && top >= margin && left + rect.width * zoom <= width - margin && top + rect.height * zoom <= height - margin;
      if (reveal && visible) return;
      const floor = reveal ? MIN_READABLE_ZOOM : READABLE_ZOOM;
      const nextZoom = zoom >= floor ? zoom : Math.min(ZOOM_RANGE.max, READABLE_ZOOM);
      void flow.setCenter(rect.x + rect.width / 2, rect.y + rect.height / 2, { zoom: nextZoom, duration: motionDuration(PAN_MS) });
    },
    [flow, model, container],
  );

  // Computed here rather than with React Flow's fitView: fitView is queued until React Flow
  // processes a node update, which with controlled nodes and no onNodesChange never comes once
  // the nodes have changed (a topic opened, progress marked): the fit would silently not happen,
  // or happen later at a random moment.
  const fit = useCallback(
    (duration: number): void => {
      const element = container.current;
      if (!element || element.clientWidth === 0 || element.clientHeight === 0) return;
      const bounds = { x: 0, y: 0, width: layout.width, height: layout.height };
      const viewport = getViewportForBounds(bounds, element.clientWidth, element.clientHeight, ZOOM_RANGE.min, FIT.maxZoom, FIT.padding);
      void flow.setViewport(viewport, { duration: motionDuration(duration) });
    },
    [flow, layout, container],
  );

  // The start view: the beginning of the roadmap at reading size, centred. The whole roadmap when
  // it fits at that size (a height="auto" map is exactly that tall); else its top, filling the
  // width but never below reading size; "fit" shows it all at any size.
  const showStart = useCallback((): void => {
    const element = container.current;
    if (!element || element.clientWidth === 0 || element.clientHeight === 0) return;
    void flow.setViewport(startView(layout, element.clientWidth, element.clientHeight));
  }, [flow, layout, container]);

  // A topic open from the start (initialTopic, a deep link) is brought into view once the map exists.
  const initialised = useRef(false);
  const selected = useRef(selectedId);
  selected.current = selectedId;
  // Transparent until the start view is set: React Flow first paints at the origin, so a reader
  // would see the map jump and could aim a click at a topic that moves away under it.
  const [placed, setPlaced] = useState(false);
  const onInit = useCallback(() => {
    initialised.current = true;
    showStart();
    if (selected.current !== null) centerTopic(selected.current, true);
    setPlaced(true);
  }, [showStart, centerTopic]);
  // A new layout (another roadmap, direction or width) starts from its top again, but keeps the
  // open or focused topic in view: a rotated phone must not lose the reader's place.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new layout (showStart changes with it) moves the view, not a new centerTopic
  useEffect(() => {
    if (!initialised.current) return;
    showStart();
    const root = container.current?.getRootNode() as Document | ShadowRoot | undefined;
    const kept = selected.current ?? topicButton(root?.activeElement ?? null)?.dataset.topicId;
    if (kept) centerTopic(kept, true);
  }, [showStart]);

  return { centerTopic, fit, onInit, placed };
}
