import type { Viewport } from '@xyflow/react';

/**
 * The smallest zoom the map opens at: 14 px topic titles shown at 12 px. A layout wider than
 * that allows (one made for a wider screen) opens at its top left and is panned, not shrunk.
 */
export const READING_ZOOM = 12 / 14;
/** Room around the roadmap in the start view, in pixels. */
export const START_MARGIN = 16;
/** Height of the bar under the map (zoom, legend, credit); `.rg-map-bar` in styles/map-controls.css. */
export const MAP_BAR_HEIGHT = 44;

/** The zoom of the start view: the layout's width filling the map, between reading size and 1. */
export function startZoom(layoutWidth: number, mapWidth: number): number {
  return Math.min(1, Math.max(READING_ZOOM, (mapWidth - 2 * START_MARGIN) / Math.max(1, layoutWidth)));
}

/**
 * Where the map opens: the beginning of the roadmap at reading size, centred across, and the
 * whole roadmap centred when it fits (a `height="auto"` map is exactly tall enough).
 */
export function startView(layout: { width: number; height: number }, mapWidth: number, mapHeight: number): Viewport {
  const zoom = startZoom(layout.width, mapWidth);
  return {
    x: Math.max(START_MARGIN, (mapWidth - layout.width * zoom) / 2),
    y: Math.max(START_MARGIN, (mapHeight - layout.height * zoom) / 2),
    zoom,
  };
}

/**
 * The height a map of `mapWidth` pixels needs to show the whole layout at its start view, bar
 * included: what `height="auto"` gives it, so the page's own scroll reads the roadmap.
 */
export function naturalMapHeight(layout: { width: number; height: number }, mapWidth: number): number {
  return Math.ceil(layout.height * startZoom(layout.width, mapWidth) + 2 * START_MARGIN + MAP_BAR_HEIGHT);
}
