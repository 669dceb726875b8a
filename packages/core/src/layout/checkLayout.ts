import { LAYOUT_VERSION } from '../schema/layoutValues.js';
import type { Roadmap, RoadmapLayout } from '../schema/roadmapSchema.js';
import { roadmapContentHash } from './roadmapContentHash.js';
import { roadmapNodeIds } from './roadmapNodeIds.js';

/** Whether a layout of one width class can be drawn for a roadmap. */
export type LayoutStatus = { status: 'fresh'; layout: RoadmapLayout } | { status: 'stale'; reason: string };

/**
 * Tells whether a layout of one width class (from {@link layoutRoadmap}, or one a host passes in,
 * checked with `roadmapLayoutSchema` first) belongs to `roadmap`: the current format, the same
 * content hash, and a box for every section and topic.
 */
export function checkLayout(roadmap: Roadmap, layout: RoadmapLayout): LayoutStatus {
  if (layout.version !== LAYOUT_VERSION) return { status: 'stale', reason: 'computed by an older version' };
  if (layout.hash !== roadmapContentHash(roadmap)) return { status: 'stale', reason: 'computed for other content' };
  const boxed = new Set(layout.nodes.map((box) => box.id));
  const missing = roadmapNodeIds(roadmap).find((id) => !boxed.has(id));
  if (missing !== undefined) return { status: 'stale', reason: `has no box for "${missing}"` };
  return { status: 'fresh', layout };
}
