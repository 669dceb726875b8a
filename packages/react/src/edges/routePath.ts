import type { Point } from '@roadmap-graph/core';

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The SVG path of a polyline route with rounded corners: straight segments joined by quadratic
 * curves whose control point is the corner itself, so every point of the route appears in the
 * path and the route is drawn exactly where the layout put it.
 *
 * @param radius Largest corner radius; smaller where the segments are short.
 * @example
 * routePath([{ x: 0, y: 0 }, { x: 0, y: 50 }, { x: 80, y: 50 }], 8); // 'M0 0L0 42Q0 50 8 50L80 50'
 */
export function routePath(points: readonly Point[], radius = 8): string {
  const [first] = points;
  if (!first) return '';
  let d = `M${round(first.x)} ${round(first.y)}`;
  for (let i = 1; i < points.length; i++) {
    const at = points[i]!;
    const before = points[i - 1]!;
    const after = points[i + 1];
    if (!after) {
      d += `L${round(at.x)} ${round(at.y)}`;
      break;
    }
    const inLength = Math.hypot(at.x - before.x, at.y - before.y);
    const outLength = Math.hypot(after.x - at.x, after.y - at.y);
    const r = Math.min(radius, inLength / 2, outLength / 2);
    if (r <= 0.01) {
      d += `L${round(at.x)} ${round(at.y)}`;
      continue;
    }
    const start = { x: at.x - ((at.x - before.x) / inLength) * r, y: at.y - ((at.y - before.y) / inLength) * r };
    const end = { x: at.x + ((after.x - at.x) / outLength) * r, y: at.y + ((after.y - at.y) / outLength) * r };
    d += `L${round(start.x)} ${round(start.y)}Q${round(at.x)} ${round(at.y)} ${round(end.x)} ${round(end.y)}`;
  }
  return d;
}
