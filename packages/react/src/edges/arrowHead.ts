import type { Point } from '@roadmap-graph/core';

/** An arrowhead at the end of a route, and the route shortened so its stroke stops under it. */
export interface ArrowHead {
  /** The filled triangle, its tip on the route's last point. */
  path: string;
  /** The route with its last point pulled back into the arrowhead. */
  points: Point[];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Draws the arrowhead as part of the edge (rather than an SVG marker): no document-wide ids to
 * collide between several maps on a page or to break inside a shadow root, and the colour
 * follows the edge's CSS.
 */
export function arrowHead(points: readonly Point[], length = 9, width = 8): ArrowHead {
  const tip = points[points.length - 1];
  let from: Point | undefined;
  for (let i = points.length - 2; i >= 0 && !from; i--) {
    const p = points[i]!;
    if (tip && (p.x !== tip.x || p.y !== tip.y)) from = p;
  }
  if (!tip || !from) return { path: '', points: [...points] };
  const distance = Math.hypot(tip.x - from.x, tip.y - from.y);
  const ux = (tip.x - from.x) / distance;
  const uy = (tip.y - from.y) / distance;
  const base = { x: tip.x - ux * length, y: tip.y - uy * length };
  const half = width / 2;
  const left = { x: base.x - uy * half, y: base.y + ux * half };
  const right = { x: base.x + uy * half, y: base.y - ux * half };
  // The stroke ends inside the head, short of the tip, so a thick or dashed line never pokes out.
  const pull = Math.min(length * 0.6, distance);
  const shortened = [...points.slice(0, -1), { x: tip.x - ux * pull, y: tip.y - uy * pull }];
  return {
    path: `M${round(tip.x)} ${round(tip.y)}L${round(left.x)} ${round(left.y)}L${round(right.x)} ${round(right.y)}Z`,
    points: shortened,
  };
}
