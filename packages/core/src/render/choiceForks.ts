import type { RoadmapGraph } from '../graph/types.js';
import type { LayoutBox } from '../schema/roadmapSchema.js';

/** Where an "or" goes between two alternatives, in layout coordinates (its centre). */
export interface ChoiceFork {
  /** The container whose children are alternatives. */
  choice: string;
  /** The two alternatives it stands between, in reading order. */
  between: [string, string];
  x: number;
  y: number;
}

function centreOfOverlap(start1: number, end1: number, start2: number, end2: number): number {
  const start = Math.max(start1, start2);
  const end = Math.min(end1, end2);
  // Without overlap, halfway between the two centres.
  return start < end ? (start + end) / 2 : (start1 + end1 + start2 + end2) / 4;
}

/**
 * Where to draw the "or" between neighbouring alternatives of every choice (Flask *or*
 * Django), so a fork in the path reads as one: in the gap between each two consecutive
 * alternatives, side by side or one above the other. Renderers (the map, the static SVG) draw
 * the same marks from this.
 *
 * @example
 * for (const fork of choiceForks(graph, new Map(layout.nodes.map((box) => [box.id, box])))) drawOr(fork.x, fork.y);
 */
export function choiceForks(graph: RoadmapGraph, boxes: ReadonlyMap<string, LayoutBox>): ChoiceFork[] {
  const forks: ChoiceFork[] = [];
  for (const node of graph.nodes.values()) {
    if (!node.choice) continue;
    const alternatives = node.children.filter((id) => boxes.has(id));
    for (let i = 1; i < alternatives.length; i++) {
      const first = alternatives[i - 1]!;
      const second = alternatives[i]!;
      const a = boxes.get(first)!;
      const b = boxes.get(second)!;
      const [left, right] = a.x <= b.x ? [a, b] : [b, a];
      const [upper, lower] = a.y <= b.y ? [a, b] : [b, a];
      const sideBySide = left.x + left.width <= right.x;
      const x = sideBySide ? (left.x + left.width + right.x) / 2 : centreOfOverlap(a.x, a.x + a.width, b.x, b.x + b.width);
      const y = sideBySide ? centreOfOverlap(a.y, a.y + a.height, b.y, b.y + b.height) : (upper.y + upper.height + lower.y) / 2;
      forks.push({ choice: node.id, between: [first, second], x, y });
    }
  }
  return forks;
}
