import type { LayoutBox, LayoutEdge } from '../schema/roadmapSchema.js';
import type { LayoutDirection } from './types.js';

/** A route's end stays at least this far inside a box's side, clear of its rounded corner. */
const CORNER = 10;

/**
 * Takes the small jogs out of arrows between boxes that face each other. ELK ends every arrow
 * at the middle of a box's side, so an arrow between two boxes a little apart across the flow
 * runs down, a few pixels sideways and down again. Where the two boxes share a stretch across
 * the flow and a straight line between them crosses no other box, the arrow becomes that
 * straight line, still leaving and arriving on the same sides. Other routes stay as they are.
 */
export function straightenJogs(edges: readonly LayoutEdge[], boxes: ReadonlyMap<string, LayoutBox>, direction: LayoutDirection): LayoutEdge[] {
  const down = direction === 'DOWN';
  const across = (box: LayoutBox): [number, number] => (down ? [box.x, box.x + box.width] : [box.y, box.y + box.height]);
  const along = (box: LayoutBox): [number, number] => (down ? [box.y, box.y + box.height] : [box.x, box.x + box.width]);
  const all = [...boxes.values()];
  return edges.map((edge) => {
    const { points } = edge;
    if (points.length !== 4) return edge;
    const source = boxes.get(edge.source);
    const target = boxes.get(edge.target);
    if (!source || !target) return edge;
    const [first, , , last] = points as [LayoutEdge['points'][0], unknown, unknown, LayoutEdge['points'][0]];
    const start = down ? first.y : first.x;
    const end = down ? last.y : last.x;
    // Only arrows leaving the source's far side and reaching the target's near side.
    if (start !== along(source)[1] || end !== along(target)[0] || end <= start) return edge;
    const [a0, a1] = across(source);
    const [b0, b1] = across(target);
    const low = Math.max(a0, b0) + CORNER;
    const high = Math.min(a1, b1) - CORNER;
    if (low > high) return edge;
    const wanted = ((down ? first.x : first.y) + (down ? last.x : last.y)) / 2;
    const at = Math.min(high, Math.max(low, wanted));
    const blocked = all.some((box) => {
      if (box === source || box === target) return false;
      const [c0, c1] = across(box);
      const [d0, d1] = along(box);
      // Containers (sections, groups) hold both ends; only boxes between them block the line.
      const container = c0 <= Math.min(a0, b0) && c1 >= Math.max(a1, b1) && d0 <= start && d1 >= end;
      return !container && c0 < at && at < c1 && d0 < end && d1 > start;
    });
    if (blocked) return edge;
    const straight = down ? [{ x: at, y: start }, { x: at, y: end }] : [{ x: start, y: at }, { x: end, y: at }];
    return { ...edge, points: straight };
  });
}
