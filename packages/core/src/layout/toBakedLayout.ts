import { LAYOUT_VERSION } from '../schema/layoutValues.js';
import type { BakedLayout, BakedView, Roadmap, RoadmapLayout } from '../schema/roadmapSchema.js';
import { toBakedView } from './bakedViews.js';
import { roadmapContentHash } from './roadmapContentHash.js';
import { roadmapNodeIds } from './roadmapNodeIds.js';
import type { LayoutDirection } from './types.js';
import type { WidthClass } from './widthClasses.js';

/**
 * The block to bake into a roadmap (with {@link withBakedLayout}) from layouts already computed
 * for it, one per width class: for instance the one class a page laid out in its worker. Throws
 * when a layout was computed for other content or lacks a box for a section or topic.
 *
 * @example
 * const wide = await layoutRoadmap(graph, { engine, widthClass: 'wide' });
 * const file = stringifyRoadmap(withBakedLayout(roadmap, toBakedLayout(roadmap, [wide])));
 */
export function toBakedLayout(roadmap: Roadmap, layouts: readonly RoadmapLayout[], direction?: LayoutDirection): BakedLayout {
  const hash = roadmapContentHash(roadmap);
  const ids = roadmapNodeIds(roadmap);
  const views: Partial<Record<WidthClass, BakedView>> = {};
  for (const layout of layouts) {
    if (layout.hash !== hash) throw new Error(`toBakedLayout: the ${layout.widthClass} layout was computed for other content`);
    views[layout.widthClass] = toBakedView(layout, ids);
  }
  const first = layouts.find((layout) => layout.widthClass !== 'phone') ?? layouts[0];
  if (first === undefined) throw new RangeError('toBakedLayout: give at least one layout');
  return { version: LAYOUT_VERSION, hash, direction: direction ?? first.direction, views };
}
