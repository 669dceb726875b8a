import type { LayoutDirection, LayoutEngine } from '../layout/types.js';
import type { WidthClass } from '../layout/widthClasses.js';
import type { Roadmap } from '../schema/roadmapSchema.js';

/** One problem with a fence, placed by its line within the fence. */
export interface FenceProblem {
  /**
   * 1-based line within the fence's content (line 1 is the one after the opening ```` ``` ````),
   * when the problem has one.
   */
  line: number | undefined;
  /** Where in the roadmap (`sections[0].topics[2].requires[0]`); empty for the fence as a whole. */
  path: string;
  message: string;
}

/** Which no-JavaScript stand-in a fence's `<roadmap-graph>` holds until its script runs. */
export type FenceFallback = 'svg' | 'outline' | 'both' | 'none';

/** Options of {@link renderRoadmapFence}: how the map looks, and where the layout runs. */
export interface RoadmapFenceOptions {
  /** Runs ELK: `createElkEngine()` from `@roadmap-graph/core/elk-node` at build time. */
  engine: LayoutEngine;
  /**
   * The map's palette (the element's `theme` attribute) and the static picture's: `auto` follows
   * the reader's `prefers-color-scheme`.
   * @default 'auto'
   */
  theme?: 'light' | 'dark' | 'auto';
  /**
   * The element's `height`: `auto` (as tall as the roadmap at reading size), pixels, or a CSS
   * length (`80vh`).
   * @default 'auto'
   */
  height?: number | string;
  /**
   * What readers without JavaScript (feed readers, search engines, a page before its script
   * runs) get: the static picture, the outline as nested lists with links, both (the outline
   * folded under the picture), or nothing.
   * @default 'both'
   */
  fallback?: FenceFallback;
  /**
   * The element's `gestures` attribute: `cooperative`, `greedy` or `auto`.
   * @default the element's default, 'auto'
   */
  gestures?: 'cooperative' | 'greedy' | 'auto';
  /**
   * Direction of the layouts, unless the fence's JSON carries a fresh baked layout of all widths.
   * @default 'DOWN'
   */
  direction?: LayoutDirection;
  /**
   * The width class drawn as the static picture (it scales down to a narrower column).
   * @default 'column', the 720 px of a blog's text column
   */
  pictureWidth?: WidthClass;
  /**
   * Tells fences with the same text apart, for ids in the picture that are unique on the page:
   * the fence's position in its document, for instance.
   * @default 0
   */
  key?: string | number;
}

/** What {@link renderRoadmapFence} returns: the HTML for the fence, or every problem with it. */
export type RoadmapFenceResult =
  | { ok: true; html: string; roadmap: Roadmap; warnings: FenceProblem[] }
  | { ok: false; errors: FenceProblem[]; warnings: FenceProblem[] };
