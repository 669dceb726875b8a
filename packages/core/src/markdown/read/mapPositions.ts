import type { Nodes } from 'mdast';

type Point = NonNullable<Nodes['position']>['start'];

/** Calls `visit` on the start and end point of every node under (and including) `nodes`. */
export function forEachPoint(nodes: readonly Nodes[], visit: (point: Point) => void): void {
  const stack = [...nodes];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.position) {
      visit(node.position.start);
      visit(node.position.end);
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
}

/** Moves positions read from a slice of a text to where the slice starts: `lines` down, `offset` on. */
export function shiftPositions(nodes: readonly Nodes[], lines: number, offset: number): void {
  if (!lines && !offset) return;
  forEachPoint(nodes, (point) => {
    point.line += lines;
    if (point.offset !== undefined) point.offset += offset;
  });
}

/**
 * Where a line of a container's content came from: line `line` of the text, which starts at
 * offset `start`. The content line is `synthetic` added characters (the spaces left of a tab
 * split by the container's indentation, or a placeholder) followed by the text's line from
 * index `from` on.
 */
export interface LineOrigin {
  line: number;
  start: number;
  synthetic: number;
  from: number;
}

/** Moves positions read from a container's content back to the text the content came from. */
export function mapPositions(nodes: readonly Nodes[], origins: readonly LineOrigin[]): void {
  forEachPoint(nodes, (point) => {
    const origin = origins[point.line - 1] ?? origins.at(-1)!;
    const index = point.column - 1;
    const at = index < origin.synthetic ? origin.from : origin.from + index - origin.synthetic;
    point.line = origin.line;
    point.column = at + 1;
    point.offset = origin.start + at;
  });
}

/** A fresh point at `offset` of a line that starts at `lineStart`. */
export function pointAt(line: number, lineStart: number, offset: number): Point {
  return { line, column: offset - lineStart + 1, offset };
}
