import type { Page } from 'playwright-core';

/** A rectangle in viewport (CSS) pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a reader sees of a map right now, measured in the page. */
export interface MapGeometry {
  /** The map's canvas (the picture, without the bar under it), in the viewport. */
  canvas: Box;
  /** Topics at least partly visible in the canvas and in the window: their id, box and title size on screen. */
  topics: { id: string; box: Box; textPx: number }[];
  /** Every topic's box, visible or not. */
  allTopics: { id: string; box: Box }[];
  /** Boxes of the controls that belong to the map (zoom, fit, outline, legend, credit, hint). */
  controls: Box[];
  /** The open panel's box, if any. */
  panel: Box | null;
  /** The zoom of the map (the scale of its viewport transform). */
  zoom: number;
}

/**
 * Measures a map: `host` selects the `<roadmap-graph>` whose shadow root holds it, or is empty
 * for a React map in the page. A topic's text size is its title's computed font size times the
 * map's zoom: the size the reader gets on screen. Evaluated as a string, so no transpiler helper
 * ends up in the page.
 */
export async function mapGeometry(page: Page, host = ''): Promise<MapGeometry> {
  return page.evaluate(`(() => {
    const root = ${JSON.stringify(host)} ? document.querySelector(${JSON.stringify(host)}).shadowRoot : document;
    const plain = (r) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    const canvasElement = root.querySelector('.rg-map__canvas');
    const canvas = plain(canvasElement.getBoundingClientRect());
    const transform = root.querySelector('.react-flow__viewport').style.transform;
    const zoom = Number((/scale\\(([\\d.]+)\\)/.exec(transform) || [0, 1])[1]);
    const seen = {
      left: Math.max(canvas.x, 0),
      top: Math.max(canvas.y, 0),
      right: Math.min(canvas.x + canvas.width, innerWidth),
      bottom: Math.min(canvas.y + canvas.height, innerHeight),
    };
    const allTopics = [];
    const topics = [];
    for (const button of root.querySelectorAll('.react-flow__node button[data-topic-id]')) {
      const box = plain(button.getBoundingClientRect());
      allTopics.push({ id: button.dataset.topicId, box });
      const visible = box.x < seen.right && box.x + box.width > seen.left && box.y < seen.bottom && box.y + box.height > seen.top;
      if (!visible) continue;
      const title = button.querySelector('.rg-topic__title') || button;
      topics.push({ id: button.dataset.topicId, box, textPx: parseFloat(getComputedStyle(title).fontSize) * zoom });
    }
    const controls = [...root.querySelectorAll('.rg-map-bar button, .rg-map-bar a, .rg-map-bar summary, .rg-legend, .react-flow__panel')]
      .map((element) => plain(element.getBoundingClientRect()))
      .filter((box) => box.width > 0 && box.height > 0);
    const panelElement = root.querySelector('.rg-panel');
    return { canvas, topics, allTopics, controls, panel: panelElement ? plain(panelElement.getBoundingClientRect()) : null, zoom };
  })()`);
}

/** Whether two boxes overlap by more than a hairline. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
}

/** Whether `inner` lies inside `outer`, give or take a pixel. */
export function inside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x - 1 && inner.y >= outer.y - 1 && inner.x + inner.width <= outer.x + outer.width + 1 && inner.y + inner.height <= outer.y + outer.height + 1;
}

/** The part of a box that shows inside the map's canvas (clipped), or null. */
export function clip(box: Box, canvas: Box): Box | null {
  const x = Math.max(box.x, canvas.x);
  const y = Math.max(box.y, canvas.y);
  const right = Math.min(box.x + box.width, canvas.x + canvas.width);
  const bottom = Math.min(box.y + box.height, canvas.y + canvas.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** Topics whose visible part a map control covers: the ids, for a readable failure. */
export function topicsUnderControls(geometry: MapGeometry): string[] {
  return geometry.topics
    .filter((topic) => {
      const shown = clip(topic.box, geometry.canvas);
      return shown !== null && geometry.controls.some((control) => overlaps(shown, control));
    })
    .map((topic) => topic.id);
}
