import type { BakedView, LayoutBox, LayoutEdge, RoadmapLayout } from '../schema/roadmapSchema.js';
import type { WidthClass } from './widthClasses.js';

/**
 * Writes a layout in the compact form of a baked view: boxes as `[x, y, width, height]` in the
 * order of `ids` (the roadmap's sections and topics in document order), edges as
 * `[source, target, kind, [x0, y0, …]]` with indices into that order. Throws when the layout has
 * no box for one of `ids`, or an edge between boxes it does not have.
 */
export function toBakedView(layout: RoadmapLayout, ids: readonly string[]): BakedView {
  const boxes = new Map(layout.nodes.map((box) => [box.id, box]));
  const index = new Map(ids.map((id, i) => [id, i]));
  const at = (id: string, what: string): number => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`toBakedView: ${what} "${id}" is not a section or topic of the roadmap`);
    return i;
  };
  return {
    direction: layout.direction,
    width: layout.width,
    height: layout.height,
    boxes: ids.map((id) => {
      const box = boxes.get(id);
      if (box === undefined) throw new Error(`toBakedView: the ${layout.widthClass} layout has no box for "${id}"`);
      return [box.x, box.y, box.width, box.height];
    }),
    edges: layout.edges.map((edge) => [
      at(edge.source, 'edge source'),
      at(edge.target, 'edge target'),
      edge.kind,
      edge.points.flatMap((p) => [p.x, p.y]),
    ]),
  };
}

/** Reads a baked view back into a {@link RoadmapLayout}; `ids` must be the roadmap's ids in document order. */
export function fromBakedView(
  view: BakedView,
  ids: readonly string[],
  meta: { hash: string; widthClass: WidthClass },
): RoadmapLayout {
  const nodes: LayoutBox[] = view.boxes.map(([x, y, width, height], i) => ({ id: ids[i] as string, x, y, width, height }));
  const edges: LayoutEdge[] = view.edges.map(([s, t, kind, route]) => {
    const source = ids[s] as string;
    const target = ids[t] as string;
    const points = [];
    for (let k = 0; k + 1 < route.length; k += 2) points.push({ x: route[k] as number, y: route[k + 1] as number });
    return { id: `${kind}:${source}->${target}`, kind, source, target, points };
  });
  return {
    version: 2,
    hash: meta.hash,
    direction: view.direction,
    widthClass: meta.widthClass,
    width: view.width,
    height: view.height,
    nodes,
    edges,
  };
}
