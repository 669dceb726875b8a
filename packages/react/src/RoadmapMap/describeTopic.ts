import { NEXT_LABEL, STATE_LABELS, type GraphNode, type TopicState } from '@roadmap-graph/core';
import type { MatchState } from '../nodes/types.js';

/** What the accessible name of a topic tells besides its title. */
export interface TopicFacts {
  state: TopicState | undefined;
  /** All prerequisites are finished and the topic is not. */
  nextUp: boolean;
  prerequisites: number;
  match: MatchState;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The accessible name of a topic on the map, which carries everything the box shows, e.g.
 * "Flask, intermediate, alternative, done, 2 prerequisites, 5 subtopics". It starts with the
 * box's visible text in its order, so speech-input users can say what they see (WCAG 2.5.3).
 *
 * @example
 * describeTopic(graph.nodes.get('oop')!, { state: undefined, nextUp: true, prerequisites: 1, match: 'none' });
 * // 'Object-Oriented Programming, intermediate, next up, 1 prerequisite'
 */
export function describeTopic(node: GraphNode, facts: TopicFacts): string {
  // Title, then what the box shows under or beside it, in its order (level, "optional" or
  // "pick one"), so the name contains the visible text; then what only the name says.
  const parts = [node.title];
  if (node.level) parts.push(node.level);
  if (node.children.length === 0 && node.optional) parts.push('optional');
  if (node.children.length > 0 && node.choice) parts.push('pick one');
  if (node.children.length > 0 && node.optional) parts.push('optional');
  if (node.alternativeOf !== null) parts.push('alternative');
  if (facts.state) parts.push(STATE_LABELS[facts.state].toLowerCase());
  if (facts.nextUp) parts.push(NEXT_LABEL.toLowerCase());
  if (facts.prerequisites > 0) parts.push(count(facts.prerequisites, 'prerequisite', 'prerequisites'));
  if (node.children.length > 0) {
    parts.push(count(node.children.length, 'subtopic', 'subtopics'));
  }
  if (facts.match === 'active') parts.push('current search match');
  else if (facts.match === 'match') parts.push('search match');
  return parts.join(', ');
}
