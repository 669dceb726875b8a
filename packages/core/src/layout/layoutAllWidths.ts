import type { RoadmapGraph } from '../graph/types.js';
import type { BakedLayout, RoadmapLayout } from '../schema/roadmapSchema.js';
import { layoutRoadmap } from './layoutRoadmap.js';
import { toBakedLayout } from './toBakedLayout.js';
import type { LayoutOptions } from './types.js';
import { WIDTH_CLASS_NAMES, type WidthClass } from './widthClasses.js';

/** Options of {@link layoutAllWidths}: those of {@link layoutRoadmap}, and which classes to lay out. */
export interface LayoutAllWidthsOptions extends Omit<LayoutOptions, 'widthClass'> {
  /**
   * The width classes to lay out, in any order.
   * @default every class: ['phone', 'column', 'wide']
   */
  widthClasses?: readonly WidthClass[];
}

/**
 * Lays a roadmap out for several width classes (one after the other, on the same engine) and
 * returns the block to bake into the file with {@link withBakedLayout}: every layout under the
 * one content hash, written compactly (see `bakedViewSchema`).
 *
 * @example
 * const baked = await layoutAllWidths(buildGraph(roadmap), { engine: createElkEngine() });
 * await writeFile('roadmap.json', stringifyRoadmap(withBakedLayout(roadmap, baked)));
 */
export async function layoutAllWidths(graph: RoadmapGraph, options: LayoutAllWidthsOptions): Promise<BakedLayout> {
  const wanted = new Set(options.widthClasses ?? WIDTH_CLASS_NAMES);
  if (!WIDTH_CLASS_NAMES.some((name) => wanted.has(name))) {
    throw new RangeError("layoutAllWidths: options.widthClasses must name at least one of 'phone', 'column' and 'wide'");
  }
  const layouts: RoadmapLayout[] = [];
  for (const widthClass of WIDTH_CLASS_NAMES) {
    if (wanted.has(widthClass)) layouts.push(await layoutRoadmap(graph, { ...options, widthClass }));
  }
  return toBakedLayout(graph.roadmap, layouts, options.direction ?? 'DOWN');
}
