import { LIMITS } from '../schema/limits.js';
import type { WalkedNode } from '../graph/walkRoadmap.js';
import { createSuggester, SUGGESTION_BUDGET } from './suggestId.js';
import type { ValidationError } from './types.js';

/**
 * Checks what a schema cannot: ids unique across the roadmap (both places named), every
 * `requires` entry naming a known id (with a "did you mean"), nothing requiring itself or its own
 * container or contents, choice groups with at least two alternatives, and the nesting limit
 * (the counts are checked before, by `checkCounts`). Returns the errors, the id → walk index map
 * of the first occurrences, and whether any id is duplicated (then cycles cannot be traced
 * reliably).
 */
export function checkReferences(nodes: readonly WalkedNode[]): { errors: ValidationError[]; indexById: Map<string, number>; duplicates: boolean } {
  const errors: ValidationError[] = [];
  const indexById = new Map<string, number>();
  const pathsById = new Map<string, string[]>();
  for (const [index, node] of nodes.entries()) {
    if (node.id === undefined) continue;
    if (!indexById.has(node.id)) indexById.set(node.id, index);
    const paths = pathsById.get(node.id) ?? [];
    paths.push(node.path);
    pathsById.set(node.id, paths);
  }
  let duplicates = false;
  for (const [id, paths] of pathsById) {
    if (paths.length < 2) continue;
    duplicates = true;
    for (const [i, path] of paths.entries()) {
      errors.push({ path: `${path}.id`, message: `duplicate id "${id}": also used at ${otherPlaces(paths, i)}` });
    }
  }

  const suggest = createSuggester(indexById.keys(), SUGGESTION_BUDGET);
  for (const [index, node] of nodes.entries()) {
    if (node.depth > LIMITS.maxTopicDepth) {
      errors.push({ path: node.path, message: `subtopics nested more than ${LIMITS.maxTopicDepth} levels deep (limit maxTopicDepth)` });
    }
    if (node.choice && node.childIndices.length < 2) {
      errors.push({ path: `${node.path}.choice`, message: 'a choice needs at least two alternatives to pick from' });
    }
    for (const req of node.requires) {
      const target = indexById.get(req.id);
      if (target === undefined) {
        const hint = suggest(req.id);
        errors.push({ path: req.path, message: `unknown topic "${req.id}"${hint ? ` (did you mean "${hint}"?)` : ''}` });
      } else if (req.id === node.id) {
        errors.push({ path: req.path, message: `"${req.id}" cannot require itself` });
      } else if (isAncestor(nodes, target, node)) {
        errors.push({ path: req.path, message: `"${req.id}" contains this ${node.kind}, so it cannot be its prerequisite` });
      } else if (isAncestor(nodes, index, nodes[target]!)) {
        errors.push({ path: req.path, message: `"${req.id}" is part of this ${node.kind}, so it cannot be its prerequisite` });
      }
    }
  }
  return { errors, indexById, duplicates };
}

function isAncestor(nodes: readonly WalkedNode[], ancestor: number, node: WalkedNode): boolean {
  for (let p = node.parentIndex; p >= 0; p = nodes[p]!.parentIndex) if (p === ancestor) return true;
  return false;
}

const MAX_LISTED_PLACES = 3;

// The other places an id is used, the first few by name: an id used 10,000 times would otherwise
// print 10,000 lines of 10,000 paths each.
function otherPlaces(paths: readonly string[], self: number): string {
  const others: string[] = [];
  for (let i = 0; i < paths.length && others.length < MAX_LISTED_PLACES; i++) if (i !== self) others.push(paths[i]!);
  const rest = paths.length - 1 - others.length;
  return rest > 0 ? `${others.join(', ')} and ${rest} more ${rest === 1 ? 'place' : 'places'}` : others.join(', ');
}
