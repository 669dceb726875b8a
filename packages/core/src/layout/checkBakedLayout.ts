import type { BakedLayout, Roadmap } from '../schema/roadmapSchema.js';
import { LAYOUT_VERSION } from '../schema/layoutValues.js';
import { roadmapContentHash } from './roadmapContentHash.js';
import { roadmapNodeIds } from './roadmapNodeIds.js';
import type { LayoutDirection } from './types.js';
import { WIDTH_CLASS_NAMES } from './widthClasses.js';

/** Whether a roadmap carries a baked layout, and whether it still matches the content. */
export type BakedLayoutStatus =
  | { status: 'missing' }
  | { status: 'fresh'; layout: BakedLayout }
  | {
      status: 'stale';
      /** Why the layout cannot be drawn, in words for a person (and a CLI warning). */
      reason: string;
      /** The direction it was baked in, when known: a renderer may lay out again in the same one. */
      direction: LayoutDirection | undefined;
    };

const AGAIN = 'run `roadmap-graph layout` again';

/**
 * Tells whether the baked `layout` of a roadmap (one from {@link parseRoadmap}, which has checked
 * its shape and limits) can be drawn as is. `fresh`: it is the current format, its hash matches
 * {@link roadmapContentHash}, and each of its width classes has exactly one box per section and
 * topic. `stale`, with the reason: it was made by an older version, the roadmap changed since,
 * or its boxes do not match the roadmap (renderers lay the roadmap out again instead of drawing a
 * wrong or blank map). `missing`: there is none.
 */
export function checkBakedLayout(roadmap: Roadmap): BakedLayoutStatus {
  const layout = roadmap.layout;
  if (layout === undefined) return { status: 'missing' };
  const direction = (layout as { direction?: unknown }).direction;
  const known = direction === 'DOWN' || direction === 'RIGHT' ? direction : undefined;
  if (layout.version !== LAYOUT_VERSION) {
    return { status: 'stale', reason: `computed by an older version; ${AGAIN}`, direction: known };
  }
  if (layout.hash !== roadmapContentHash(roadmap)) {
    return { status: 'stale', reason: `the roadmap changed since its layout was computed; ${AGAIN}`, direction: known };
  }
  const count = roadmapNodeIds(roadmap).length;
  for (const name of WIDTH_CLASS_NAMES) {
    const view = layout.views[name];
    if (view !== undefined && view.boxes.length !== count) {
      return {
        status: 'stale',
        reason: `the ${name} layout has ${view.boxes.length} boxes for ${count} sections and topics; ${AGAIN}`,
        direction: known,
      };
    }
  }
  return { status: 'fresh', layout };
}
