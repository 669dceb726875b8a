import { buildGraph, checkBakedLayout, readValidRoadmap, widthClassFor, type BakedLayoutStatus, type LayoutDirection, type Roadmap, type RoadmapGraph, type RoadmapLayout } from '@roadmap-graph/core';
import { planBakedLayout, trustedRoadmap, type ValidatedRoadmap } from '@roadmap-graph/react/internal';

/** A roadmap the first map can draw at once: valid, with a layout for the element's width. */
export interface FirstMapPlan {
  roadmap: Roadmap;
  graph: RoadmapGraph;
  /** The status of its baked layout, so the interactive map need not hash the roadmap again. */
  baked: BakedLayoutStatus;
  layout: RoadmapLayout;
}

/** What the element was given, besides its data. */
export interface FirstMapOptions {
  /** The `layout` property. */
  layout: RoadmapLayout | undefined;
  direction: LayoutDirection | undefined;
  /** Width of the element's frame in pixels (the map's root, borders included). */
  width: number;
}

/**
 * Validates the element's data as the map will (page data is untrusted: nothing is drawn from
 * data that fails), without zod (core's readValidRoadmap, which the page script carries instead
 * of zod), and picks the baked layout of the width class when it is fresh. `undefined` when the
 * data is not valid as it stands (the interactive map then validates it with zod and reports
 * what is wrong, or trims it and shows it), when its layout must be computed first, or when the
 * page gave a `layout` property (which only zod checks): the interactive map takes over, as before.
 */
export function planFirstMap(data: unknown, { layout, direction, width }: FirstMapOptions): FirstMapPlan | undefined {
  // Text goes to the worker (Markdown, long JSON) and comes back as an object already checked.
  if (typeof data !== 'object' || data === null || width <= 2 || layout !== undefined) return undefined;
  const valid = trustedRoadmap(data) ?? readRoadmap(data);
  if (valid === undefined) return undefined;
  // Hashed once here; the interactive map is handed the status (see mountInteractive).
  const baked = valid.baked ?? checkBakedLayout(valid.roadmap);
  // The map's own width class: the root less its 1 px borders (see the React package's RoadmapGraph).
  const plan = planBakedLayout({ ...valid, baked }, direction, widthClassFor(width - 2));
  if (plan.status !== 'ready') return undefined;
  return { roadmap: plan.roadmap, graph: plan.graph, baked, layout: plan.layout };
}

function readRoadmap(data: object): ValidatedRoadmap | undefined {
  const roadmap = readValidRoadmap(data);
  return roadmap === undefined ? undefined : { ok: true, roadmap, graph: buildGraph(roadmap) };
}
