import { MinHeap } from '../shared/MinHeap.js';

/** A box to place in a grid, measured along the flow (`main`) and across it (`cross`). */
export interface GridItem {
  id: string;
  main: number;
  cross: number;
}

/** How to shape the grid. */
export interface GridShape {
  /** Space between boxes of one row. */
  nodeSpacing: number;
  /**
   * Longest a row may grow across the flow (its width when flowing down), boxes and the spaces
   * between them together. A box wider than this on its own gets a row to itself.
   */
  crossBudget: number;
}

/**
 * Wraps sibling boxes into rows no longer than `crossBudget`, so that a section with many
 * independent topics fills the width it is given instead of making one very long row. Rows
 * fill in document order: each box goes into the first row below every sibling it depends on
 * (`predecessors`, lifted to siblings) that still has room. Dependency cycles among the lifted
 * edges (possible when subtopics require each other across parents) are broken in document
 * order. Returns the rows, each in document order.
 */
export function planGrid(
  items: readonly GridItem[],
  predecessors: ReadonlyMap<string, ReadonlySet<string>>,
  shape: GridShape,
): string[][] {
  if (items.length === 0) return [];
  const indexOf = new Map(items.map((item, i) => [item.id, i]));
  const successors: number[][] = items.map(() => []);
  const waitingFor: number[] = items.map(() => 0);
  items.forEach((item, i) => {
    for (const before of predecessors.get(item.id) ?? []) {
      const b = indexOf.get(before);
      if (b === undefined || b === i) continue;
      (successors[b] as number[]).push(i);
      waitingFor[i] = (waitingFor[i] as number) + 1;
    }
  });

  const rowOf: number[] = items.map(() => -1);
  const rows: number[][] = [];
  const rowCross: number[] = [];
  const ready = new MinHeap();
  items.forEach((_, i) => {
    if (waitingFor[i] === 0) ready.push(i);
  });
  let nextInOrder = 0;
  for (let placed = 0; placed < items.length; placed += 1) {
    let i = ready.pop();
    if (i === undefined) {
      // A cycle among lifted edges: break it at the first unplaced box in document order.
      while (rowOf[nextInOrder] !== -1) nextInOrder += 1;
      i = nextInOrder;
    } else if (rowOf[i] !== -1) {
      placed -= 1;
      continue;
    }
    let row = 0;
    for (const before of predecessors.get((items[i] as GridItem).id) ?? []) {
      const b = indexOf.get(before);
      if (b !== undefined && b !== i && (rowOf[b] as number) >= 0) row = Math.max(row, (rowOf[b] as number) + 1);
    }
    const cross = (items[i] as GridItem).cross;
    while (row < rows.length && (rowCross[row] as number) + shape.nodeSpacing + cross > shape.crossBudget) row += 1;
    rowOf[i] = row;
    if (row === rows.length) {
      rows.push([]);
      rowCross.push(-shape.nodeSpacing);
    }
    (rows[row] as number[]).push(i);
    rowCross[row] = (rowCross[row] as number) + shape.nodeSpacing + cross;
    for (const next of successors[i] as number[]) {
      waitingFor[next] = (waitingFor[next] as number) - 1;
      if (waitingFor[next] === 0 && rowOf[next] === -1) ready.push(next);
    }
  }
  return rows.map((row) => row.sort((a, b) => a - b).map((i) => (items[i] as GridItem).id));
}
