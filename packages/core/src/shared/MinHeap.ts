/**
 * A binary min-heap of numbers. Graph code keeps ready nodes in one, so among the nodes that
 * may come next the earliest in document order always does, which makes orders deterministic.
 */
export class MinHeap {
  private readonly items: number[] = [];

  /** How many numbers it holds. */
  get size(): number {
    return this.items.length;
  }

  /** Adds a number. */
  push(value: number): void {
    const items = this.items;
    items.push(value);
    let child = items.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if ((items[parent] as number) <= value) break;
      items[child] = items[parent] as number;
      child = parent;
    }
    items[child] = value;
  }

  /** Removes and returns the smallest number, or `undefined` when empty. */
  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    let parent = 0;
    for (;;) {
      let child = 2 * parent + 1;
      if (child >= items.length) break;
      const right = child + 1;
      if (right < items.length && (items[right] as number) < (items[child] as number)) child = right;
      if ((items[child] as number) >= last) break;
      items[parent] = items[child] as number;
      parent = child;
    }
    items[parent] = last;
    return top;
  }
}
