import {
  bakedLayoutFor,
  checkBakedLayout,
  type LayoutDirection,
  type Roadmap,
  type RoadmapGraph,
  type RoadmapLayout,
  type ValidationError,
  type WidthClass,
} from '@roadmap-graph/core';
import type { ValidatedRoadmap } from './trustedRoadmaps.js';

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
 * Where the layout of a valid roadmap comes from when none is given (see planRoadmapData): its
 * baked layout for `widthClass` when it is fresh and has the wanted direction, else a computation
 * for that class, in the stale layout's own direction unless `direction` says otherwise. Loads
 * no zod, so the element's first map plans with it too.
 */
export function planBakedLayout(
  { roadmap, graph, baked: known }: ValidatedRoadmap,
  direction: LayoutDirection | undefined,
  widthClass: WidthClass = DEFAULT_WIDTH_CLASS,
): RoadmapDataPlan {
  const baked = known ?? checkBakedLayout(roadmap);
  const drawn = bakedLayoutFor(roadmap, widthClass, baked);
  if (baked.status === 'fresh' && drawn !== undefined && (direction === undefined || baked.layout.direction === direction)) {
    return { status: 'ready', roadmap, graph, layout: drawn };
  }
  const bakedDirection = baked.status === 'fresh' ? baked.layout.direction : baked.status === 'stale' ? baked.direction : undefined;
  return { status: 'compute', roadmap, graph, direction: direction ?? bakedDirection ?? 'DOWN', widthClass };
}
