import { findNodeAtLocation, type Node } from 'jsonc-parser';
import { parseRoadmapPath } from './parseRoadmapPath.js';

/** A span of JSON text. */
export interface TextSpan {
  from: number;
  to: number;
}

/**
 * Where a roadmap path points in JSON text (parsed with positions by jsonc-parser's `parseTree`):
 * a property's key and value for a value that is wrong, or the nearest enclosing value that
 * exists for one that is missing (`sections[0].topics[2].title` on a topic without a title
 * points at that topic's opening brace).
 */
export function locateJsonPath(tree: Node, path: string): TextSpan {
  const keys = parseRoadmapPath(path);
  for (let length = keys.length; length >= 0; length--) {
    const node = findNodeAtLocation(tree, keys.slice(0, length));
    if (node === undefined) continue;
    if (length < keys.length) return { from: node.offset, to: node.offset + 1 };
    // A property's key and value, so an unknown key is underlined from its name on.
    const whole = node.parent?.type === 'property' ? node.parent : node;
    return { from: whole.offset, to: whole.offset + whole.length };
  }
  return { from: tree.offset, to: tree.offset + 1 };
}
