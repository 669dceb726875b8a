import type { Roadmap, RoadmapLayout } from '../schema/roadmapSchema.js';
import { fromBakedView } from './bakedViews.js';
import { checkBakedLayout, type BakedLayoutStatus } from './checkBakedLayout.js';
import { roadmapNodeIds } from './roadmapNodeIds.js';
import type { WidthClass } from './widthClasses.js';

/**
 * The baked layout of `roadmap` for one width class, ready to draw, or `undefined` when the
 * roadmap has no fresh baked layout (see {@link checkBakedLayout}) or none for that class. Pass
 * `status`, the result of `checkBakedLayout(roadmap)`, when it is already known (checked in a
 * worker, say), to skip hashing the roadmap again.
 *
 * @example
 * const layout = bakedLayoutFor(roadmap, widthClassFor(container.clientWidth))
 *   ?? (await layoutRoadmap(graph, { engine, widthClass }));
 */
export function bakedLayoutFor(roadmap: Roadmap, widthClass: WidthClass, status?: BakedLayoutStatus): RoadmapLayout | undefined {
  const checked = status ?? checkBakedLayout(roadmap);
  if (checked.status !== 'fresh') return undefined;
  const view = checked.layout.views[widthClass];
  if (view === undefined) return undefined;
  return fromBakedView(view, roadmapNodeIds(roadmap), { hash: checked.layout.hash, widthClass });
}
