import { readFileSync } from 'node:fs';
import { buildGraph, parseRoadmap, type Roadmap, type RoadmapGraph } from '@roadmap-graph/core';

/** The flagship roadmap the fixture app shows by default, parsed, with its graph. */
export function pythonRoadmap(): { roadmap: Roadmap; graph: RoadmapGraph; topicIds: string[] } {
  const parsed = parseRoadmap(readFileSync(new URL('../../../data/python-backend.roadmap.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`data/python-backend.roadmap.json is invalid: ${parsed.errors[0]?.path} ${parsed.errors[0]?.message}`);
  const graph = buildGraph(parsed.roadmap);
  // Topics (subtopics too) in the topological order of the prerequisites: the map's Tab order.
  const topicIds = graph.order.filter((id) => graph.nodes.get(id)?.kind !== 'section');
  return { roadmap: parsed.roadmap, graph, topicIds };
}
