import { bakedLayoutFor, buildGraph, parseRoadmap, type RoadmapLayout } from '@roadmap-graph/core';
import python from '../../../data/python-backend.roadmap.json';

const parsed = parseRoadmap(python);
if (!parsed.ok || !parsed.roadmap.layout) throw new Error('the Python roadmap must validate and carry a baked layout');

/** The flagship roadmap, its graph and its baked layout, shared by the map tests. */
export const roadmap = parsed.roadmap;
export const graph = buildGraph(parsed.roadmap);
export const layout: RoadmapLayout = bakedLayoutFor(parsed.roadmap, 'wide')!;

/** Topic ids (not sections) in topological order. */
export const topicOrder = graph.order.filter((id) => graph.nodes.get(id)!.kind !== 'section');

/** The box of a node in the baked layout. */
export function boxOf(id: string) {
  const box = layout.nodes.find((b) => b.id === id);
  if (!box) throw new Error(`no box for ${id}`);
  return box;
}
