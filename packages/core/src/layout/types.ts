import type { ElkGraph } from './elkGraph.js';
import type { WidthClass } from './widthClasses.js';

/**
 * Where ELK runs. Core never imports an ELK flavour itself: Node code passes
 * `createElkEngine()` from `@roadmap-graph/core/elk-node`, browsers pass
 * {@link createWorkerEngine}, so a bundle that only imports the main index stays free of ELK.
 */
export interface LayoutEngine {
  /**
   * Lays out an ELK JSON graph and resolves with the laid-out graph.
   * Rejects with the signal's reason when `signal` aborts first.
   */
  layout(graph: ElkGraph, signal?: AbortSignal): Promise<ElkGraph>;
}

/** Font of a piece of text whose width is measured. */
export interface TextFont {
  /** Font size in pixels. */
  size: number;
  /** CSS font weight, 100–900. */
  weight: number;
}

/** Returns the rendered width in pixels of one line of `text` in `font`. */
export type MeasureText = (text: string, font: TextFont) => number;

/** Flow of a roadmap picture: top to bottom or left to right. */
export type LayoutDirection = 'DOWN' | 'RIGHT';

/** Options of {@link layoutRoadmap}. */
export interface LayoutOptions {
  /** Runs ELK: `createElkEngine()` in Node, {@link createWorkerEngine} in browsers. */
  engine: LayoutEngine;
  /**
   * Direction in which prerequisites point and sections follow each other. The `phone` class
   * always flows `'DOWN'` (a phone has no room for a row of topics and sections side by side).
   * @default 'DOWN'
   */
  direction?: LayoutDirection;
  /**
   * The width the layout is made for, see {@link WIDTH_CLASSES}: `'phone'` and `'column'` stay
   * within 360 and 720 px, `'wide'` arranges sections in two dimensions to fit a landscape screen.
   * @default 'wide'
   */
  widthClass?: WidthClass;
  /**
   * Measures title widths. Pass a canvas-based measure in browsers for exact boxes.
   * @default estimateTextWidth (a deterministic per-character table for a sans-serif font)
   */
  measureText?: MeasureText;
  /** Aborts the layout; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Font of topic titles.
   * @default { size: 14, weight: 500 }
   */
  topicFont?: TextFont;
  /**
   * Font of section titles.
   * @default { size: 18, weight: 700 }
   */
  sectionFont?: TextFont;
  /**
   * Line height as a multiple of the font size.
   * @default 1.3
   */
  lineHeight?: number;
  /**
   * Narrowest topic box, in pixels.
   * @default 120
   */
  minTopicWidth?: number;
  /**
   * Widest topic box, in pixels; longer titles wrap onto more lines.
   * @default 220
   */
  maxTopicWidth?: number;
  /**
   * Space between a box's border and its title, horizontally and vertically.
   * @default { x: 10, y: 7 }
   */
  topicPadding?: { x: number; y: number };
  /**
   * Padding inside a section around its topics (the title gets extra room on top).
   * @default 16
   */
  sectionPadding?: number;
  /**
   * Room kept beside a section's title for a renderer's badge, such as a progress count "7/12".
   * @default 64
   */
  sectionTitleAside?: number;
  /**
   * Further room beside the title of a section whose topics are alternatives, for a "pick one" mark.
   * @default 80
   */
  choiceTitleAside?: number;
  /**
   * Room left of the title of a topic without subtopics, for its progress mark (the map's check
   * button, the static picture's ring), in pixels.
   * @default 28
   */
  topicMarkWidth?: number;
  /**
   * Height of the line under the title of a topic without subtopics that names its level and
   * state ("Beginner · Next up"), in pixels.
   * @default 16
   */
  topicDetailHeight?: number;
  /**
   * Room left of a section's title for its step number ("1", "2"…), in pixels.
   * @default 36
   */
  sectionNumberWidth?: number;
  /**
   * Space between neighbouring boxes in one row (in one column when `direction` is `'RIGHT'`).
   * @default 16
   */
  nodeSpacing?: number;
  /**
   * Space between rows of topics inside a section (columns when `direction` is `'RIGHT'`).
   * @default 28
   */
  layerSpacing?: number;
  /**
   * Space between sections, and between the rows or columns of sections of a wide layout.
   * @default 56
   */
  sectionSpacing?: number;
  /**
   * Space between parallel arrows where several run between the same sections.
   * @default 10
   */
  edgeSpacing?: number;
}
