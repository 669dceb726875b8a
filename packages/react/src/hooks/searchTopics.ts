import type { RoadmapGraph, Topic } from '@roadmap-graph/core';
import { foldText } from './foldText.js';

/** What a search compares against: folded title, tags and resource titles of each topic. */
interface SearchEntry {
  id: string;
  fields: string[];
}

// Built once per graph: a search runs on every keystroke.
const indexes = new WeakMap<RoadmapGraph, SearchEntry[]>();

function indexOf(graph: RoadmapGraph): SearchEntry[] {
  let index = indexes.get(graph);
  if (index === undefined) {
    index = [];
    for (const id of graph.order) {
      const node = graph.nodes.get(id);
      if (node === undefined || node.kind === 'section') continue;
      const topic = node.data as Topic;
      const texts = [node.title, ...(topic.tags ?? []), ...(topic.resources ?? []).map((resource) => resource.title)];
      index.push({ id, fields: texts.map(foldText) });
    }
    indexes.set(graph, index);
  }
  return index;
}

/**
 * Ids of the topics (and subtopics) whose title, a tag or a resource title contains every word
 * of `query`, in the graph's topological order. Case and accents do not matter; each word may
 * match a different field ("flask tutorial" finds Flask through one of its resources). An
 * empty query matches nothing.
 *
 * @example
 * searchTopics(graph, 'flask'); // ['flask', 'flask-extensions']
 */
export function searchTopics(graph: RoadmapGraph, query: string): string[] {
  const words = foldText(query).split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return [];
  return indexOf(graph)
    .filter((entry) => words.every((word) => entry.fields.some((field) => field.includes(word))))
    .map((entry) => entry.id);
}
