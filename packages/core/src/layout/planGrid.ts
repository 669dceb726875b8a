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
  /** Space between rows. */
  layerSpacing: number;
  /** Wanted cross extent divided by main extent of the whole grid. */
  aspectRatio: number;
}

/** Boxes per row so that the grid comes out close to the wanted aspect ratio. */
function rowCapacity(items: readonly GridItem[], shape: GridShape): number {
  const n = items.length;
  let main = 0;
  let cross = 0;
  for (const item of items) {
    main += item.main + shape.layerSpacing;
    cross += item.cross + shape.nodeSpacing;
  }
  // n items in rows of k: cross extent ≈ k·avgCross, main extent ≈ (n/k)·avgMain.
  const k = Math.round(Math.sqrt((shape.aspectRatio * n * (main / n)) / (cross / n)));
  return Math.min(n, Math.max(Math.min(n, 3), k));
}

/**
 * Wraps sibling boxes into rows, so that a section with many independent topics becomes a
 * compact grid instead of one very long row. Rows fill in document order; a box goes below
 * every sibling it depends on (`predecessors`, lifted to siblings). Dependency cycles among the
 * lifted edges (possible when subtopics require each other across parents) are broken in
 * document order. Returns the rows, each in document order.
 */
export function planGrid(
  items: readonly GridItem[],
  predecessors: ReadonlyMap<string, ReadonlySet<string>>,
  shape: GridShape,
): string[][] {
  if (items.length === 0) return [];
  const capacity = rowCapacity(items, shape);
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
    while ((rows[row]?.length ?? 0) >= capacity) row += 1;
    rowOf[i] = row;
    if (row === rows.length) rows.push([]);
    (rows[row] as number[]).push(i);
    for (const next of successors[i] as number[]) {
      waitingFor[next] = (waitingFor[next] as number) - 1;
      if (waitingFor[next] === 0 && rowOf[next] === -1) ready.push(next);
    }
  }
  return rows.map((row) => row.sort((a, b) => a - b).map((i) => (items[i] as GridItem).id));
}
