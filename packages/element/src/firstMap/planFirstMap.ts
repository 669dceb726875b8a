import { checkBakedLayout, widthClassFor, type BakedLayoutStatus, type LayoutDirection, type Roadmap, type RoadmapGraph, type RoadmapLayout } from '@roadmap-graph/core';
import { parseRoadmapInput, planRoadmapData } from '@roadmap-graph/react/internal';

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
 * Validates the element's data, as the map will (page data is untrusted: nothing is drawn from
 * data that fails), and picks the layout the map will draw: the `layout` property or the baked
 * layout of the width class, when fresh. `undefined` when the data is invalid or its layout must
 * be computed first: the interactive map then reports or computes it, as before.
 */
export function planFirstMap(data: unknown, { layout, direction, width }: FirstMapOptions): FirstMapPlan | undefined {
  // Text goes to the worker (Markdown, long JSON) and comes back as an object already checked.
  if (typeof data !== 'object' || data === null || width <= 2) return undefined;
  const parsed = parseRoadmapInput(data);
  if (!parsed.ok) return undefined;
  // Hashed once here; the interactive map is handed the status (see mountInteractive).
  const baked = parsed.baked ?? checkBakedLayout(parsed.roadmap);
  // The map's own width class: the root less its 1 px borders (see the React package's RoadmapGraph).
  const plan = planRoadmapData({ ...parsed, baked }, layout, direction, widthClassFor(width - 2));
  if (plan.status !== 'ready') return undefined;
  return { roadmap: plan.roadmap, graph: plan.graph, baked, layout: plan.layout };
}
