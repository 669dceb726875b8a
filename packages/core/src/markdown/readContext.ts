import type { Definition, Nodes, Root } from 'mdast';
import type { ValidationError } from '../validate/types.js';
import type { MarkdownWarning } from './types.js';

/** A node waiting for its id, in document order, once every explicit `{#id}` is known. */
export interface PendingId {
  node: { id: string };
  title: string;
  explicit: string | undefined;
  fallback: string;
}

/** What the outline reader carries along: the source, what it found and what went wrong. */
export interface ReadContext {
  source: string;
  /** Offset at which each line starts; index 0 is line 1. */
  lineStarts: number[];
  /** Link reference definitions by their normalised label. */
  definitions: Map<string, Definition>;
  warnings: MarkdownWarning[];
  errors: ValidationError[];
  /** The line each draft object came from, to place validation errors. */
  lines: Map<object, number>;
  pendingIds: PendingId[];
  topicCount: number;
  warn(line: number, message: string): void;
}

/** Sets up a {@link ReadContext} for a parsed outline. */
export function createReadContext(source: string, root: Root): ReadContext {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && source.charCodeAt(i + 1) !== 0x0a)) lineStarts.push(i + 1);
  }
  const definitions = new Map<string, Definition>();
  // Definitions may sit anywhere, in lists and quotes too; the first one of a label wins.
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  const warnings: MarkdownWarning[] = [];
  return {
    source,
    lineStarts,
    definitions,
    warnings,
    errors: [],
    lines: new Map(),
    pendingIds: [],
    topicCount: 0,
    warn: (line, message) => warnings.push({ line, message }),
  };
}
