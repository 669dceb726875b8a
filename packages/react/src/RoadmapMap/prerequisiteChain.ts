import { prerequisitesOf, type RoadmapGraph } from '@roadmap-graph/core';

function addWithSubtopics(graph: RoadmapGraph, id: string, into: Set<string>, withSectionTopics = false): void {
  const stack = [id];
  while (stack.length) {
    const at = stack.pop()!;
    if (into.has(at)) continue;
    into.add(at);
    const node = graph.nodes.get(at);
    if (node && (withSectionTopics || node.kind !== 'section')) stack.push(...node.children);
  }
}

/**
 * What to keep lit when a topic is selected: the topic with its subtopics (a selected section
 * with all its topics), every prerequisite all the way back (a topic with subtopics together
 * with them), and the topic's containers.
 *
 * A section that is a prerequisite (the previous section, or one named in `requires`) is kept
 * lit as a box with its arrows, but its topics are not all lit: in a roadmap whose sections
 * follow one another, a late topic would otherwise light up nearly everything, and the path of
 * explicit prerequisites, the thing a reader wants to trace, would drown. `null` for an unknown id.
 */
export function prerequisiteChain(graph: RoadmapGraph, id: string): Set<string> | null {
  const node = graph.nodes.get(id);
  if (!node) return null;
  const chain = new Set<string>();
  addWithSubtopics(graph, id, chain, true);
  for (const prerequisite of prerequisitesOf(graph, id, { transitive: true })) addWithSubtopics(graph, prerequisite, chain);
  for (let parent = node.parent; parent !== null; parent = graph.nodes.get(parent)?.parent ?? null) chain.add(parent);
  return chain;
}
