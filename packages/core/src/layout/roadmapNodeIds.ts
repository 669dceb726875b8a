import type { Roadmap, Topic } from '../schema/roadmapSchema.js';

/**
 * Ids of every section and topic of a roadmap in document order: each section followed by its
 * topics, each topic by its subtopics, depth first (the order of `buildGraph(roadmap).nodes`).
 * The boxes of a baked layout are listed in this order.
 */
export function roadmapNodeIds(roadmap: Roadmap): string[] {
  const ids: string[] = [];
  const visit = (topics: readonly Topic[]): void => {
    for (const topic of topics) {
      ids.push(topic.id);
      visit(topic.topics ?? []);
    }
  };
  for (const section of roadmap.sections) {
    ids.push(section.id);
    visit(section.topics);
  }
  return ids;
}
