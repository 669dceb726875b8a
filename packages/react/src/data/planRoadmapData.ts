import {
  bakedLayoutFor,
  checkBakedLayout,
  checkLayout,
  formatPath,
  roadmapLayoutSchema,
  type LayoutDirection,
  type Roadmap,
  type RoadmapGraph,
  type RoadmapLayout,
  type ValidationError,
  type WidthClass,
} from '@roadmap-graph/core';
import type { ParsedRoadmap } from './parseRoadmapInput.js';

/**
 * The width class drawn when no container width is known (on the server, where no map is drawn
 * anyway): the wide layout, made to show the whole roadmap on a landscape screen.
 */
export const DEFAULT_WIDTH_CLASS: WidthClass = 'wide';

/** What `useRoadmapData` knows without running a layout. */
export type RoadmapDataPlan =
  | { status: 'error'; errors: ValidationError[] }
  | { status: 'ready'; roadmap: Roadmap; graph: RoadmapGraph; layout: RoadmapLayout }
  | { status: 'compute'; roadmap: Roadmap; graph: RoadmapGraph; direction: LayoutDirection; widthClass: WidthClass }
  /** Valid, but waiting for the container's width before picking a layout (see useRoadmapData). */
  | { status: 'measuring'; roadmap: Roadmap; graph: RoadmapGraph };

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
  const baked = parsed.baked ?? checkBakedLayout(roadmap);
  const drawn = bakedLayoutFor(roadmap, widthClass, baked);
  if (baked.status === 'fresh' && drawn !== undefined && (direction === undefined || baked.layout.direction === direction)) {
    return { status: 'ready', roadmap, graph, layout: drawn };
  }
  const bakedDirection = baked.status === 'fresh' ? baked.layout.direction : baked.status === 'stale' ? baked.direction : undefined;
  return { status: 'compute', roadmap, graph, direction: direction ?? bakedDirection ?? 'DOWN', widthClass };
}
