import {
  checkLayout,
  formatPath,
  roadmapLayoutSchema,
  type LayoutDirection,
  type RoadmapLayout,
  type WidthClass,
} from '@roadmap-graph/core';
import type { ParsedRoadmap } from './parseRoadmapInput.js';
import { DEFAULT_WIDTH_CLASS, planBakedLayout, type RoadmapDataPlan } from './planBakedLayout.js';

export { DEFAULT_WIDTH_CLASS, type RoadmapDataPlan } from './planBakedLayout.js';

/**
 * Decides where the layout comes from: the `layout` option when it matches the roadmap (it
 * wins over `direction` and the width class), else the roadmap's baked layout for `widthClass`
 * when it is fresh and has the wanted direction, else a computation for that class. A stale
 * layout is recomputed in its own direction unless `direction` says otherwise; a malformed
 * `layout` option is reported with paths.
 */
export function planRoadmapData(
  parsed: ParsedRoadmap,
  layout: unknown,
  direction: LayoutDirection | undefined,
  widthClass: WidthClass = DEFAULT_WIDTH_CLASS,
): RoadmapDataPlan {
  if (!parsed.ok) return { status: 'error', errors: parsed.errors };
  const { roadmap, graph } = parsed;
  if (layout !== undefined && layout !== null) {
    const shape = roadmapLayoutSchema.safeParse(layout);
    if (!shape.success) {
      return {
        status: 'error',
        errors: shape.error.issues.map((issue) => ({ path: formatPath(['layout', ...issue.path]), message: issue.message })),
      };
    }
    // The caller's object itself, not zod's copy: the map memoises on its identity.
    const given = checkLayout(roadmap, layout as RoadmapLayout);
    if (given.status === 'fresh') return { status: 'ready', roadmap, graph, layout: given.layout };
    return { status: 'compute', roadmap, graph, direction: direction ?? shape.data.direction, widthClass };
  }
  return planBakedLayout(parsed, direction, widthClass);
}
