import { LIMITS } from '../schema/limits.js';
import type { Point } from '../schema/roadmapSchema.js';
import type { LayoutDirection } from './types.js';

/**
 * A route within {@link LIMITS.maxRoutePoints}, which a baked layout is held to: ELK can route
 * an edge through a crowded section with dozens of bends (68 points for one prerequisite of the
 * 2,000-topic benchmark roadmap), and a layout must pass its own checks. Past the limit the route
 * keeps its two ends, on the boxes' borders, joined by one orthogonal jog halfway along the flow;
 * a route within the limit is returned as it is.
 *
 * @example
 * capRoute(longRoute, 'DOWN'); // [start, { x: start.x, y: mid }, { x: end.x, y: mid }, end]
 */
export function capRoute(points: readonly Point[], direction: LayoutDirection): readonly Point[] {
  if (points.length <= LIMITS.maxRoutePoints) return points;
  const start = points[0]!;
  const end = points[points.length - 1]!;
  if (direction === 'DOWN') {
    const mid = Math.round(start.y + end.y) / 2;
    return [start, { x: start.x, y: mid }, { x: end.x, y: mid }, end];
  }
  const mid = Math.round(start.x + end.x) / 2;
  return [start, { x: mid, y: start.y }, { x: mid, y: end.y }, end];
}
