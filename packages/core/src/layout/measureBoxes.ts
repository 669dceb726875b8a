import type { GraphNode, RoadmapGraph } from '../graph/types.js';
import type { LayoutStyle } from './resolveLayoutStyle.js';
import { wrapText } from './wrapText.js';

/** Insets of a box around its children, in pixels. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What ELK needs to know about the size of one node before layout. */
export type BoxMetrics =
  | { compound: false; width: number; height: number }
  | { compound: true; padding: Insets; minWidth: number; minHeight: number };

function textHeight(lines: number, size: number, lineHeight: number): number {
  return lines * size * lineHeight;
}

/** Width a renderer puts beside a section's title (its progress count, a "pick one" mark). */
function titleAside(node: GraphNode, style: LayoutStyle): number {
  if (node.kind !== 'section') return 0;
  return style.sectionTitleAside + (node.choice ? style.choiceTitleAside : 0);
}

/** Sizes a childless section or topic so that its wrapped title fits. */
function leafMetrics(node: GraphNode, style: LayoutStyle): BoxMetrics {
  const isSection = node.kind === 'section';
  const font = isSection ? style.sectionFont : style.topicFont;
  const padX = isSection ? style.sectionPadding : style.topicPadding.x;
  const padY = isSection ? style.sectionPadding : style.topicPadding.y;
  const maxWidth = isSection ? 2 * style.maxTopicWidth : style.maxTopicWidth;
  const minWidth = isSection ? style.maxTopicWidth : style.minTopicWidth;
  const aside = titleAside(node, style);
  const wrapped = wrapText(node.title, maxWidth - 2 * padX - aside, style.measureText, font);
  const width = Math.min(maxWidth, Math.max(minWidth, Math.ceil(wrapped.width + 2 * padX + aside)));
  const height = Math.ceil(textHeight(wrapped.lines.length, font.size, style.lineHeight) + 2 * padY);
  return { compound: false, width, height };
}

/** A box with children: its title sits in a header band that the children stay below. */
function compoundMetrics(node: GraphNode, style: LayoutStyle): BoxMetrics {
  const isSection = node.kind === 'section';
  const font = isSection ? style.sectionFont : style.topicFont;
  const padX = isSection ? style.sectionPadding : style.topicPadding.x;
  const padY = isSection ? style.sectionPadding : style.topicPadding.y;
  const aside = titleAside(node, style);
  const maxTitleWidth = (isSection ? 2 * style.maxTopicWidth : style.maxTopicWidth) - 2 * padX - aside;
  const wrapped = wrapText(node.title, maxTitleWidth, style.measureText, font);
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
 * their wrapped title, sections and topics with subtopics get padding with room for their title
 * on top and a minimum width that fits it.
 */
export function measureBoxes(graph: RoadmapGraph, style: LayoutStyle): Map<string, BoxMetrics> {
  const metrics = new Map<string, BoxMetrics>();
  for (const node of graph.nodes.values()) {
    metrics.set(node.id, node.children.length > 0 ? compoundMetrics(node, style) : leafMetrics(node, style));
  }
  return metrics;
}
