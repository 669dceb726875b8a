import type { GraphNode, TopicState } from '@roadmap-graph/core';
import type { LabelsInUse } from '../labels/LabelsContext.js';
import type { MatchState } from '../nodes/types.js';

/** What the accessible name of a topic tells besides its title. */
export interface TopicFacts {
  state: TopicState | undefined;
  /** All prerequisites are finished and the topic is not. */
  nextUp: boolean;
  prerequisites: number;
  match: MatchState;
}

/**
 * The accessible name of a topic on the map, which carries everything the box shows, e.g.
 * "Flask, intermediate, alternative, done, 2 prerequisites, 5 subtopics". It starts with the
 * box's visible text in its order, so speech-input users can say what they see (WCAG 2.5.3).
 * Words of states and levels are lowercased in the language of the labels.
 *
 * @example
 * describeTopic(graph.nodes.get('oop')!, { state: undefined, nextUp: true, prerequisites: 1, match: 'none' }, { labels: englishLabels, format });
 * // 'Object-Oriented Programming, intermediate, next up, 1 prerequisite'
 */
export function describeTopic(node: GraphNode, facts: TopicFacts, { labels, format }: LabelsInUse): string {
  const lower = (word: string): string => word.toLocaleLowerCase(format.lang);
  // Title, then what the box shows under or beside it, in its order (level, "optional" or
  // "pick one"), so the name contains the visible text; then what only the name says.
  const parts = [node.title];
  if (node.level) parts.push(lower(labels.levels[node.level]));
  if (node.children.length === 0 && node.optional) parts.push(lower(labels.optional));
  if (node.children.length > 0 && node.choice) parts.push(labels.pickOne);
  if (node.children.length > 0 && node.optional) parts.push(lower(labels.optional));
  if (node.alternativeOf !== null) parts.push(labels.alternative);
  if (facts.state) parts.push(lower(labels.states[facts.state]));
  if (facts.nextUp) parts.push(lower(labels.nextUp));
  if (facts.prerequisites > 0) parts.push(labels.prerequisiteCount(facts.prerequisites, format));
  if (node.children.length > 0) parts.push(labels.subtopicCount(node.children.length, format));
  if (facts.match === 'active') parts.push(labels.activeMatch);
  else if (facts.match === 'match') parts.push(labels.match);
  return parts.join(', ');
}
