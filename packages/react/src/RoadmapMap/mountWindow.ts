import { LAYOUT_DEFAULTS } from '@roadmap-graph/core';
import type { MapModel, Rect } from './buildMapModel.js';

/**
 * Below this zoom topic titles are under 6 px on screen, too small to read: the map draws its
 * sections as labelled blocks and mounts no topics (see {@link planMount}).
 */
export const DETAIL_ZOOM = 6 / LAYOUT_DEFAULTS.topicFont.size;
/**
 * Maps with up to this many topics are mounted whole, at every zoom: a few thousand elements
 * cost little, and a screen reader's cursor then finds every topic on the map itself. Larger
 * maps mount what is in view (the outline lists every topic for any size).
 */
export const MOUNT_ALL_TOPICS = 300;
/** How far past each side of the view the map mounts, as a share of the view: a pan of that much needs no new nodes. */
const OVERSCAN = 0.25;

/** The part of the map that is mounted: a rectangle around the view, and whether topics are drawn. */
export interface MountWindow {
  /** In map coordinates. */
  rect: Rect;
  /** Topics are drawn (the zoom is at least {@link DETAIL_ZOOM}); else only section blocks. */
  detail: boolean;
}

/** What the map mounts for a window: the nodes (in map order), their hidden anchors and the routes. */
export interface MountPlan {
  /** Sections and topics to draw, in the map's order; `null`: all of them. */
  shown: ReadonlySet<string> | null;
  /** Nodes not drawn but kept in React Flow, hidden, because a drawn route ends at them. */
  anchors: ReadonlySet<string>;
  /** Indices into `model.edges` of the routes to draw. */
  edges: readonly number[];
  /** Topics are drawn; else sections are blocks and only pinned topics are mounted. */
  detail: boolean;
}

/** The map's view in map coordinates, from React Flow's transform and the map's size in pixels. */
export function viewRect([x, y, zoom]: readonly [number, number, number], width: number, height: number): Rect {
  return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
}

/** The window to mount for a view: the view with {@link OVERSCAN} around it. */
export function windowFor(view: Rect, zoom: number): MountWindow {
  const dx = view.width * OVERSCAN;
  const dy = view.height * OVERSCAN;
  return { rect: { x: view.x - dx, y: view.y - dy, width: view.width + 2 * dx, height: view.height + 2 * dy }, detail: zoom >= DETAIL_ZOOM };
}

/**
 * Whether a window still serves a view: it holds the view, draws at the view's level of detail
 * and is not over four times as large as needed (after zooming in a long way).
 */
export function windowServes(window: MountWindow, view: Rect, zoom: number): boolean {
  const { rect } = window;
  return (
    window.detail === zoom >= DETAIL_ZOOM &&
    view.x >= rect.x &&
    view.y >= rect.y &&
    view.x + view.width <= rect.x + rect.width &&
    view.y + view.height <= rect.y + rect.height &&
    rect.width * rect.height <= 4 * (1 + 2 * OVERSCAN) ** 2 * view.width * view.height
  );
}

/** Whether two rectangles overlap. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * What to mount for a window: everything when the map's size is unknown (`null`) or the map has
 * at most {@link MOUNT_ALL_TOPICS} topics. Else, with detail:
 * the sections and topics whose boxes overlap the window, and every route whose extent does;
 * a route's end outside the window gets a hidden anchor node, so the arrow runs on to the edge of
 * the view instead of stopping in mid-air. Without detail: the sections as blocks, the arrows
 * between sections, and no topic arrows (their ends are not drawn). `pinned` topics (the focused,
 * open and searched ones) are mounted wherever they are, so keyboard focus always has a target.
 */
export function planMount(model: MapModel, window: MountWindow | null, pinned: readonly string[], mountAll = MOUNT_ALL_TOPICS): MountPlan {
  if (window === null || model.topics.length <= mountAll) return { shown: null, anchors: new Set(), edges: model.edges.map((_, i) => i), detail: true };
  const { rect, detail } = window;
  const shown = new Set<string>();
  for (const id of model.order) {
    const box = model.boxes.get(id)!;
    if ((detail || model.sections.has(id)) && overlaps(rect, box)) shown.add(id);
  }
  for (const id of pinned) if (model.boxes.has(id)) shown.add(id);
  const edges: number[] = [];
  const anchors = new Set<string>();
  model.edges.forEach((edge, i) => {
    if (!detail && !(model.sections.has(edge.source) && model.sections.has(edge.target))) return;
    if (!overlaps(rect, model.edgeBounds[i]!)) return;
    edges.push(i);
    for (const end of [edge.source, edge.target]) if (!shown.has(end)) anchors.add(end);
  });
  return { shown, anchors, edges, detail };
}

/**
 * Where Tab enters the map when no topic has had focus: the first topic (in learning order) in
 * the window, else the first topic. Pinned, so the map is never skipped by Tab while its
 * sections are blocks and no topic is drawn.
 */
export function entryTopic(model: MapModel, window: MountWindow | null | undefined): string | undefined {
  if (!window) return undefined;
  return model.topics.find((id) => overlaps(window.rect, model.boxes.get(id)!)) ?? model.topics[0];
}
