import type { GraphNode } from '../graph/types.js';
import { plainExcerpt } from './plainExcerpt.js';

/**
 * The hover text of a section or topic: its title, its level, whether it is optional, an
 * alternative or a choice, then an excerpt of its description on a second line.
 */
export function topicTooltip(node: GraphNode): string {
  const facts = [
    node.level,
    node.optional ? 'optional' : undefined,
    node.alternativeOf ? 'alternative' : undefined,
    node.choice && node.children.length > 0 ? 'pick one' : undefined,
  ];
  const known = facts.filter((fact): fact is string => typeof fact === 'string');
  const head = known.length > 0 ? `${node.title} (${known.join(', ')})` : node.title;
  const description = typeof node.data.description === 'string' ? plainExcerpt(node.data.description) : '';
  return description ? `${head}\n${description}` : head;
}
