import { topicState, type GraphNode, type Progress, type RoadmapGraph } from '@roadmap-graph/core';
import type { LabelsInUse } from '../labels/LabelsContext.js';

/**
 * The words after a topic's title in the outline: level, state, optional, alternative, next up.
 * A topic not started has no state word, so an untouched outline does not repeat it 50 times.
 */
export function outlineMarks(
  graph: RoadmapGraph,
  progress: Progress,
  nextUp: ReadonlySet<string>,
  node: GraphNode,
  { labels, format }: LabelsInUse,
): string[] {
  const lower = (word: string): string => word.toLocaleLowerCase(format.lang);
  const marks: string[] = [];
  if (node.level && labels.levels[node.level]) marks.push(labels.levels[node.level]);
  const state = topicState(progress, node.id);
  if (state) marks.push(lower(labels.states[state]));
  if (node.optional) marks.push(lower(labels.optional));
  const choice = node.alternativeOf ? graph.nodes.get(node.alternativeOf) : undefined;
  if (choice) marks.push(labels.alternativeInOutline(choice.title));
  if (nextUp.has(node.id)) marks.push(lower(labels.nextUp));
  if (marks[0]) marks[0] = marks[0].charAt(0).toLocaleUpperCase(format.lang) + marks[0].slice(1);
  return marks;
}
