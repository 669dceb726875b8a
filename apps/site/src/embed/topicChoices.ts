import type { RoadmapGraph } from '@roadmap-graph/core';

/** The topics of one section that the embed can open on load. */
export interface TopicGroup {
  section: string;
  topics: { id: string; label: string }[];
}

/** Every topic and subtopic in document order, grouped by section, subtopics indented. */
export function topicChoices(graph: RoadmapGraph | undefined): TopicGroup[] {
  if (!graph) return [];
  const groups = new Map<string, TopicGroup>();
  for (const node of graph.nodes.values()) {
    if (node.kind === 'section') {
      groups.set(node.id, { section: node.title, topics: [] });
      continue;
    }
    // Leading spaces collapse in <option>; no-break spaces show the nesting.
    const indent = '\u00a0\u00a0\u00a0'.repeat(Math.max(0, node.depth - 1));
    groups.get(node.section)?.topics.push({ id: node.id, label: `${indent}${node.title}` });
  }
  return [...groups.values()].filter((group) => group.topics.length > 0);
}
