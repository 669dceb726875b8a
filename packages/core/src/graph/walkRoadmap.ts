import { formatPath } from '../validate/formatPath.js';

/** A section or topic found while walking possibly invalid roadmap data. */
export interface WalkedNode {
  /** The id when it is a string, else `undefined`. */
  id: string | undefined;
  kind: 'section' | 'topic' | 'subtopic';
  /** Path of the node, e.g. `sections[1].topics[0]`. */
  path: string;
  /** Index of the parent in the walk order, `-1` for sections. */
  parentIndex: number;
  /** Index of the enclosing section in the walk order. */
  sectionIndex: number;
  depth: number;
  /** Entries of `requires` that are strings, with their paths. */
  requires: { id: string; path: string }[];
  /** Whether `requires` is present (an empty list still counts). */
  hasRequires: boolean;
  choice: boolean;
  optional: boolean;
  childIndices: number[];
  value: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Lists every section and topic of roadmap-shaped data in document order, tolerating any
 * malformation (wrong types are skipped), so reference checks can run even when the shape has
 * errors and every problem is reported in one go. Callers bound the depth with `scanInput` first.
 */
export function walkRoadmap(input: unknown): WalkedNode[] {
  const out: WalkedNode[] = [];
  if (!isRecord(input) || !Array.isArray(input.sections)) return out;

  const visit = (
    value: unknown,
    path: (string | number)[],
    kind: WalkedNode['kind'],
    parentIndex: number,
    sectionIndex: number,
    depth: number,
  ): void => {
    if (!isRecord(value)) return;
    const index = out.length;
    const requires: WalkedNode['requires'] = [];
    if (Array.isArray(value.requires)) {
      value.requires.forEach((id, i) => {
        if (typeof id === 'string') requires.push({ id, path: formatPath([...path, 'requires', i]) });
      });
    }
    const node: WalkedNode = {
      id: typeof value.id === 'string' ? value.id : undefined,
      kind,
      path: formatPath(path),
      parentIndex,
      sectionIndex: kind === 'section' ? index : sectionIndex,
      depth,
      requires,
      hasRequires: Array.isArray(value.requires),
      choice: value.choice === true,
      optional: value.optional === true,
      childIndices: [],
      value,
    };
    out.push(node);
    if (parentIndex >= 0) out[parentIndex]!.childIndices.push(index);
    if (Array.isArray(value.topics)) {
      value.topics.forEach((child, i) =>
        visit(child, [...path, 'topics', i], depth === 0 ? 'topic' : 'subtopic', index, node.sectionIndex, depth + 1),
      );
    }
  };

  input.sections.forEach((section, i) => visit(section, ['sections', i], 'section', -1, -1, 0));
  return out;
}
