import type { GraphNode, RoadmapGraph } from '../graph/types.js';
import type { LayoutStyle } from './resolveLayoutStyle.js';
import { topicDetail, topicDetailWidth } from './topicDetail.js';
import { wrapText } from './wrapText.js';

/** Insets of a box around its children, in pixels. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** How wide boxes may be in one layout, from its width class. */
export interface BoxFrame {
  /** Widest a topic box without subtopics may be; its title wraps within it. */
  leafWidth: number;
  /** Widest a section may be; its title wraps within it. */
  sectionWidth: number;
  /**
   * When set, topics line up in even columns (where the width is tight, a tidy grid reads
   * best): the room inside each section or topic is shared by the number of columns, `columnGap`
   * apart, whose width comes closest to `maxTopicWidth`, and each topic box without subtopics
   * in it is one column wide. Otherwise a box is as wide as its title needs, up to `leafWidth`.
   */
  columnGap?: number;
}

/**
 * Width of a topic box when `room` pixels are shared by columns `gap` apart: the column count
 * whose width comes closest to `preferred`, never narrower than `min` (one column always fits).
 * 328 px give two columns of 154 (not one of 328); 688 px give three of 216.
 */
export function columnWidth(room: number, gap: number, preferred: number, min: number): number {
  let best = room;
  for (let count = 2; ; count += 1) {
    const width = (room - (count - 1) * gap) / count;
    if (width < min) break;
    if (Math.abs(width - preferred) < Math.abs(best - preferred)) best = width;
  }
  return Math.floor(best);
}

/** What ELK needs to know about the size of one node before layout. */
export type BoxMetrics =
  | { compound: false; width: number; height: number }
  | { compound: true; padding: Insets; minWidth: number; minHeight: number };

function textHeight(lines: number, size: number, lineHeight: number): number {
  return lines * size * lineHeight;
}

/**
 * Width a renderer puts beside a title: a section's step number before it and its progress
 * count and "pick one" mark after it; a topic's progress mark before it.
 */
function titleAside(node: GraphNode, style: LayoutStyle): number {
  if (node.kind !== 'section') return node.children.length === 0 ? style.topicMarkWidth : 0;
  return style.sectionNumberWidth + style.sectionTitleAside + (node.choice ? style.choiceTitleAside : 0);
}

/** Widest and narrowest a box may be: `leafWidth` is the width of a topic box without subtopics. */
function widthRange(isSection: boolean, style: LayoutStyle, frame: BoxFrame, leafWidth: number, even: boolean): { min: number; max: number } {
  if (isSection) {
    const max = Math.min(2 * style.maxTopicWidth, frame.sectionWidth);
    return { min: Math.min(style.maxTopicWidth, max), max };
  }
  return { min: even ? leafWidth : Math.min(style.minTopicWidth, leafWidth), max: leafWidth };
}

/** Room for a title between the paddings and the aside; never so little that nothing fits. */
function titleRoom(maxWidth: number, padX: number, aside: number, font: { size: number }): number {
  return Math.max(2 * font.size, maxWidth - 2 * padX - aside);
}

/** Sizes a childless section or topic so that its wrapped title fits. */
function leafMetrics(node: GraphNode, style: LayoutStyle, frame: BoxFrame, leafWidth: number): BoxMetrics {
  const isSection = node.kind === 'section';
  const font = isSection ? style.sectionFont : style.topicFont;
  const padX = isSection ? style.sectionPadding : style.topicPadding.x;
  const padY = isSection ? style.sectionPadding : style.topicPadding.y;
  const { min: minWidth, max: maxWidth } = widthRange(isSection, style, frame, leafWidth, frame.columnGap !== undefined);
  const aside = titleAside(node, style);
  const wrapped = wrapText(node.title, titleRoom(maxWidth, padX, aside, font), style.measureText, font);
  // A topic's level goes on a line of its own under the title, never over it (two lines where one
  // does not fit the box), and the box is at least as wide as the lines.
  const room = titleRoom(maxWidth, padX, aside, font);
  const detail = isSection ? undefined : topicDetail(node, room, style.measureText);
  const detailWidth = detail ? Math.min(topicDetailWidth(detail, style.measureText), room) : 0;
  const width = Math.max(minWidth, Math.ceil(Math.max(wrapped.width, detailWidth) + 2 * padX + aside));
  const detailHeight = detail ? Math.max(1, detail.lines.length) * style.topicDetailHeight : 0;
  const height = Math.ceil(textHeight(wrapped.lines.length, font.size, style.lineHeight) + 2 * padY + detailHeight);
  return { compound: false, width, height };
}

/** A box with children: its title sits in a header band that the children stay below. */
function compoundMetrics(node: GraphNode, style: LayoutStyle, frame: BoxFrame): BoxMetrics {
  const isSection = node.kind === 'section';
  const font = isSection ? style.sectionFont : style.topicFont;
  const padX = isSection ? style.sectionPadding : style.topicPadding.x;
  const padY = isSection ? style.sectionPadding : style.topicPadding.y;
  const aside = titleAside(node, style);
  const { max } = widthRange(isSection, style, frame, frame.leafWidth, false);
  const wrapped = wrapText(node.title, titleRoom(max, padX, aside, font), style.measureText, font);
  // The header holds the title with padY above it and padY between it and the first children.
  const header = Math.ceil(padY + textHeight(wrapped.lines.length, font.size, style.lineHeight) + padY);
  return {
    compound: true,
    padding: { top: header, right: padX, bottom: padX, left: padX },
    minWidth: Math.ceil(wrapped.width + 2 * padX + aside),
    minHeight: header + padX,
  };
}

/**
 * Sizes every box before layout: childless topics (and empty sections) get a fixed size from
 * their title wrapped within the widths of `frame` (a section listed in `sectionWidths` has that
 * width instead of `frame.sectionWidth` to share among its topic columns), sections and topics
 * with subtopics get padding with room for their title on top and a minimum width that fits it.
 */
export function measureBoxes(
  graph: RoadmapGraph,
  style: LayoutStyle,
  frame: BoxFrame,
  sectionWidths: ReadonlyMap<string, number> = new Map(),
): Map<string, BoxMetrics> {
  const metrics = new Map<string, BoxMetrics>();
  // Room inside each container across the topic columns, from the section inwards.
  const room = new Map<string, number>();
  for (const node of graph.nodes.values()) {
    const compound = node.children.length > 0;
    if (node.parent === null) room.set(node.id, (sectionWidths.get(node.id) ?? frame.sectionWidth) - 2 * style.sectionPadding);
    else if (compound) room.set(node.id, (room.get(node.parent) as number) - 2 * style.topicPadding.x);
    let leafWidth = frame.leafWidth;
    if (frame.columnGap !== undefined && node.parent !== null) {
      const inside = Math.max(room.get(node.parent) as number, 4 * style.topicFont.size);
      leafWidth = columnWidth(inside, frame.columnGap, style.maxTopicWidth, style.minTopicWidth);
    }
    metrics.set(node.id, compound ? compoundMetrics(node, style, frame) : leafMetrics(node, style, frame, leafWidth));
  }
  return metrics;
}
