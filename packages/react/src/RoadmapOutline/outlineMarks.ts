import { LEVEL_WORDS, NEXT_LABEL, STATE_LABELS, topicState, type GraphNode, type Progress, type RoadmapGraph } from '@roadmap-graph/core';

/**
 * The words after a topic's title in the outline: level, state, optional, alternative, next up.
 * A topic not started has no state word, so an untouched outline does not repeat it 50 times.
 */
export function outlineMarks(graph: RoadmapGraph, progress: Progress, nextUp: ReadonlySet<string>, node: GraphNode): string[] {
  const marks: string[] = [];
  if (node.level && LEVEL_WORDS[node.level]) marks.push(LEVEL_WORDS[node.level]);
  const state = topicState(progress, node.id);
  if (state) marks.push(STATE_LABELS[state].toLowerCase());
  if (node.optional) marks.push('optional');
  const choice = node.alternativeOf ? graph.nodes.get(node.alternativeOf) : undefined;
  if (choice) marks.push(`alternative in ${choice.title}`);
  if (nextUp.has(node.id)) marks.push(NEXT_LABEL.toLowerCase());
  if (marks[0]) marks[0] = marks[0][0]!.toUpperCase() + marks[0].slice(1);
  return marks;
}
