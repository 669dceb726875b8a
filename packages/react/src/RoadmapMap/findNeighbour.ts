import type { Rect } from './buildMapModel.js';

/** A direction of an arrow key. */
export type Direction = 'up' | 'down' | 'left' | 'right';

/** Gap between [a0, a1] and [b0, b1]; 0 when they overlap. */
function gap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, b0 - a1, a0 - b1);
}

/**
 * The topic an arrow key moves to: the nearest box whose centre lies that way, as readers
 * expect from a picture. Boxes in line come first (overlapping rows for left and right,
 * overlapping columns for up and down), then boxes within 45° of the direction, then any box
 * that way. Ties go to the earlier topic in `targets` (topological order). `undefined` when
 * nothing lies that way.
 *
 * @example
 * findNeighbour(model.targets, 'python-syntax', 'right'); // 'control-flow'
 */
export function findNeighbour(targets: ReadonlyMap<string, Rect>, fromId: string, direction: Direction): string | undefined {
  const from = targets.get(fromId);
  if (!from) return undefined;
  const horizontal = direction === 'left' || direction === 'right';
  const sign = direction === 'right' || direction === 'down' ? 1 : -1;
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  let best: { id: string; score: number; tier: number } | undefined;
  for (const [id, rect] of targets) {
    if (id === fromId) continue;
    const dx = rect.x + rect.width / 2 - cx;
    const dy = rect.y + rect.height / 2 - cy;
    const primary = (horizontal ? dx : dy) * sign;
    if (primary <= 0.5) continue;
    const offset = horizontal
      ? gap(from.y, from.y + from.height, rect.y, rect.y + rect.height)
      : gap(from.x, from.x + from.width, rect.x, rect.x + rect.width);
    const tier = offset === 0 ? 0 : offset <= primary ? 1 : 2;
    const score = primary + 2 * offset;
    if (!best || tier < best.tier || (tier === best.tier && score < best.score)) best = { id, score, tier };
  }
  return best?.id;
}
