import type { Extent } from './planGrids.js';

/** Sections wrapped into lines, and the size of the whole. */
export interface LineBreak {
  /** Indices of the sections on each line, in order. */
  lines: number[][];
  /** Longest line along the flow, sections and the gaps between them. */
  main: number;
  /** All lines across the flow, with the gaps between them. */
  cross: number;
}

/**
 * Wraps sections, in order, into lines no longer than `limit` along the flow (a section longer
 * than that gets a line of its own), like words into lines of text, and measures the result.
 */
export function breakLines(extents: readonly Extent[], limit: number, gap: number): LineBreak {
  const lines: number[][] = [];
  let main = 0;
  let cross = -gap;
  let length = 0;
  let thickness = 0;
  extents.forEach((extent, i) => {
    const current = lines[lines.length - 1];
    if (current !== undefined && length + gap + extent.main <= limit) {
      current.push(i);
      length += gap + extent.main;
      thickness = Math.max(thickness, extent.cross);
    } else {
      if (current !== undefined) cross += thickness + gap;
      lines.push([i]);
      length = extent.main;
      thickness = extent.cross;
    }
    main = Math.max(main, length);
  });
  if (lines.length > 0) cross += thickness + gap;
  return { lines, main, cross: Math.max(0, cross) };
}

/** Measures sections wrapped into the given lines, as {@link breakLines} does. */
export function measureLines(extents: readonly Extent[], lines: readonly (readonly number[])[], gap: number): LineBreak {
  let main = 0;
  let cross = -gap;
  for (const line of lines) {
    let length = -gap;
    let thickness = 0;
    for (const i of line) {
      const extent = extents[i] as Extent;
      length += extent.main + gap;
      thickness = Math.max(thickness, extent.cross);
    }
    main = Math.max(main, length);
    cross += thickness + gap;
  }
  return { lines: lines.map((line) => [...line]), main, cross: Math.max(0, cross) };
}

/** Zoom at which a layout of `width` × `height` fits `target`, capped at 1, and the line count. */
export function fitOf(lineBreak: LineBreak, target: { width: number; height: number }, mainIsWidth: boolean): Fit {
  const width = Math.max(1, mainIsWidth ? lineBreak.main : lineBreak.cross);
  const height = Math.max(1, mainIsWidth ? lineBreak.cross : lineBreak.main);
  const rawZoom = Math.min(target.width / width, target.height / height);
  return { zoom: Math.min(1, rawZoom), rawZoom, lines: lineBreak.lines.length };
}

/** How well a candidate fits the target area, best first when sorted by {@link compareFits}. */
export interface Fit {
  /** Zoom at which the whole fits the target area, at most 1 (a layout is never blown up). */
  zoom: number;
  /** The same, not capped: among layouts that fit at full size, the more compact one wins. */
  rawZoom: number;
  lines: number;
}

/** Orders fits best first: larger zoom, then fewer lines (simpler to read), then more compact. */
export function compareFits(a: Fit, b: Fit): number {
  const EPSILON = 1e-9;
  if (Math.abs(a.zoom - b.zoom) > EPSILON) return b.zoom - a.zoom;
  if (a.lines !== b.lines) return a.lines - b.lines;
  return b.rawZoom - a.rawZoom;
}

/**
 * Finds the line length that shows sections of these sizes largest within `target` (width ×
 * height in pixels): tries lengths from the longest section to all sections on one line,
 * each a few per cent longer than the last. `mainIsWidth` says whether the flow runs
 * horizontally (lines are rows) or vertically (lines are columns).
 */
export function bestLineBreak(
  extents: readonly Extent[],
  gap: number,
  target: { width: number; height: number },
  mainIsWidth: boolean,
): { lineBreak: LineBreak; fit: Fit; limit: number } {
  let longest = 0;
  let total = -gap;
  for (const extent of extents) {
    longest = Math.max(longest, extent.main);
    total += extent.main + gap;
  }
  let best: { lineBreak: LineBreak; fit: Fit; limit: number } | undefined;
  const consider = (limit: number): void => {
    const lineBreak = breakLines(extents, limit, gap);
    const fit = fitOf(lineBreak, target, mainIsWidth);
    if (best === undefined || compareFits(fit, best.fit) < 0) best = { lineBreak, fit, limit };
  };
  for (let limit = Math.max(1, longest); limit < total; limit *= 1.04) consider(limit);
  consider(Math.max(longest, total));
  return best as { lineBreak: LineBreak; fit: Fit; limit: number };
}
