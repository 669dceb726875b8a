import type { BakedLayout, Roadmap } from '../schema/roadmapSchema.js';

/**
 * Returns a copy of `roadmap` with `layout` set, keys in the order the format documents
 * (`$schema`, `id`, `title`, `description`, `sections`, `layout`), so a baked file diffs
 * cleanly. Does not check that the layout is fresh: compute it with {@link layoutAllWidths}
 * from the same roadmap, or check it with {@link checkBakedLayout}.
 */
export function withBakedLayout(roadmap: Roadmap, layout: BakedLayout): Roadmap {
  const baked: Roadmap = {} as Roadmap;
  if (roadmap.$schema !== undefined) baked.$schema = roadmap.$schema;
  baked.id = roadmap.id;
  baked.title = roadmap.title;
  if (roadmap.description !== undefined) baked.description = roadmap.description;
  baked.sections = roadmap.sections;
  baked.layout = layout;
  return baked;
}
