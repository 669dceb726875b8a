import type { Roadmap, RoadmapLayout, Section, Topic } from '../schema/roadmapSchema.js';
import { roadmapContentHash } from './roadmapContentHash.js';

/** Whether a roadmap carries a baked layout, and whether it still matches the content. */
export type BakedLayoutStatus =
  | { status: 'missing' }
  | { status: 'fresh'; layout: RoadmapLayout }
  | { status: 'stale'; layout: RoadmapLayout };

function everyId(sections: readonly Section[]): string[] {
  const ids: string[] = [];
  const visit = (topics: readonly Topic[]): void => {
    for (const topic of topics) {
      ids.push(topic.id);
      visit(topic.topics ?? []);
    }
  };
  for (const section of sections) {
    ids.push(section.id);
    visit(section.topics);
  }
  return ids;
}

/**
 * Tells whether the baked `layout` of a roadmap can be drawn as is: `fresh` when its hash
 * matches {@link roadmapContentHash} and it has a box for every section and topic, `stale`
 * when the roadmap changed since it was computed (renderers should lay out again), `missing`
 * when there is none.
 */
export function checkBakedLayout(roadmap: Roadmap): BakedLayoutStatus {
  const layout = roadmap.layout;
  if (layout === undefined) return { status: 'missing' };
  if (layout.hash !== roadmapContentHash(roadmap)) return { status: 'stale', layout };
  const boxed = new Set(layout.nodes.map((box) => box.id));
  for (const id of everyId(roadmap.sections)) {
    if (!boxed.has(id)) return { status: 'stale', layout };
  }
  return { status: 'fresh', layout };
}
